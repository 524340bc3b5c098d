/**
 * paragraph-mismatch: in an answer that numbers each response after the complaint paragraph it
 * answers, ¶22 saying "In answer to Paragraph 23" leaves ¶22 of the complaint unanswered, and
 * FRCP 8(b)(6) deems what is not denied admitted.
 */
import { mismatchedResponses } from '../analysis';
import { type Check, type CheckContext, para } from './check';

export const paragraphMismatch: Check = {
  code: 'paragraph-mismatch',
  description: 'An answer paragraph responds to a different complaint paragraph than its own number, where the answer otherwise tracks the complaint one to one.',
  severity: 'error',
  run({ pleading, report }: CheckContext): void {
    for (const p of mismatchedResponses(pleading)) {
      const target = p.response!.targets[0];
      const span = p.response!.targetSpan!;
      const refText = pleading.text.slice(span.start, span.end);
      const digits = String(target);
      const at = refText.lastIndexOf(digits);
      report(span, `${para(p.number)} responds to Paragraph ${target}; every other response here answers the complaint paragraph of the same number, so complaint ¶${p.number} may be left unanswered.`, {
        data: at >= 0
          ? { kind: 'replace', span: { start: span.start + at, end: span.start + at + digits.length }, newText: String(p.number), title: `Respond to Paragraph ${p.number}` }
          : undefined,
      });
    }
  },
};
