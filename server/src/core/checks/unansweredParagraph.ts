/**
 * unanswered-paragraph: a complaint paragraph no answer paragraph responds to. FRCP 8(b)(6): an
 * allegation not denied is admitted. Placed where the response belongs, carrying the insertion.
 */
import { complaintParagraphs, reallegedRange, unansweredNumbers } from '../analysis';
import { insertionFor } from '../drafting/insertResponse';
import type { Finding } from '../model';
import { excerpt } from '../text';
import type { Check, CheckContext } from './check';

export const unansweredParagraph: Check = {
  code: 'unanswered-paragraph',
  description: 'A complaint paragraph that no answer paragraph responds to (needs the linked complaint).',
  severity: 'error',
  run({ pleading, complaint }: CheckContext): Finding[] {
    if (!complaint || pleading.kind !== 'answer') return [];
    const findings: Finding[] = [];
    const paragraphs = complaintParagraphs(complaint);
    for (const n of unansweredNumbers(pleading, complaint)) {
      const para = paragraphs.get(n)!;
      const place = insertionFor(pleading, n);
      if (!place) continue;
      const realleges = reallegedRange(complaint, para);
      findings.push({
        code: 'unanswered-paragraph',
        severity: 'error',
        message: `Paragraph ${n} of the complaint is not answered: “${excerpt(para.body, 90)}”`,
        span: place.anchor,
        data: { kind: 'insert-response', number: n, at: place.at, after: place.after, ...(realleges ? { realleges } : {}) },
      });
    }
    return findings;
  },
};
