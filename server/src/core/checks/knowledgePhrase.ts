/**
 * knowledge-phrase: a lack-of-knowledge response must use the words of the forum's rule — "lacks
 * knowledge or information sufficient to form a belief about the truth" (FRCP 8(b)(5), and the
 * state rules copied from it), "no knowledge thereof sufficient to form a belief" (Illinois), "no
 * information or belief" (California), "after reasonable investigation" (Pennsylvania) — as only
 * that statement operates as a denial. "Denies for lack of knowledge or information", "lacks
 * sufficient information to admit or deny" or "has no knowledge of" fall short, and courts have
 * deemed such allegations admitted (core/forums.ts).
 */
import { responseParagraphs } from '../analysis';
import { spanIn } from '../reading/normalize';
import { firstLack, type ResponsePart } from '../reading/response';
import { responseLabel } from '../wording';
import type { Check, CheckContext } from './check';

/** Whether a response mentions knowledge or information at all (in its lower-cased text, which the rules share). */
const mentions = (n: ResponsePart) => n.lower.includes('knowledge') || n.lower.includes('information');

export const knowledgePhrase: Check = {
  code: 'knowledge-phrase',
  description: 'A lack-of-knowledge response that does not say the party lacks "knowledge or information sufficient to form a belief" (FRCP 8(b)(5)).',
  severity: 'warning',
  run({ pleading, forum, reading, verdict, report }: CheckContext): void {
    // Only responses that mention knowledge or information are read closely; the verdict is the
    // forum's, as the forums word the statement differently.
    const name = `improper ${forum.id}`;
    const improper = (sentence: string) => !forum.properLack(sentence);
    const read = (n: ResponsePart) => (mentions(n) ? firstLack(n, improper) : undefined);
    for (const para of responseParagraphs(pleading)) {
      const m = verdict(para, name, read);
      if (!m) continue;
      const n = reading(para);
      const said = n.text.slice(m.index, m.index + m.length);
      report(spanIn(n, m.index, m.index + m.length), `${responseLabel(pleading, para)} pleads "${said}" instead of lacking "${forum.lackWording}" of the allegations; only that statement operates as a denial (${forum.cites.lackOfKnowledge}).`);
    }
  },
};
