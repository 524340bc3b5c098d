/**
 * partial-response: a response that admits part of a paragraph must deny the rest (FRCP 8(b)(4)) —
 * "Except as so admitted, … denies", "… denies the remaining allegations" — or the rest stands
 * admitted under 8(b)(6). Quiet where the answer pleads a general denial of all it does not admit
 * (FRCP 8(b)(3): the catch-all denies the rest), and in an answer whose house style is specific
 * denials ("admits A; denies B") rather than catch-alls: there a missing catch-all is a choice, and
 * only the complaint can tell whether something was left unanswered. The fix appends the catch-all.
 */
import { responseParagraphs } from '../analysis';
import { gated } from '../gate';
import type { Paragraph } from '../model';
import { partyOf } from '../parties';
import { spanIn } from '../reading/normalize';
import { coversBySpecifics, coversTheRest, DENY, hasLack, type ResponsePart } from '../reading/response';
import { endOfBody, endsSentence, paragraphPhrase, responseLabel } from '../wording';
import type { Check, CheckContext } from './check';

/** "admits only that", "admits in part", "Admitted in part." with nothing denied: an admission that says it is partial. */
const ADMITS_PART = gated(/\b(?:admit(?:s|ted)? (?:only|in part)|partially admit\w{0,3}|admits? (?:that )?(?:certain|some) of)\b/i, ['only', 'in part', 'partially', 'certain', 'some']);
const ADMISSION = /\badmit(?:s|ted)?\b/i;

export const partialResponse: Check = {
  code: 'partial-response',
  description: 'A response that admits part of a paragraph without denying the rest ("Except as so admitted, … denies") (FRCP 8(b)(4)).',
  severity: 'warning',
  run({ pleading, forum, reading, verdict, report }: CheckContext): void {
    if (pleading.kind !== 'answer' || pleading.generalDenial) return;
    const partial = responseParagraphs(pleading).filter(p => isPartial(p, reading(p), verdict));
    const short = partial.filter(p => !coversTheRest(reading(p)));
    // A house style of specific denials: most partial responses go without a catch-all, deliberately
    // (some of them "admits that X, and denies that Y" in one sentence, which covers the rest itself).
    const specific = short.length + partial.filter(p => coversBySpecifics(reading(p))).length;
    if (short.length >= 3 && specific > partial.length - specific) return;
    const party = partyOf(pleading);
    for (const para of short) {
      const n = reading(para);
      const m = ADMISSION.exec(n.answering) ?? ADMISSION.exec(n.text);
      const span = m ? spanIn(n, m.index, m.index + m[0].length) : para.numberSpan ?? para.response?.targetSpan ?? para.span;
      const at = endOfBody(pleading, para);
      const targets = para.response!.targets;
      const sentence = `Except as expressly admitted, ${party} denies the remaining allegations${targets.length ? ` of ${paragraphPhrase(pleading, targets)}` : ''}.`;
      report(span, `${responseLabel(pleading, para)} admits part of the allegations without denying the rest ("Except as so admitted, … denies …"); under ${forum.cites.partialDenial} and ${forum.cites.deemedAdmitted} what is neither admitted nor denied stands admitted.`, {
        data: { kind: 'replace', span: { start: at, end: at }, newText: `${endsSentence(pleading, para) ? ' ' : '. '}${sentence}`, title: 'Deny the remaining allegations' },
      });
    }
  },
};

/** A response that admits something and, on its own terms, not everything. */
function isPartial(para: Paragraph, r: ResponsePart, verdict: CheckContext['verdict']): boolean {
  const kind = para.response!.kind;
  if (kind === 'partial') return true;
  if (kind !== 'admit') return false;
  return verdict(para, 'admits part only', () => ADMITS_PART.test(r.text, r.lower) && !DENY.test(r.answering, r.answeringLower) && !hasLack(r.answering, r.answeringLower));
}
