/**
 * evasive-response: a response that neither admits nor denies — "the document speaks for itself",
 * "refers the Court to the contract", "demands strict proof", "neither admits nor denies", or "legal
 * conclusions to which no response is required" with no fallback denial. FRCP 8(b)(1) requires a
 * party to admit or deny; under 8(b)(6) an allegation not denied is admitted, and courts deem such
 * responses admissions. "To the extent a response is required, … denies" cures it. The fix appends
 * that fallback, in the answer's own words.
 */
import { gated, type Gated } from '../gate';
import type { Finding, Paragraph, Pleading } from '../model';
import {
  ADMIT, DENY, endOfBody, endsSentence, hasFallbackDenial, hasLack, paragraphPhrase, partyOf, responseLabel, responsePart,
  responseParagraphs, spanIn, type ResponsePart,
} from '../responsePhrases';
import type { Span } from '../text';
import type { Check, CheckContext } from './check';

interface Evasion {
  /** The phrase, behind a gate of words it cannot occur without. */
  pattern: Gated;
  /** Evasive only when nothing else in the response admits, denies or pleads lack of knowledge. */
  unlessAnswered: boolean;
  message: (label: string) => string;
}

const DEEMED = 'under FRCP 8(b)(6) an allegation not denied is admitted';

const EVASIONS: Evasion[] = [
  {
    pattern: gated(/\bneither admits? nor den(?:y|ies)\b/i, ['neither']),
    unlessAnswered: false,
    message: l => `${l} "neither admits nor denies": FRCP 8(b)(1) requires an admission or a denial, and ${DEEMED}.`,
  },
  {
    pattern: gated(/\b(?:no (?:response|answer|reply) (?:is )?(?:[a-z]+ )?(?:required|necessary|needed)|not required to (?:respond|answer)|requires? no (?:response|answer))\b/i, ['requir', 'necessary', 'needed']),
    unlessAnswered: false,
    message: l => `${l} says no response is required but has no fallback denial ("To the extent a response is required, … denies …"); if the court disagrees, ${DEEMED}.`,
  },
  {
    pattern: gated(/\b(?:(?:calls? for|states?|contains?|asserts?|sets? forth|consists? (?:solely |only )?of) (?:[a-z]+ ){0,2}legal conclusions?|conclusions? of law)\b/i, ['conclusion']),
    unlessAnswered: true,
    message: l => `${l} calls the allegations legal conclusions without admitting or denying them; ${DEEMED}.`,
  },
  {
    pattern: gated(/\bspeaks? for (?:itself|themselves)\b/i, ['speak']),
    unlessAnswered: true,
    message: l => `${l} says the document "speaks for itself" without admitting or denying the allegations; ${DEEMED}.`,
  },
  {
    pattern: gated(/\b(?:(?:demands?|calls? for|requires?) (?:strict )?proof (?:thereof|of (?:the )?(?:same|allegations?))|(?:demands?|requires?) strict proof|(?:leaves?|puts?) (?:[A-Za-z]+ ){1,2}to (?:its|their|his|her) (?:strict )?proof)\b/i, ['proof']),
    unlessAnswered: true,
    message: l => `${l} "demands strict proof" instead of admitting or denying; ${DEEMED}.`,
  },
  {
    pattern: gated(/\b(?:respectfully )?refers? (?:the Court|Plaintiffs?|the (?:trier|finder) of fact) to\b/i, ['refer']),
    unlessAnswered: true,
    message: l => `${l} refers to a document without admitting or denying the allegations; ${DEEMED}.`,
  },
];

export const evasiveResponse: Check = {
  code: 'evasive-response',
  description: 'A response that neither admits nor denies ("speaks for itself", "no response is required" without a fallback denial, "demands strict proof").',
  severity: 'warning',
  run({ pleading }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    let lead: string | undefined;
    for (const para of responseParagraphs(pleading)) {
      const evasion = findEvasion(pleading, para);
      if (!evasion) continue;
      const label = responseLabel(pleading, para);
      const at = endOfBody(pleading, para);
      lead ??= fallbackLead(pleading);
      const sentence = fallbackSentence(pleading, lead, para.response!.targets);
      findings.push({
        code: 'evasive-response',
        severity: 'warning',
        message: evasion.evasion.message(label),
        span: evasion.span,
        data: {
          kind: 'replace',
          span: { start: at, end: at },
          newText: `${endsSentence(pleading, para) ? ' ' : '. '}${sentence}`,
          title: 'Add a fallback denial',
        },
      });
    }
    return findings;
  },
};

/** Any gate word of any evasion, as one pattern: responses without one are passed over before being normalised. */
const MAY_EVADE = new RegExp(EVASIONS.flatMap(e => e.pattern.needs).join('|'), 'i');

/** The first evasive phrase of a response that is not cured, with its span. */
export function findEvasion(pleading: Pleading, para: Paragraph): { evasion: Evasion; span: Span } | undefined {
  if (!MAY_EVADE.test(para.body)) return undefined;
  const n = responsePart(pleading, para);
  const best = n.facts.once('evasion', () => evasionIn(n));
  return best && { evasion: best.evasion, span: spanIn(n, best.index, best.index + best.length) };
}

/** The first uncured evasive phrase of a response's text, by index in it (depends on the text alone). */
function evasionIn(n: ResponsePart): { evasion: Evasion; index: number; length: number } | undefined {
  const found: { evasion: Evasion; index: number; length: number }[] = [];
  for (const evasion of EVASIONS) {
    const m = evasion.pattern.exec(n.text, n.lower);
    if (m) found.push({ evasion, index: m.index, length: m[0].length });
  }
  if (!found.length) return undefined;
  // "Neither admits nor denies" and "no response is required" need a fallback; the others are
  // evasive only when nothing else in the response admits, denies or pleads lack of knowledge.
  // (The cheap test first: most "refers the Court to the contract" responses also admit or deny.)
  const t = n.answering;
  const l = n.answeringLower;
  const strict = found.filter(f => !f.evasion.unlessAnswered);
  if (!strict.length && (ADMIT.test(t, l) || DENY.test(t, l) || hasLack(t, l))) return undefined;
  if (hasFallbackDenial(n)) return undefined;
  const chosen = strict.length ? strict : found;
  return chosen.reduce((a, b) => (b.index < a.index ? b : a));
}

const FALLBACK_LEAD = /\bTo the extent (?:that )?(?:a|any) (?:further )?(?:response|answer) (?:is|may be) (?:deemed )?(?:required|necessary|needed), ?/;

/** "To the extent a response is required, Acme denies the allegations of Paragraph 19.", led as the answer leads its own fallbacks. */
function fallbackSentence(p: Pleading, lead: string, targets: number[]): string {
  const what = targets.length ? `the allegations of ${paragraphPhrase(p, targets)}` : 'the allegations';
  return `${lead}${partyOf(p)} denies ${what}.`;
}

/** The answer's own fallback lead ("To the extent a response is required, "), or the standard one. */
function fallbackLead(p: Pleading): string {
  for (const para of responseParagraphs(p)) {
    const m = FALLBACK_LEAD.exec(responsePart(p, para).text);
    if (m) return m[0].endsWith(' ') ? m[0] : `${m[0]} `;
  }
  return 'To the extent a response is required, ';
}
