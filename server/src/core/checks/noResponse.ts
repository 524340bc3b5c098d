/**
 * no-response: an answer paragraph that states facts but neither admits, denies nor pleads lack of
 * knowledge ("In answer to Paragraph 11, Coastal states that its office is in Portland."). FRCP
 * 8(b)(1) requires an admission or denial; under 8(b)(6) the allegations stand admitted. Evasive
 * phrasings ("speaks for itself") are reported by evasive-response instead.
 */
import type { Finding } from '../model';
import { responseLabel, responsePart, responseParagraphs } from '../responsePhrases';
import { findEvasion } from './evasiveResponse';
import type { Check, CheckContext } from './check';

/** A target lead ("In answer to Paragraph 11,", "**RESPONSE TO PARAGRAPH 3:**") that says nothing by itself. */
const LEAD = /^\W*(?:(?:In\s+(?:answer|response)\s+to|Answering|Responding\s+to|With\s+(?:respect|regard)\s+to|As\s+to|(?:RESPONSES?|ANSWERS?)\s+TO)\s+(?:the\s+allegations\s+(?:of|in)\s+)?(?:the\s+)?(?:paragraphs?|¶+)\s*[\d\s,and-]+(?:\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:Complaint|Petition))?\W*)/i;

export const noResponse: Check = {
  code: 'no-response',
  description: 'An answer paragraph that states facts but neither admits, denies nor pleads lack of knowledge.',
  severity: 'warning',
  run({ pleading }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const para of responseParagraphs(pleading)) {
      if (para.response!.kind !== 'other' || findEvasion(pleading, para)) continue;
      const { text, start } = responsePart(pleading, para);
      const lead = LEAD.exec(text)?.[0].length ?? 0;
      const said = text.slice(lead).trim();
      if (!/\p{L}{2,}/u.test(said)) continue;
      const from = start + lead + (text.slice(lead).length - text.slice(lead).trimStart().length);
      const nl = pleading.text.indexOf('\n', from);
      const end = Math.min(nl < 0 ? Infinity : nl, start + text.trimEnd().length);
      findings.push({
        code: 'no-response',
        severity: 'warning',
        message: `${responseLabel(pleading, para)} neither admits, denies nor pleads lack of knowledge; under FRCP 8(b)(6) the allegations it does not deny stand admitted.`,
        span: { start: from, end },
      });
    }
    return findings;
  },
};
