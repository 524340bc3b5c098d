/**
 * The answer's own phrasing, learned from its existing responses, so inserted responses read as
 * if the same lawyer wrote them: the lead ("In answer to Paragraph N, "), the party's short name,
 * and a sentence per response kind.
 */
import type { Paragraph, Pleading, ResponseKind } from '../model';

export type DraftKind = 'deny' | 'lack-knowledge' | 'admit' | 'partial' | 'incorporation';

export const DRAFT_KINDS: readonly DraftKind[] = ['deny', 'lack-knowledge', 'admit', 'partial', 'incorporation'];

export const DRAFT_LABELS: Record<DraftKind, string> = {
  deny: 'Deny',
  'lack-knowledge': 'Lack knowledge or information',
  admit: 'Admit',
  partial: 'Admit in part, deny the rest',
  incorporation: 'Incorporate earlier responses',
};

export interface Phrasing {
  /** The answering party's short name ("[24]7", "Coastal", "Defendant"). */
  party: string;
  /**
   * Writes the body of a response to complaint paragraph `n` (without the paragraph number);
   * `range` is what an incorporation adopts (default 1 to n-1).
   */
  body(kind: DraftKind, n: number, range?: { from: number; to: number }): string;
  /** How an unnumbered response is headed ("**RESPONSE TO PARAGRAPH {n}:**"), when the answer does that. */
  heading?: string;
  /** Whether responses are numbered ("17. …") or headed ("RESPONSE TO PARAGRAPH 17:"). */
  numbered: boolean;
  /** Text between two responses: one blank line, or none. */
  separator: string;
}

/** The text a drafter must replace; editors turn it into a snippet placeholder. */
export const PLACEHOLDER = '[describe what is admitted]';

const DEFAULT_TEMPLATES: Record<DraftKind, string> = {
  deny: '{lead}{party} denies the allegations of Paragraph {n}.',
  'lack-knowledge': '{lead}{party} lacks knowledge or information sufficient to form a belief about the truth of the allegations of Paragraph {n}, and therefore denies them.',
  admit: '{lead}{party} admits the allegations of Paragraph {n}.',
  partial: '{lead}{party} admits that [describe what is admitted]. Except as so admitted, {party} denies the allegations of Paragraph {n}.',
  incorporation: '{lead}{party} incorporates its responses to paragraphs {from} through {prev} as if fully set forth herein.',
};

/** The short name the answering party gave itself in the preamble, else its role. */
export function answeringParty(p: Pleading): string {
  const pre = p.preamble?.span;
  const inPreamble = pre ? p.definedTerms.filter(t => t.span.start >= pre.start && t.span.end <= pre.end) : [];
  const roles = new Set(['Defendant', 'Defendants', 'Plaintiff', 'Plaintiffs', 'Complaint', 'Answer']);
  const own = inPreamble.find(t => !roles.has(t.term)) ?? p.definedTerms.find(t => !roles.has(t.term) && /defendant/i.test(p.text.slice(Math.max(0, t.span.start - 200), t.span.start)));
  return own?.term ?? (p.caption.parties.find(x => x.role === 'Defendant') ? 'Defendant' : 'Defendant');
}

/**
 * Turns an existing response into a template: its own number becomes {n}, "1-{n-1}" becomes
 * {prev}. Responses that mention other numbers are not reusable.
 */
function templateFrom(p: Paragraph, target: number, party: string): string | undefined {
  let body = p.body.replace(/\s+/g, ' ').trim().split(party).join('{party}');
  body = body.replace(/^\*\*(?:RESPONSE|ANSWER)S?\s+TO\s+PARAGRAPHS?\s+\d+:?\*\*\s*/i, '').replace(/^(?:RESPONSE|ANSWER)S?\s+TO\s+PARAGRAPHS?\s+\d+:?\s*/i, '');
  if (body.length > 400) return undefined;
  const prev = target - 1;
  let ok = true;
  const out = body
    .replace(/\b(\d+)(\s*(?:-|–|through|to)\s*)(\d+)\b/g, (m, _a: string, sep: string, b: string) => (Number(b) === prev ? `{from}${sep}{prev}` : m))
    .replace(/\{\w+\}|\d+/g, m => {
      if (m.startsWith('{')) return m;
      if (m === String(target)) return '{n}';
      ok = false;
      return m;
    });
  return ok ? out : undefined;
}

/** The first line of an unnumbered response ("**RESPONSE TO PARAGRAPH 3:**") with {n} for the number. */
function headingStyle(p: Pleading): string | undefined {
  for (const para of p.paragraphs) {
    if (para.number !== null || !para.response || para.response.targets.length !== 1) continue;
    const first = p.text.slice(para.span.start, para.span.end).split(/\r?\n/)[0];
    const m = /^(\W*(?:RESPONSE|ANSWER)S?\s+TO\s+PARAGRAPH\s+)(\d+)(\W*)$/i.exec(first);
    if (m && Number(m[2]) === para.response.targets[0]) return `${m[1]}{n}${m[3]}`;
  }
  return undefined;
}

/** The standard phrasing, for a new answer with nothing to learn from. */
export function defaultPhrasing(party: string): Phrasing {
  const fill = (template: string, n: number, range = { from: 1, to: n - 1 }) => template
    .replace(/\{lead\}/g, '')
    .replace(/\{party\}/g, party)
    .replace(/\{n\}/g, String(n))
    .replace(/\{from\}/g, String(range.from))
    .replace(/\{(?:prev|to)\}/g, String(range.to));
  return { party, numbered: true, separator: '\n\n', body: (kind, n, range) => fill(DEFAULT_TEMPLATES[kind], n, range) };
}

/**
 * `templates` (from settings) override what is learned: `{party}`, `{n}`, `{from}`, `{to}` are
 * filled in, e.g. `"{party} denies the allegations of Paragraph {n}."`.
 */
export function learnPhrasing(p: Pleading, templates: Partial<Record<DraftKind, string>> = {}): Phrasing {
  const party = answeringParty(p);
  const learned: Partial<Record<DraftKind, string>> = {};
  let numbered = 0;
  let headed = 0;
  let lead = '';
  for (const para of p.paragraphs) {
    const r = para.response;
    if (!r || para.region !== 'body' || r.targets.length !== 1) continue;
    if (para.number !== null) numbered++;
    else headed++;
    const kind = r.kind as ResponseKind;
    if (!(DRAFT_KINDS as readonly string[]).includes(kind)) continue;
    const t = templateFrom(para, r.targets[0], party);
    // Prefer the shortest clean example of each kind: the standard form, without case-specific additions.
    if (t && kind !== 'partial' && (!learned[kind as DraftKind] || t.length < learned[kind as DraftKind]!.length)) learned[kind as DraftKind] = t;
    if (!lead) {
      const m = /^((?:In\s+(?:answer|response)\s+to|Answering|Responding\s+to)\s+paragraph\s+\{n\}(?:\s+of\s+the\s+[\w ]{0,30}?Complaint)?,\s*)/i.exec(t ?? '');
      if (m) lead = m[1];
    }
  }
  const fill = (template: string, n: number, range = { from: 1, to: n - 1 }) => template
    .replace(/\{lead\}/g, lead.replace(/\{n\}/g, String(n)))
    .replace(/\{party\}/g, party)
    .replace(/\{n\}/g, String(n))
    .replace(/\{from\}/g, String(range.from))
    .replace(/\{(?:prev|to)\}/g, String(range.to));
  const separator = /\n[ \t]*\n/.test(p.text.slice(p.paragraphs[0]?.span.end ?? 0, p.paragraphs[1]?.span.start ?? 0)) || p.paragraphs.length < 2 ? '\n\n' : '\n';
  return {
    party,
    numbered: numbered >= headed,
    separator,
    body: (kind, n, range) => fill(templates[kind] ?? learned[kind] ?? DEFAULT_TEMPLATES[kind], n, range),
    heading: headingStyle(p),
  };
}
