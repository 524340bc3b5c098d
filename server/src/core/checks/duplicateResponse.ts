/**
 * duplicate-response: two answer paragraphs that say they respond to the same complaint paragraph
 * (conflicting responses invite the worse reading). Only written targets count: two paragraphs
 * with the same number are a numbering slip, reported by paragraph-numbering, and a paragraph whose
 * target differs from its number is reported by paragraph-mismatch.
 */
import { mismatchedResponses } from '../analysis';
import type { Paragraph } from '../model';
import { LineIndex } from '../text';
import { type Check, type CheckContext, para } from './check';

export const duplicateResponse: Check = {
  code: 'duplicate-response',
  description: 'Two answer paragraphs respond to the same complaint paragraph.',
  severity: 'warning',
  run({ pleading, report }: CheckContext): void {
    if (pleading.kind !== 'answer') return;
    const mismatched = new Set(mismatchedResponses(pleading));
    // By number in an array: a map of 10,000 numbers cost more than the rest of the check.
    const first: (Paragraph | undefined)[] = [];
    let lines: LineIndex | undefined;
    for (const p of pleading.paragraphs) {
      const r = p.response;
      if (!r || r.implicit || mismatched.has(p)) continue;
      for (const t of r.targets) {
        const earlier = first[t];
        if (!earlier) {
          first[t] = p;
          continue;
        }
        lines ??= new LineIndex(pleading.text);
        const where = earlier.number !== null ? para(earlier.number) : `line ${lines.positionAt(earlier.span.start).line + 1}`;
        report(r.targetSpan ?? p.numberSpan ?? p.span, `Paragraph ${t} of the complaint is already answered at ${where}.`);
      }
    }
  },
};
