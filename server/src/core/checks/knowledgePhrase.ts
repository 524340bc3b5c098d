/**
 * knowledge-phrase: a lack-of-knowledge response must say the party "lacks knowledge or information
 * sufficient to form a belief about the truth" of the allegation (FRCP 8(b)(5)); only that statement
 * operates as a denial. "Denies for lack of knowledge or information", "lacks sufficient information
 * to admit or deny" or "has no knowledge of" fall short, and courts have deemed such allegations
 * admitted.
 */
import type { Finding } from '../model';
import { isProperLackForm, LACK_PHRASE, responseLabel, responsePart, responseParagraphs, sentences } from '../responsePhrases';
import type { Check, CheckContext } from './check';

export const knowledgePhrase: Check = {
  code: 'knowledge-phrase',
  description: 'A lack-of-knowledge response that does not say the party lacks "knowledge or information sufficient to form a belief" (FRCP 8(b)(5)).',
  severity: 'warning',
  run({ pleading }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const para of responseParagraphs(pleading)) {
      const { text, start } = responsePart(pleading, para);
      const spans = sentences(text);
      LACK_PHRASE.lastIndex = 0;
      for (let m = LACK_PHRASE.exec(text); m; m = LACK_PHRASE.exec(text)) {
        const s = spans.find(x => m!.index >= x.start && m!.index < x.end);
        if (!s || isProperLackForm(text.slice(s.start, s.end))) continue;
        findings.push({
          code: 'knowledge-phrase',
          severity: 'warning',
          message: `${responseLabel(pleading, para)} pleads "${m[0].replace(/\s+/g, ' ')}" instead of lacking "knowledge or information sufficient to form a belief about the truth" of the allegations; only that statement operates as a denial (FRCP 8(b)(5)).`,
          span: { start: start + m.index, end: start + m.index + m[0].length },
        });
        break;
      }
    }
    return findings;
  },
};
