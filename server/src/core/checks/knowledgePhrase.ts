/**
 * knowledge-phrase: a lack-of-knowledge response must say the party "lacks knowledge or information
 * sufficient to form a belief about the truth" of the allegation (FRCP 8(b)(5)); only that statement
 * operates as a denial. "Denies for lack of knowledge or information", "lacks sufficient information
 * to admit or deny" or "has no knowledge of" fall short, and courts have deemed such allegations
 * admitted.
 */
import type { Finding } from '../model';
import { firstLack, isProperLackForm, responseLabel, responsePart, responseParagraphs, spanIn, type ResponsePart } from '../responsePhrases';
import type { Check, CheckContext } from './check';

/** Whether a response mentions knowledge or information at all (in its lower-cased text, which the rules share). */
const mentions = (n: ResponsePart) => n.lower.includes('knowledge') || n.lower.includes('information');

export const knowledgePhrase: Check = {
  code: 'knowledge-phrase',
  description: 'A lack-of-knowledge response that does not say the party lacks "knowledge or information sufficient to form a belief" (FRCP 8(b)(5)).',
  severity: 'warning',
  run({ pleading }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const para of responseParagraphs(pleading)) {
      const n = responsePart(pleading, para);
      // Only responses that mention knowledge or information are read closely.
      const m = n.facts.once('improperLack', () => (mentions(n) ? firstLack(n, sentence => !isProperLackForm(sentence)) : undefined));
      if (!m) continue;
      const said = n.text.slice(m.index, m.index + m.length);
      findings.push({
        code: 'knowledge-phrase',
        severity: 'warning',
        message: `${responseLabel(pleading, para)} pleads "${said}" instead of lacking "knowledge or information sufficient to form a belief about the truth" of the allegations; only that statement operates as a denial (FRCP 8(b)(5)).`,
        span: spanIn(n, m.index, m.index + m.length),
      });
    }
    return findings;
  },
};
