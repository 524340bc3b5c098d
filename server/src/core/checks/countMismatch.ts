/**
 * count-mismatch: an answer that mirrors the complaint's COUNT / cause-of-action headings must
 * mirror them faithfully — same number, same title, starting at the same paragraph — or the
 * reader (and the court) cannot tell which claim a response belongs to.
 */
import type { Finding, Heading, Pleading } from '../model';
import type { Check, CheckContext } from './check';

export const countMismatch: Check = {
  code: 'count-mismatch',
  description: "The answer's COUNT or cause-of-action headings differ from the complaint's in number, title or first paragraph (needs the linked complaint).",
  severity: 'warning',
  run({ pleading, complaint }: CheckContext): Finding[] {
    if (!complaint || pleading.kind !== 'answer') return [];
    const mine = counts(pleading);
    const theirs = counts(complaint);
    // An answer that does not mirror the headings at all is not wrong, only terse.
    if (!mine.length || !theirs.length) return [];
    const findings: Finding[] = [];
    const add = (h: Heading, message: string, span = firstLine(pleading, h)) => findings.push({ code: 'count-mismatch', severity: 'warning', message, span });
    for (let i = 0; i < Math.max(mine.length, theirs.length); i++) {
      const a = mine[i];
      const c = theirs[i];
      if (!a) {
        add(mine[mine.length - 1], `The complaint's ${label(c)}${c.title ? ` (${c.title.text})` : ''} has no heading in this answer.`);
        continue;
      }
      if (!c) {
        add(a, `${label(a)} has no counterpart: the complaint has ${theirs.length} count${theirs.length === 1 ? '' : 's'}.`);
        continue;
      }
      if (a.number !== c.number) add(a, `${label(a)} is the complaint's ${label(c)}${c.title ? ` (${c.title.text})` : ''}.`);
      else if (a.title && c.title && normalise(a.title.text) !== normalise(c.title.text)) {
        add(a, `${label(a)}'s title “${a.title.text}” differs from the complaint's “${c.title.text}”.`, a.title);
      }
      const aFirst = firstTarget(pleading, a);
      const cFirst = complaint.paragraphs[c.firstParagraph]?.number;
      if (aFirst !== undefined && cFirst !== undefined && cFirst !== null && aFirst !== cFirst) {
        add(a, `${label(a)} starts at the response to Paragraph ${aFirst}, but the complaint's ${label(c)} starts at Paragraph ${cFirst}.`);
      }
    }
    return findings;
  },
};

function counts(p: Pleading): Heading[] {
  const out: Heading[] = [];
  for (const h of p.headings) {
    if (h.kind === 'counterclaim') break;
    if (h.kind === 'count') out.push(h);
  }
  return out;
}

function label(h: Heading): string {
  return h.label === 'COUNT' || !h.label ? `COUNT ${h.numeral ?? h.number}` : `${h.numeral} ${h.label}`;
}

function normalise(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9§ ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function firstTarget(p: Pleading, h: Heading): number | undefined {
  const para = p.paragraphs[h.firstParagraph];
  if (!para || para.count !== p.headings.indexOf(h)) return undefined;
  return para.response?.targets[0] ?? para.number ?? undefined;
}

function firstLine(p: Pleading, h: Heading) {
  const nl = p.text.indexOf('\n', h.span.start);
  return { start: h.span.start, end: nl < 0 || nl > h.span.end ? h.span.end : nl };
}
