/**
 * evasive-response: a response that neither admits nor denies — "the document speaks for itself",
 * "refers the Court to the contract", "demands strict proof", "neither admits nor denies", or "legal
 * conclusions to which no response is required" with no fallback denial. FRCP 8(b)(1) requires a
 * party to admit or deny; under 8(b)(6) an allegation not denied is admitted, and courts deem such
 * responses admissions. "To the extent a response is required, … denies" cures it. The fix appends
 * that fallback, in the answer's own words.
 */
import { answeringParty } from '../drafting/phrasing';
import type { Finding, Paragraph, Pleading } from '../model';
import {
  ADMIT, DENY, endOfBody, endsSentence, hasFallbackDenial, hasLack, paragraphPhrase, responseLabel, responsePart,
  responseParagraphs, withoutNonResponses,
} from '../responsePhrases';
import type { Check, CheckContext } from './check';

interface Evasion {
  pattern: RegExp;
  /** Evasive only when nothing else in the response admits, denies or pleads lack of knowledge. */
  unlessAnswered: boolean;
  message: (label: string, said: string) => string;
}

const DEEMED = 'under FRCP 8(b)(6) an allegation not denied is admitted';

const EVASIONS: Evasion[] = [
  {
    pattern: /\bneither\s+admits?\s+nor\s+den(?:y|ies)\b/i,
    unlessAnswered: false,
    message: l => `${l} "neither admits nor denies": FRCP 8(b)(1) requires an admission or a denial, and ${DEEMED}.`,
  },
  {
    pattern: /\bno\s+(?:response|answer|reply)\s+(?:is\s+)?(?:\w+\s+)?(?:required|necessary|needed)\b|\bnot\s+required\s+to\s+(?:respond|answer)\b|\brequires?\s+no\s+(?:response|answer)\b/i,
    unlessAnswered: false,
    message: l => `${l} says no response is required but has no fallback denial ("To the extent a response is required, … denies …"); if the court disagrees, ${DEEMED}.`,
  },
  {
    pattern: /\b(?:calls?\s+for|states?|contains?|asserts?|sets?\s+forth|consists?\s+(?:solely\s+|only\s+)?of)\s+(?:\w+\s+){0,2}?legal\s+conclusions?\b|\bconclusions?\s+of\s+law\b/i,
    unlessAnswered: true,
    message: l => `${l} calls the allegations legal conclusions without admitting or denying them; ${DEEMED}.`,
  },
  {
    pattern: /\bspeaks?\s+for\s+(?:itself|themselves)\b/i,
    unlessAnswered: true,
    message: l => `${l} says the document "speaks for itself" without admitting or denying the allegations; ${DEEMED}.`,
  },
  {
    pattern: /\b(?:demands?|calls?\s+for|requires?)\s+(?:strict\s+)?proof\s+(?:thereof|of\s+(?:the\s+)?(?:same|allegations?))|\b(?:demands?|requires?)\s+strict\s+proof\b|\b(?:leaves?|puts?)\s+(?:\w+\s+){1,2}?to\s+(?:its|their|his|her)\s+(?:strict\s+)?proof\b/i,
    unlessAnswered: true,
    message: l => `${l} "demands strict proof" instead of admitting or denying; ${DEEMED}.`,
  },
  {
    pattern: /\b(?:respectfully\s+)?refers?\s+(?:the\s+Court|Plaintiffs?|the\s+(?:trier|finder)\s+of\s+fact)\s+to\b/i,
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
    for (const para of responseParagraphs(pleading)) {
      const evasion = findEvasion(pleading, para);
      if (!evasion) continue;
      const label = responseLabel(pleading, para);
      const at = endOfBody(pleading, para);
      const sentence = fallbackSentence(pleading, para.response!.targets);
      findings.push({
        code: 'evasive-response',
        severity: 'warning',
        message: evasion.evasion.message(label, evasion.said),
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

/** The first evasive phrase of a response that is not cured, with its span. */
export function findEvasion(pleading: Pleading, para: Paragraph): { evasion: Evasion; span: { start: number; end: number }; said: string } | undefined {
  const { text, start } = responsePart(pleading, para);
  const found: { evasion: Evasion; index: number; length: number }[] = [];
  for (const evasion of EVASIONS) {
    const m = evasion.pattern.exec(text);
    if (m) found.push({ evasion, index: m.index, length: m[0].length });
  }
  if (!found.length || hasFallbackDenial(text)) return undefined;
  // "Neither admits nor denies" and "no response is required" need a fallback; the others are
  // evasive only when nothing else in the response admits, denies or pleads lack of knowledge.
  const answered = (t: string) => ADMIT.test(t) || DENY.test(t) || hasLack(t);
  const strict = found.filter(f => !f.evasion.unlessAnswered);
  const chosen = strict.length ? strict : answered(withoutNonResponses(text)) ? [] : found;
  if (!chosen.length) return undefined;
  const best = chosen.reduce((a, b) => (b.index < a.index ? b : a));
  return {
    evasion: best.evasion,
    span: { start: start + best.index, end: start + best.index + best.length },
    said: text.slice(best.index, best.index + best.length),
  };
}

/** "To the extent a response is required, Acme denies the allegations of Paragraph 19.", led as the answer leads its own fallbacks. */
function fallbackSentence(p: Pleading, targets: number[]): string {
  const learned = /\bTo\s+the\s+extent\s+(?:that\s+)?(?:a|any)\s+(?:further\s+)?(?:response|answer)\s+(?:is|may\s+be)\s+(?:deemed\s+)?(?:required|necessary|needed),\s*/.exec(p.text);
  const lead = learned ? learned[0].replace(/\s+/g, ' ') : 'To the extent a response is required, ';
  const what = targets.length ? `the allegations of ${paragraphPhrase(p, targets)}` : 'the allegations';
  return `${lead}${answeringParty(p)} denies ${what}.`;
}
