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

export const EVASIONS: Evasion[] = [
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

/**
 * Every gate word of every evasion, as one pattern: one pass over a response's body finds which
 * evasions could be in it, instead of a substring search per word. A search resumes one character
 * after each hit, so a word starting inside another's match is still found.
 */
const EVASION_WORDS = new RegExp(EVASIONS.flatMap(e => e.pattern.needs).join('|'), 'gi');
const EVASIONS_BY_WORD = new Map<string, number>();
EVASIONS.forEach((e, k) => { for (const w of e.pattern.needs) EVASIONS_BY_WORD.set(w, (EVASIONS_BY_WORD.get(w) ?? 0) | (1 << k)); });

/** Which evasions (bit k for EVASIONS[k]) have a gate word in `text`. */
export function possibleEvasions(text: string): number {
  let mask = 0;
  EVASION_WORDS.lastIndex = 0;
  for (let m = EVASION_WORDS.exec(text); m; m = EVASION_WORDS.exec(text)) {
    mask |= EVASIONS_BY_WORD.get(m[0].toLowerCase()) ?? 0;
    EVASION_WORDS.lastIndex = m.index + 1;
  }
  return mask;
}

/** The first evasive phrase of a response that is not cured, with its span. */
export function findEvasion(pleading: Pleading, para: Paragraph): { evasion: Evasion; span: Span } | undefined {
  const n = responsePart(pleading, para);
  const best = n.facts.once('evasion', () => {
    const possible = possibleEvasions(n.text);
    return possible ? evasionIn(n, possible) : undefined;
  });
  return best && { evasion: best.evasion, span: spanIn(n, best.index, best.index + best.length) };
}

/**
 * The first uncured evasive phrase of a response's text, by index in it (depends on the text
 * alone: `possible` only rules out evasions whose words the text lacks).
 */
function evasionIn(n: ResponsePart, possible: number): { evasion: Evasion; index: number; length: number } | undefined {
  const found: { evasion: Evasion; index: number; length: number }[] = [];
  EVASIONS.forEach((evasion, k) => {
    if (!(possible & (1 << k))) return;
    const m = evasion.pattern.pattern.exec(n.text);
    if (m) found.push({ evasion, index: m.index, length: m[0].length });
  });
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
