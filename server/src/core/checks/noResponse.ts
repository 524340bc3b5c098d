/**
 * no-response: an answer paragraph that states facts but neither admits, denies nor pleads lack of
 * knowledge ("In answer to Paragraph 11, Coastal states that its office is in Portland."). FRCP
 * 8(b)(1) requires an admission or denial; under 8(b)(6) the allegations stand admitted. Evasive
 * phrasings ("speaks for itself") are reported by evasive-response instead.
 */
import type { Finding } from '../model';
import { responseLabel, responsePart, responseParagraphs, spanIn } from '../responsePhrases';
import { findEvasion } from './evasiveResponse';
import type { Check, CheckContext } from './check';

/** A target lead ("In answer to Paragraph 11,", "**RESPONSE TO PARAGRAPH 3:**") that says nothing by itself. */
const LEAD = /^[ *_]{0,4}(?:In (?:answer|response) to|Answering|Responding to|With (?:respect|regard) to|As to|(?:RESPONSES?|ANSWERS?) TO) (?:the allegations (?:of|in) )?(?:the )?(?:paragraphs?|¶¶?) ?\d{1,5}(?:(?:, | and | through | ?[-–] ?)\d{1,5}){0,20}(?: of the (?:[A-Za-z-]{1,20} ){0,3}(?:Complaint|Petition))?[ *_:,.]{0,6}/i;
const WORDS = /\p{L}\p{L}/u;

export const noResponse: Check = {
  code: 'no-response',
  description: 'An answer paragraph that states facts but neither admits, denies nor pleads lack of knowledge.',
  severity: 'warning',
  run({ pleading }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const para of responseParagraphs(pleading)) {
      if (para.response!.kind !== 'other' || findEvasion(pleading, para)) continue;
      const n = responsePart(pleading, para);
      const lead = LEAD.exec(n.text)?.[0].length ?? 0;
      const said = n.text.slice(lead).trim();
      if (!WORDS.test(said)) continue;
      const from = lead + (n.text.slice(lead).length - n.text.slice(lead).trimStart().length);
      const span = spanIn(n, from, n.text.trimEnd().length);
      const nl = pleading.text.indexOf('\n', span.start);
      findings.push({
        code: 'no-response',
        severity: 'warning',
        message: `${responseLabel(pleading, para)} neither admits, denies nor pleads lack of knowledge; under FRCP 8(b)(6) the allegations it does not deny stand admitted.`,
        span: { start: span.start, end: nl >= 0 && nl < span.end ? nl : span.end },
      });
    }
    return findings;
  },
};
