/**
 * paragraph-numbering: FRCP 10(b) numbered paragraphs must run 1, 2, 3 … A skip, repeat or step
 * backwards breaks every cross-reference after it. Each region (the body, numbered defenses, a
 * counterclaim, which restarts at 1) is its own sequence.
 */
import { tracksComplaintNumbers, unansweredNumbers } from '../analysis';
import type { Paragraph, Region } from '../model';
import { formatNumeral } from '../numerals';
import { type Check, type CheckContext, para, type Report } from './check';

export const paragraphNumbering: Check = {
  code: 'paragraph-numbering',
  description: "The document's own paragraph numbering skips, repeats or goes backwards.",
  severity: 'error',
  run({ pleading, complaint, report }: CheckContext): void {
    // In an answer numbered after its linked complaint, a number skipped because that complaint
    // paragraph went unanswered is one slip, not two: unanswered-paragraph reports it, with the
    // insertion as its fix (renumbering the next response would misalign it).
    const unanswered = complaint && pleading.kind === 'answer' && tracksComplaintNumbers(pleading)
      ? new Set(unansweredNumbers(pleading, complaint))
      : undefined;
    const tracks = tracksComplaintNumbers(pleading);
    const byRegion = new Map<Region, number[]>();
    pleading.paragraphs.forEach((p, i) => {
      if (p.region === 'prayer' || (p.number === null && (tracks ? !p.response?.targets.length : !p.response))) return;
      const list = byRegion.get(p.region) ?? [];
      list.push(i);
      byRegion.set(p.region, list);
    });
    for (const [region, indexes] of byRegion) {
      checkSequence(pleading.text, pleading.paragraphs, indexes, region, report, tracks, region === 'body' ? unanswered : undefined);
    }
  },
};

function checkSequence(text: string, paragraphs: Paragraph[], indexes: number[], region: Region, report: Report, tracks: boolean, unanswered?: Set<number>): void {
  const first = paragraphs[indexes[0]];
  // Numbered defenses may continue the body's numbers; everything else starts at 1.
  let expected = region === 'defenses' ? first.number ?? 1 : 1;
  let prev: number | undefined;
  for (let k = 0; k < indexes.length; k++) {
    const index = indexes[k];
    const p = paragraphs[index];
    if (p.number === null) {
      // Numbered after the complaint, "Paragraphs 9 through 11 are denied." answers 9-11 without
      // numbers of its own. Otherwise an unnumbered response stands where a number was lost in
      // extraction ("1. … This Defendant admits … paragraph 3. … 8. Each and every averment …").
      expected = tracks ? Math.max(expected, Math.max(...p.response!.targets) + 1) : expected + 1;
      continue;
    }
    const n = p.number;
    const span = p.numberSpan ?? p.span;
    const fix = { kind: 'renumber' as const, from: expected, paragraphIndex: index };
    if (n === expected || (n > expected && unanswered && p.response?.targets.includes(n) && skipsOnlyUnanswered(expected, n, unanswered))) {
      expected = n + 1;
    } else if (n > expected) {
      const written = p.numberSpan ? text.slice(p.numberSpan.start, p.numberSpan.end) : '';
      if (/^[A-Za-z]/.test(written)) {
        // Ordinal paragraphs ("SEVENTH:" … "NINTH:"): named as written.
        const word = (k: number) => formatNumeral(k, 'ordinal', written);
        const missing = expected === n - 1 ? `no ${word(expected)}` : `no ${word(expected)} to ${word(n - 1)}`;
        report(span, prev === undefined
            ? `The ordinal paragraphs start at ${written} instead of ${word(expected)}.`
            : `The ordinal paragraphs skip from ${word(prev)} to ${written} (${missing}).`, { data: fix });
      } else {
        const missing = expected === n - 1 ? `${para(expected)} is missing` : `¶¶${expected}-${n - 1} are missing`;
        report(span, prev === undefined
            ? `Paragraph numbering starts at ${n} instead of ${expected}.`
            : `Paragraph numbering skips from ${prev} to ${n}: ${missing}.`, { data: fix });
      }
      expected = n + 1;
    } else {
      report(span, n === prev
          ? `${para(n)} repeats the number of the paragraph before it; expected ${expected}.`
          : `${para(n)} goes backwards after ${para(prev)}; expected ${expected}.`, { data: fix });
      // Resynchronise: if the next paragraphs continue from this number, follow them.
      const next = paragraphs[indexes[k + 1]]?.number;
      expected = next === n + 1 ? n + 1 : expected + 1;
    }
    prev = n;
  }
}

function skipsOnlyUnanswered(from: number, to: number, unanswered: Set<number>): boolean {
  for (let k = from; k < to; k++) if (!unanswered.has(k)) return false;
  return true;
}
