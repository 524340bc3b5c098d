/**
 * evasive-response: a response that neither admits nor denies — "the document speaks for itself",
 * "refers the Court to the contract", "demands strict proof", "neither admits nor denies", or "legal
 * conclusions to which no response is required" with no fallback denial. FRCP 8(b)(1) requires a
 * party to admit or deny; under 8(b)(6) an allegation not denied is admitted, and courts deem such
 * responses admissions. "To the extent a response is required, … denies" cures it. The fix appends
 * that fallback, in the answer's own words.
 */
import { responseParagraphs } from '../analysis';
import type { Forum } from '../forums';
import type { Gated } from '../gate';
import type { Paragraph, Pleading } from '../model';
import { partyOf } from '../parties';
import {
  CALLS_LEGAL_CONCLUSION, DEMANDS_STRICT_PROOF, FALLBACK_LEAD, NEITHER_ADMITS_NOR_DENIES, NO_RESPONSE_REQUIRED, ONLY_DENIED, REFERS_THE_COURT, SPEAKS_FOR_ITSELF,
} from '../phrases';
import { spanIn } from '../reading/normalize';
import { ADMIT, DENY, deniesAfter, hasFallbackDenial, hasLack, type ResponsePart } from '../reading/response';
import type { Span } from '../text';
import { endOfBody, endsSentence, paragraphPhrase, responseLabel } from '../wording';
import type { Check, CheckContext } from './check';

interface Evasion {
  /** The phrase (core/phrases.ts), behind a gate of words it cannot occur without. */
  pattern: Gated;
  /** Evasive only when nothing else in the response admits, denies or pleads lack of knowledge. */
  unlessAnswered: boolean;
  /** Not evasive after a denial in its own sentence, as the denial's reason ("Denied as a conclusion of law to which no response is required"). */
  reasonForDenial?: boolean;
  /**
   * Not evasive where its own sentence pleads lack of knowledge, Michigan's standard form: "neither
   * admits nor denies the allegations for lack of sufficient knowledge or information upon which to
   * form a belief, and leaves Plaintiff to her proofs" is a lack-of-knowledge statement.
   */
  curedByLack?: boolean;
  message: (label: string, deemed: string) => string;
}

export const EVASIONS: Evasion[] = [
  {
    pattern: NEITHER_ADMITS_NOR_DENIES,
    unlessAnswered: false,
    curedByLack: true,
    message: (l, d) => `${l} "neither admits nor denies": the rules require an admission or a denial, and ${d}.`,
  },
  {
    pattern: NO_RESPONSE_REQUIRED,
    unlessAnswered: false,
    reasonForDenial: true,
    message: (l, d) => `${l} says no response is required but has no fallback denial ("To the extent a response is required, … denies …"); if the court disagrees, ${d}.`,
  },
  {
    pattern: CALLS_LEGAL_CONCLUSION,
    unlessAnswered: true,
    message: (l, d) => `${l} calls the allegations legal conclusions without admitting or denying them; ${d}.`,
  },
  {
    pattern: SPEAKS_FOR_ITSELF,
    unlessAnswered: true,
    message: (l, d) => `${l} says the document "speaks for itself" without admitting or denying the allegations; ${d}.`,
  },
  {
    pattern: DEMANDS_STRICT_PROOF,
    unlessAnswered: true,
    message: (l, d) => `${l} "demands strict proof" instead of admitting or denying; ${d}.`,
  },
  {
    pattern: REFERS_THE_COURT,
    unlessAnswered: true,
    message: (l, d) => `${l} refers to a document without admitting or denying the allegations; ${d}.`,
  },
];

/** "under FRCP 8(b)(6) an allegation not denied is admitted", in the forum's rule. */
const deemed = (forum: Forum) => `under ${forum.cites.deemedAdmitted} an allegation not denied is admitted`;

export const evasiveResponse: Check = {
  code: 'evasive-response',
  description: 'A response that neither admits nor denies ("speaks for itself", "no response is required" without a fallback denial, "demands strict proof").',
  severity: 'warning',
  run({ pleading, forum, reading, report }: CheckContext): void {
    let lead: string | undefined;
    for (const para of responseParagraphs(pleading)) {
      const evasion = findEvasion(reading(para));
      if (!evasion) {
        if (forum.bareDenialAdmits) bareDenial(pleading, para, reading(para), forum, report);
        continue;
      }
      const label = responseLabel(pleading, para);
      const at = endOfBody(pleading, para);
      lead ??= fallbackLead(pleading, reading);
      const sentence = fallbackSentence(pleading, lead, para.response!.targets);
      report(evasion.span, evasion.evasion.message(label, deemed(forum)), {
        data: { kind: 'replace', span: { start: at, end: at }, newText: `${endsSentence(pleading, para) ? ' ' : '. '}${sentence}`, title: 'Add a fallback denial' },
      });
    }
  },
};

/**
 * "Denied." and nothing more, where the forum gives a general denial the effect of an admission
 * (Pa.R.C.P. 1029(b)). No fix: only the pleader knows what to say of the facts.
 */
function bareDenial(p: Pleading, para: Paragraph, n: ResponsePart, forum: Forum, report: CheckContext['report']): void {
  const start = n.text.length - n.text.trimStart().length;
  const said = n.text.trim();
  if (!ONLY_DENIED.test(said)) return;
  report(spanIn(n, start, start + said.length), `${responseLabel(p, para)} is a bare "${said}": ${forum.cites.deemedAdmitted} gives a general denial the effect of an admission. Say what is denied and why ("By way of further answer, …"), or plead lack of knowledge as ${forum.cites.lackOfKnowledge} words it ("${forum.lackWording}").`);
}

/**
 * Every gate word of every evasion, as one pattern: one pass over a response's body finds which
 * evasions could be in it, instead of a substring search per word. A search resumes one character
 * after each hit, so a word starting inside another's match is still found.
 */
const EVASION_WORDS = new RegExp(EVASIONS.flatMap(e => e.pattern.needs).join('|'), 'g');
const EVASIONS_BY_WORD = new Map<string, number>();
EVASIONS.forEach((e, k) => { for (const w of e.pattern.needs) EVASIONS_BY_WORD.set(w, (EVASIONS_BY_WORD.get(w) ?? 0) | (1 << k)); });

/** Which evasions (bit k for EVASIONS[k]) have a gate word in `lower` (lower-cased text: the words are). */
export function possibleEvasions(lower: string): number {
  let mask = 0;
  EVASION_WORDS.lastIndex = 0;
  for (let m = EVASION_WORDS.exec(lower); m; m = EVASION_WORDS.exec(lower)) {
    mask |= EVASIONS_BY_WORD.get(m[0]) ?? 0;
    EVASION_WORDS.lastIndex = m.index + 1;
  }
  return mask;
}

/** The first evasive phrase of a response that is not cured, with its span (a verdict of the reading: no-response asks too). */
export function findEvasion(n: ResponsePart): { evasion: Evasion; span: Span } | undefined {
  const best = n.facts.once('evasion', () => {
    const possible = possibleEvasions(n.lower);
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
  // "Denied as a conclusion of law to which no responsive pleading is required": the sentence denies
  // first, and gives the phrase as its reason.
  const live = found.filter(f => !(f.evasion.reasonForDenial && deniedBefore(n, f.index)) && !(f.evasion.curedByLack && lackInSentence(n, f.index)));
  if (!live.length) return undefined;
  const strict = live.filter(f => !f.evasion.unlessAnswered);
  if (!strict.length && (ADMIT.test(t, l) || DENY.test(t, l) || hasLack(t, l))) return undefined;
  if (hasFallbackDenial(n)) return undefined;
  const chosen = strict.length ? strict : live;
  const first = chosen.reduce((a, b) => (b.index < a.index ? b : a));
  return deniesAfter(n, first.index + first.length) ? undefined : first;
}

/** Whether the sentence holding `index` pleads lack of knowledge (in `answering`, non-responses blanked). */
function lackInSentence(n: ResponsePart, index: number): boolean {
  const s = n.facts.answeringSpans.find(x => x.start <= index && index < x.end);
  if (!s) return false;
  const sentence = n.answering.slice(s.start, s.end);
  return hasLack(sentence, sentence.toLowerCase());
}

/** Whether the sentence holding `index` denies before it (in `answering`, non-responses blanked). */
function deniedBefore(n: ResponsePart, index: number): boolean {
  const s = n.facts.answeringSpans.find(x => x.start <= index && index < x.end);
  if (!s) return false;
  const before = n.answering.slice(s.start, index);
  // A specific "denies that X, and … no response is required" denies one fact and leaves the rest.
  const m = DENY.exec(before, before.toLowerCase());
  return !!m && !/^ that\b/i.test(before.slice(m.index + m[0].length));
}

/** "To the extent a response is required, Acme denies the allegations of Paragraph 19.", led as the answer leads its own fallbacks. */
function fallbackSentence(p: Pleading, lead: string, targets: number[]): string {
  const what = targets.length ? `the allegations of ${paragraphPhrase(p, targets)}` : 'the allegations';
  return `${lead}${partyOf(p)} denies ${what}.`;
}

/** The answer's own fallback lead ("To the extent a response is required, "), or the standard one. */
function fallbackLead(p: Pleading, reading: CheckContext['reading']): string {
  for (const para of responseParagraphs(p)) {
    const m = FALLBACK_LEAD.exec(reading(para).text);
    if (m) return m[0].endsWith(' ') ? m[0] : `${m[0]} `;
  }
  return 'To the extent a response is required, ';
}
