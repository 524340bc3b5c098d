/**
 * Drafts an answer skeleton from a complaint: the caption mirrored with the title ANSWER, a
 * preamble defining the answering party's short name, one response per complaint paragraph (a
 * denial, or an incorporation where the complaint realleges), the complaint's section and COUNT
 * headings, a response to the prayer, placeholder defenses and a signature block. The draft
 * checks clean against its complaint.
 */
import { reallegedRange } from '../analysis';
import type { DefinedTerm, Pleading } from '../model';
import { defaultPhrasing, type DraftKind } from './phrasing';

/** A party's defined short name in a complaint, and the name it stands for. */
function partyOf(c: Pleading, role: 'Defendant' | 'Plaintiff'): { short: string; full: string } {
  const roles = new Set(['Defendant', 'Defendants', 'Plaintiff', 'Plaintiffs']);
  const pattern = new RegExp(`\\b${role}s?\\b`);
  const hasRole = (t: DefinedTerm) => pattern.test(c.text.slice(Math.max(0, t.span.start - 160), t.span.start).split('\n').pop() ?? '');
  const term = c.definedTerms.find(t => !roles.has(t.term) && hasRole(t));
  const party = c.caption.parties.find(p => p.role === role);
  const full = term?.fullName ?? titleCase(party?.name ?? role);
  return { short: term?.term ?? role, full };
}

function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const suffix: Record<string, string> = { Llc: 'LLC', Lp: 'LP', Llp: 'LLP', Pc: 'P.C.' };
  return s.toLowerCase().replace(/\b([a-z])/g, c => c.toUpperCase()).replace(/\b(Llc|Lp|Llp)\b/g, m => suffix[m]);
}

/** "Second Amended Complaint" from "SECOND AMENDED COMPLAINT AND JURY DEMAND". */
export function complaintName(c: Pleading): string {
  const t = c.caption.title?.text ?? 'Complaint';
  const m = /((?:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH)\s+)?(?:(?:AMENDED|VERIFIED)\s+){0,3}(?:COMPLAINT|PETITION))/i.exec(t.slice(0, 300));
  return (m ? m[1] : 'Complaint').toLowerCase().replace(/\b([a-z])/g, x => x.toUpperCase());
}

export function draftAnswer(complaint: Pleading): string {
  const text = complaint.text;
  const out: string[] = [];
  const name = complaintName(complaint);
  const defendant = partyOf(complaint, 'Defendant');
  const plaintiff = partyOf(complaint, 'Plaintiff');
  const phrasing = defaultPhrasing(defendant.short);

  const title = complaint.caption.title;
  // The caption from the court down: the plaintiff's counsel block above it is not ours to copy.
  const from = complaint.caption.court?.start ?? complaint.caption.span.start;
  const captionText = text.slice(from, title ? title.start : complaint.caption.span.end).trimEnd();
  if (captionText) out.push(captionText);
  out.push(`ANSWER TO ${name.toUpperCase()}`);
  const shortQuote = `("${defendant.short}")`;
  out.push(`Defendant ${defendant.full} ${shortQuote}, by its undersigned counsel, answers the ${name} of Plaintiff ${plaintiff.full}${plaintiff.short !== 'Plaintiff' ? ` ("${plaintiff.short}")` : ''} as follows. Each numbered paragraph below responds to the paragraph of the ${name} with the same number. The headings of the ${name} are repeated for convenience only; to the extent they contain allegations, ${defendant.short} denies them.`);

  // Headings and paragraphs in document order.
  const items: { at: number; text: string }[] = [];
  for (const h of complaint.headings) {
    if (h.kind !== 'section' && h.kind !== 'subsection' && h.kind !== 'count') continue;
    items.push({ at: h.span.start, text: text.slice(h.span.start, h.span.end).replace(/\r\n?/g, '\n') });
  }
  for (const p of complaint.paragraphs) {
    if (p.region !== 'body' || p.number === null) continue;
    const realleges = reallegedRange(complaint, p);
    const kind: DraftKind = realleges ? 'incorporation' : 'deny';
    items.push({ at: p.span.start, text: `${p.number}. ${phrasing.body(kind, p.number, realleges)}` });
  }
  items.sort((a, b) => a.at - b.at);
  for (const i of items) out.push(i.text);

  out.push('RESPONSE TO PRAYER FOR RELIEF');
  out.push(`${defendant.short} denies that Plaintiff is entitled to any of the relief requested in the ${name}, or to any relief at all.`);
  out.push('AFFIRMATIVE DEFENSES');
  out.push(`Without assuming any burden of proof it would not otherwise bear, ${defendant.short} asserts the following defenses.`);
  const defenses = [
    ['FIRST', 'Failure to State a Claim', `The ${name} fails to state a claim upon which relief can be granted.`],
    ['SECOND', '[Title of Defense]', '[State the facts that support this defense.]'],
    ['THIRD', '[Title of Defense]', '[State the facts that support this defense.]'],
  ];
  for (const [ordinal, title2, body] of defenses) {
    out.push(`${ordinal} AFFIRMATIVE DEFENSE\n(${title2})`);
    out.push(body);
  }
  out.push(`WHEREFORE, ${defendant.short} respectfully requests that the Court dismiss the ${name} with prejudice, enter judgment in favor of ${defendant.short}, award ${defendant.short} its costs, and grant such other and further relief as the Court deems just and proper.`);
  out.push(`Dated: [Date]\n\n/s/ [Attorney Name]\n[Attorney Name]\n[Firm]\n[Address]\n[Telephone]\n[Email]\n\nAttorneys for Defendant ${defendant.full}`);
  return `${out.join('\n\n')}\n`;
}
