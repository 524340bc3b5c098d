/**
 * unanswered-paragraph: a complaint paragraph no answer paragraph responds to. FRCP 8(b)(6): an
 * allegation not denied is admitted. Placed where the response belongs, carrying the insertion.
 * Where the answer pleads a general denial (FRCP 8(b)(3), Texas Rule 92, CCP § 431.30(d)), a
 * paragraph it alone answers is not an error: it is shown as information naming the denial, so the
 * lawyer still sees which paragraphs rest on it.
 */
import { complaintParagraphs, reallegedRange, unansweredNumbers } from '../analysis';
import { insertionFor } from '../drafting/insertResponse';
import type { Pleading } from '../model';
import { excerpt } from '../text';
import type { Check, CheckContext } from './check';

export const unansweredParagraph: Check = {
  code: 'unanswered-paragraph',
  description: 'A complaint paragraph that no answer paragraph responds to (needs the linked complaint).',
  severity: 'error',
  run({ pleading, complaint, forum, report }: CheckContext): void {
    if (!complaint || pleading.kind !== 'answer') return;
    // Pennsylvania's Rule 1029(b) makes a general denial an admission: there it answers nothing.
    const general = forum.generalDenialAnswers ? pleading.generalDenial : undefined;
    const paragraphs = complaintParagraphs(complaint);
    const unanswered = unansweredNumbers(pleading, complaint);
    if (general && unanswered.length === paragraphs.size) {
      // Nothing answered one by one: one note, not one per paragraph.
      if (paragraphs.size) report(general, `The complaint's ${paragraphs.size} paragraphs are answered only by the general denial in ${placeOf(pleading, general.start)}.`, { severity: 'information' });
      return;
    }
    for (const n of unanswered) {
      const para = paragraphs.get(n)!;
      const place = insertionFor(pleading, n);
      if (!place) continue;
      const realleges = reallegedRange(complaint, para);
      const data = { kind: 'insert-response' as const, number: n, at: place.at, after: place.after, ...(realleges ? { realleges } : {}), ...(place.answerOnly ? { answerOnly: true } : {}) };
      if (general) {
        report(place.anchor, `Paragraph ${n} of the complaint is answered only by the general denial in ${placeOf(pleading, general.start)}: “${excerpt(para.body, 90)}”`, { severity: 'information', data });
      } else {
        report(place.anchor, place.answerOnly
          ? `Paragraph ${n} of the complaint is restated here but not answered (no ANSWER follows it): “${excerpt(para.body, 90)}”`
          : `Paragraph ${n} of the complaint is not answered: “${excerpt(para.body, 90)}”`, { data });
      }
    }
  },
};

/** "¶13", "the FIFTH DEFENSE", "the preamble": where a general denial stands. */
function placeOf(p: Pleading, offset: number): string {
  const para = p.paragraphs.find(x => x.span.start <= offset && offset < x.span.end);
  if (para?.number !== null && para?.number !== undefined) return `¶${para.number}`;
  const heading = para ? p.headings[para.heading] : undefined;
  if (para && heading?.kind === 'defense') return `the ${heading.text}`;
  if (p.preamble && p.preamble.span.start <= offset && offset < p.preamble.span.end) return 'the preamble';
  return 'the answer';
}
