/**
 * partial-response: a response that admits part of a paragraph must deny the rest (FRCP 8(b)(4)) —
 * "Except as so admitted, … denies", "… denies the remaining allegations" — or the rest stands
 * admitted under 8(b)(6). Quiet when the preamble denies everything not expressly admitted, and
 * in an answer whose house style is specific denials ("admits A; denies B") rather than
 * catch-alls: there a missing catch-all is a choice, and only the complaint can tell whether
 * something was left unanswered. The fix appends the catch-all.
 */
import { gated } from '../gate';
import type { Finding, Paragraph, Pleading } from '../model';
import {
  DENY, endOfBody, endsSentence, hasGlobalCatchAll, hasLack, coversTheRest, paragraphPhrase, partyOf, responseLabel, responsePart,
  responseParagraphs, spanIn,
} from '../responsePhrases';
import type { Check, CheckContext } from './check';

/** "admits only that", "admits in part", "Admitted in part." with nothing denied: an admission that says it is partial. */
const ADMITS_PART = gated(/\b(?:admit(?:s|ted)? (?:only|in part)|partially admit\w{0,3}|admits? (?:that )?(?:certain|some) of)\b/i, ['only', 'in part', 'partially', 'certain', 'some']);
const ADMISSION = /\badmit(?:s|ted)?\b/i;

export const partialResponse: Check = {
  code: 'partial-response',
  description: 'A response that admits part of a paragraph without denying the rest ("Except as so admitted, … denies") (FRCP 8(b)(4)).',
  severity: 'warning',
  run({ pleading }: CheckContext): Finding[] {
    if (pleading.kind !== 'answer' || hasGlobalCatchAll(pleading)) return [];
    const partial = responseParagraphs(pleading).filter(p => isPartial(pleading, p));
    const short = partial.filter(p => !coversTheRest(responsePart(pleading, p)));
    // A house style of specific denials: most partial responses go without a catch-all, deliberately.
    if (short.length >= 3 && short.length > partial.length - short.length) return [];
    const party = partyOf(pleading);
    return short.map(para => {
      const n = responsePart(pleading, para);
      const m = ADMISSION.exec(n.answering) ?? ADMISSION.exec(n.text);
      const span = m ? spanIn(n, m.index, m.index + m[0].length) : para.numberSpan ?? para.response?.targetSpan ?? para.span;
      const at = endOfBody(pleading, para);
      const targets = para.response!.targets;
      const sentence = `Except as expressly admitted, ${party} denies the remaining allegations${targets.length ? ` of ${paragraphPhrase(pleading, targets)}` : ''}.`;
      return {
        code: 'partial-response',
        severity: 'warning',
        message: `${responseLabel(pleading, para)} admits part of the allegations without denying the rest ("Except as so admitted, … denies …"); under FRCP 8(b)(4) and 8(b)(6) what is neither admitted nor denied stands admitted.`,
        span,
        data: { kind: 'replace', span: { start: at, end: at }, newText: `${endsSentence(pleading, para) ? ' ' : '. '}${sentence}`, title: 'Deny the remaining allegations' },
      } satisfies Finding;
    });
  },
};

/** A response that admits something and, on its own terms, not everything. */
function isPartial(p: Pleading, para: Paragraph): boolean {
  const kind = para.response!.kind;
  if (kind === 'partial') return true;
  if (kind !== 'admit') return false;
  const r = responsePart(p, para);
  return r.facts.once('admitsPartOnly', () => ADMITS_PART.test(r.text, r.lower) && !DENY.test(r.answering, r.answeringLower) && !hasLack(r.answering, r.answeringLower));
}
