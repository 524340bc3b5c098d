/**
 * no-response: an answer paragraph that states facts but neither admits, denies nor pleads lack of
 * knowledge ("In answer to Paragraph 11, Coastal states that its office is in Portland."). FRCP
 * 8(b)(1) requires an admission or denial; under 8(b)(6) the allegations stand admitted. Evasive
 * phrasings ("speaks for itself") are reported by evasive-response instead.
 */
import { responseParagraphs } from '../analysis';
import { alternation, complaintNameSource, leadSource, NUMBER_MARKERS, paragraphWordSource } from '../phrases';
import { spanIn } from '../reading/normalize';
import { responseLabel } from '../wording';
import { findEvasion } from './evasiveResponse';
import type { Check, CheckContext } from './check';

/** A target lead ("In answer to Paragraph 11,", "**RESPONSE TO PARAGRAPH 3:**") that says nothing by itself. */
const LEAD = new RegExp(
  `^[ *_]{0,4}(?:${leadSource(' ')})${paragraphWordSource(' ')} ?(?:(?:${alternation(NUMBER_MARKERS, ' ')}) ?)?\\d{1,5}(?:(?:, | and | through | ?[-–] ?)\\d{1,5}){0,20}(?: ${complaintNameSource(' ')})?[ *_:,.]{0,6}`, 'i');

/** Patterns built at load time, for the ReDoS test. */
export const BUILT_PATTERNS: readonly RegExp[] = [LEAD];
const WORDS = /\p{L}\p{L}/u;

export const noResponse: Check = {
  code: 'no-response',
  description: 'An answer paragraph that states facts but neither admits, denies nor pleads lack of knowledge.',
  severity: 'warning',
  run({ pleading, forum, reading, report }: CheckContext): void {
    for (const para of responseParagraphs(pleading)) {
      if (para.response!.kind !== 'other') continue;
      const n = reading(para);
      if (findEvasion(n)) continue;
      const lead = LEAD.exec(n.text)?.[0].length ?? 0;
      const said = n.text.slice(lead).trim();
      if (!WORDS.test(said)) continue;
      const from = lead + (n.text.slice(lead).length - n.text.slice(lead).trimStart().length);
      const span = spanIn(n, from, n.text.trimEnd().length);
      const nl = pleading.text.indexOf('\n', span.start);
      report({ start: span.start, end: nl >= 0 && nl < span.end ? nl : span.end }, `${responseLabel(pleading, para)} neither admits, denies nor pleads lack of knowledge; under ${forum.cites.deemedAdmitted} the allegations it does not deny stand admitted.`);
    }
  },
};
