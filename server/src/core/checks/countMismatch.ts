/**
 * count-mismatch: an answer that mirrors the complaint's COUNT / cause-of-action headings must
 * mirror them faithfully — same number, same title, starting at the same paragraph — or the
 * reader (and the court) cannot tell which claim a response belongs to. The answer's headings are
 * aligned with the complaint's by title and numeral, not by position, so one missing heading is
 * one finding, not one for every heading after it.
 */
import type { Heading, Pleading } from '../model';
import type { Check, CheckContext } from './check';

export const countMismatch: Check = {
  code: 'count-mismatch',
  description: "The answer's COUNT or cause-of-action headings differ from the complaint's in number, title or first paragraph (needs the linked complaint).",
  severity: 'warning',
  run({ pleading, complaint, report }: CheckContext): void {
    if (!complaint || pleading.kind !== 'answer') return;
    const mine = counts(pleading);
    const theirs = counts(complaint);
    // An answer that does not mirror the headings at all is not wrong, only terse.
    if (!mine.length || !theirs.length) return;
    // A heading whose first response answers the complaint count's first paragraph is that count, whatever its numeral says.
    const sameStart = (a: Heading, c: Heading) => {
      const first = complaint.paragraphs[c.firstParagraph]?.number;
      return first !== null && first !== undefined && firstTarget(pleading, a) === first;
    };
    const pairs = align(mine, theirs, sameStart);
    const paired = new Map(pairs.map(([a, c]) => [a, c]));
    const pairedTheirs = new Set(pairs.map(([, c]) => c));
    // Headings the complaint has and the answer lacks: one finding each, where the heading belongs.
    let shift = 0;
    for (let j = 0; j < theirs.length; j++) {
      const c = theirs[j];
      if (pairedTheirs.has(c)) continue;
      const next = pairs.find(([, x]) => theirs.indexOf(x) > j)?.[0] ?? mine[mine.length - 1];
      const later = pairs.filter(([, x]) => theirs.indexOf(x) > j);
      const renumbered = later.length > 0 && later.every(([a, x]) => a.number === (x.number ?? 0) - 1 - shift);
      shift++;
      report(firstLine(pleading, next), `The complaint's ${label(c)}${c.title ? ` (${c.title.text})` : ''} has no heading in this answer${renumbered ? `; the answer's later headings are numbered ${shift === 1 ? 'one' : shift} lower than the complaint's` : ''}.`);
    }
    for (const a of mine) {
      const c = paired.get(a);
      if (!c) {
        report(firstLine(pleading, a), `${label(a)} has no counterpart: the complaint has ${theirs.length} count${theirs.length === 1 ? '' : 's'}${a.title ? `, none titled “${a.title.text}”` : ''}.`);
        continue;
      }
      const sameTitle = !a.title || !c.title || normalise(a.title.text) === normalise(c.title.text);
      // A numeral off by the headings missing before it was said once, with the missing heading.
      const offByMissing = a.number !== c.number && theirs.slice(0, theirs.indexOf(c)).filter(x => !pairedTheirs.has(x)).length === (c.number ?? 0) - (a.number ?? 0);
      if (a.number !== c.number && !offByMissing) report(firstLine(pleading, a), `${label(a)} is the complaint's ${label(c)}${c.title ? ` (${c.title.text})` : ''}.`);
      else if (!sameTitle) report(a.title!, `${label(a)}'s title “${a.title!.text}” differs from the complaint's “${c.title!.text}”.`);
      const aFirst = firstTarget(pleading, a);
      const cFirst = complaint.paragraphs[c.firstParagraph]?.number;
      if (a.number === c.number && aFirst !== undefined && cFirst !== undefined && cFirst !== null && aFirst !== cFirst) {
        report(firstLine(pleading, a), `${label(a)} starts at the response to Paragraph ${aFirst}, but the complaint's ${label(c)} starts at Paragraph ${cFirst}.`);
      }
    }
  },
};

/**
 * Pairs of the answer's and the complaint's headings, in order: the alignment that pairs the most
 * headings with the same title, then the same numeral (a sequence alignment over both lists).
 */
function align(mine: Heading[], theirs: Heading[], sameStart: (a: Heading, c: Heading) => boolean): [Heading, Heading][] {
  // Titles normalised once: the table below scores every pair (hundreds of counts in a long pleading).
  const titleOf = new Map<Heading, string>();
  for (const h of [...mine, ...theirs]) if (h.title) titleOf.set(h, normalise(h.title.text));
  const theirTitles = new Set(theirs.map(h => titleOf.get(h)).filter(t => t !== undefined));
  const myTitles = new Set(mine.map(h => titleOf.get(h)).filter(t => t !== undefined));
  // A numbered pair whose titles each belong to another heading: the number is a coincidence of a shift.
  const titlesDiffer = (ta: string, tc: string) => ta !== tc && (theirTitles.has(ta) || myTitles.has(tc));
  const score = (a: Heading, c: Heading) => {
    const ta = titleOf.get(a);
    const tc = titleOf.get(c);
    const titled = ta !== undefined && ta === tc;
    const numbered = a.number === c.number && kindOf(a) === kindOf(c);
    if (titled) return numbered ? 3 : 2;
    if (numbered && (ta === undefined || tc === undefined || !titlesDiffer(ta, tc))) return 1;
    // Neither title nor numeral agree, but it starts where the complaint's count does: a misnumbered heading.
    return (ta === undefined || tc === undefined) && sameStart(a, c) ? 1 : 0;
  };
  const n = mine.length;
  const m = theirs.length;
  // The usual answer mirrors every heading in order: nothing to align.
  if (n === m && mine.every((a, i) => score(a, theirs[i]) === 3)) return mine.map((a, i) => [a, theirs[i]]);
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(mine[i], theirs[j]);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], s ? s + best[i + 1][j + 1] : 0);
    }
  }
  const out: [Heading, Heading][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    const s = score(mine[i], theirs[j]);
    if (s && best[i][j] === s + best[i + 1][j + 1]) out.push([mine[i], theirs[j++]]), i++;
    else if (best[i + 1][j] >= best[i][j + 1]) i++;
    else j++;
  }
  return out;
}

function kindOf(h: Heading): string {
  return h.label === 'COUNT' || !h.label ? 'count' : 'cause';
}

function counts(p: Pleading): Heading[] {
  const out: Heading[] = [];
  for (const h of p.headings) {
    if (h.kind === 'counterclaim') break;
    if (h.kind === 'count') out.push(h);
  }
  return out;
}

function label(h: Heading): string {
  if (h.label === 'COUNT' || !h.label) return `COUNT ${h.numeral ?? h.number}`;
  // "CLAIM ONE", "CAUSE OF ACTION NO. 1": the label first, as written; "FIRST CAUSE OF ACTION": the ordinal first.
  return h.text.toUpperCase().startsWith(h.label) ? `${h.label} ${h.numeral}` : `${h.numeral} ${h.label}`;
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
