/** What an answer paragraph responds to, and how: admit, deny, lack of knowledge, partial … */
import { gated } from '../gate';
import type { Reference, Response, ResponseKind } from '../model';

/** A lead that names the target: "In answer to Paragraph 17,", "RESPONSE TO PARAGRAPH 3:", "Paragraphs 9 through 11 are denied". */
const TARGET_LEAD =
  /^(?:\*\*)?(?:(?:In\s+(?:answer|response)\s+to|In\s+responding\s+to|Answering|Responding\s+to|With\s+(?:respect|regard)\s+to|As\s+(?:to|for)|Regarding|Concerning|(?:RESPONSES?|ANSWERS?)\s+TO)\s+(?:the\s+(?:allegations|averments)\s+(?:of|in|contained\s+in|set\s+forth\s+in)\s+)?(?:the\s+)?(?:unnumbered\s+)?)?(?=(?:paragraphs?|¶)\s*\d)/i;

/** Marker of the restate-then-respond style: "3. <allegation>\n\nANSWER: Denied." */
const ANSWER_MARKER = /(?:^|\n)[ \t]*(?:\*\*)?(?:ANSWER|RESPONSE)[ \t]*:(?:\*\*)?/;

const INCORPORATION = gated(/\b(?:incorporat\w*|re-?alleg\w*|re-?assert\w*|repeats?|restates?|re-?avers?|adopts?)\b/i,
  ['incorporat', 'alleg', 'assert', 'repeat', 'restate', 'aver', 'adopt']);
const NOT_ADMIT_OR_DENY_ALL = /\bneither\s+admits?\s+nor\s+den(?:y|ies)\b|\b(?:does|do)\s+not\s+(?:admit|deny)\b|\bnot\s+(?:admitted|denied)\b/gi;
const ADMIT = gated(/\badmit(?:s|ted)?\b/i, ['admit']);
const DENY = gated(/\bden(?:y|ies|ied)\b/i, ['den']);
const LACK = gated(/\b(?:lacks?|without|insufficient|not\s+have|no)\b[^.;]{0,60}?\b(?:knowledge|information)\b/i, ['knowledge', 'information']);
/** New York's form: "Denies knowledge or information sufficient to form a belief". */
const DENIES_KNOWLEDGE = gated(/\bden(?:y|ies)\s+(?:any\s+)?knowledge\s+or\s+information\b/i, ['knowledge']);
const NO_RESPONSE_REQUIRED = gated(
  /\bno\s+(?:response|answer|reply)\s+(?:is\s+)?(?:\w+\s+)?(?:required|necessary|needed)|\bnot\s+required\s+to\s+(?:respond|answer)|\brequires?\s+no\s+(?:response|answer)/i,
  ['requir', 'necessary', 'needed']);

/** "Defendant generally denies each and every allegation" (CCP § 431.30(d)): answers everything at once. */
export const GENERAL_DENIAL = /\bgenerally\s+den(?:y|ies)\b/i;

/** The part of a paragraph's body that holds the response (after "ANSWER:" when restated). */
export function responseText(body: string): string {
  // Every marker has a colon: most bodies skip the pattern.
  if (!body.includes(':')) return body;
  const m = ANSWER_MARKER.exec(body);
  return m ? body.slice(m.index + m[0].length) : body;
}

const INCORPORATION_G = new RegExp(INCORPORATION.pattern.source, 'gi');
const NOT_ADMIT_OR_DENY = gated(new RegExp(NOT_ADMIT_OR_DENY_ALL.source, 'i'), ['not', 'neither']);

/**
 * The references a paragraph incorporates: those preceded, in the same sentence, by "incorporates",
 * "realleges", "repeats" …, and pointing somewhere other than the paragraph's own `self` numbers.
 * `text` starts at offset `base`.
 */
export function incorporatedRefs(text: string, base: number, refs: Reference[], self: number[], lower?: string): Reference[] {
  if (!refs.length || !INCORPORATION.test(text, lower)) return [];
  const verbs: number[] = [];
  INCORPORATION_G.lastIndex = 0;
  for (let m = INCORPORATION_G.exec(text); m; m = INCORPORATION_G.exec(text)) verbs.push(m.index);
  return refs.filter(r => {
    if (!r.preceding && r.ranges.every(g => g.from === g.to && self.includes(g.from))) return false;
    const at = r.span.start - base;
    return verbs.some(v => v < at && at - v < 250 && !/[.;](?:\s|$)/.test(text.slice(v, at)));
  });
}

/**
 * The kind of a response. Each pattern runs only when the lower-cased text holds a word it needs:
 * substring searches are far cheaper than patterns that must try every word boundary.
 */
export function classifyResponse(text: string, incorporates: boolean, lower = text.toLowerCase()): ResponseKind {
  if (incorporates) return 'incorporation';
  const t = NOT_ADMIT_OR_DENY.test(text, lower) ? text.replace(NOT_ADMIT_OR_DENY_ALL, ' ') : text;
  // "states legal conclusions to which no response is required. To the extent a response is
  // required, … denies" is characterised by its first move; the fallback is judged by the rules.
  // Blanking only removes words, so the original's lower case still rules patterns out soundly.
  if (NO_RESPONSE_REQUIRED.test(t, lower)) return 'no-response-required';
  const admit = ADMIT.test(t, lower);
  const lack = LACK.test(t, lower) || DENIES_KNOWLEDGE.test(t, lower);
  const deny = DENY.test(t, lower);
  if (admit && (deny || lack)) return 'partial';
  if (admit) return 'admit';
  if (lack) return 'lack-knowledge';
  if (deny) return 'deny';
  return 'other';
}

/** Length of a target lead at the start of `body`, or -1 when the body does not open with one. */
export function targetLeadLength(body: string): number {
  const m = TARGET_LEAD.exec(body);
  return m ? m[0].length : -1;
}

/**
 * Works out the response of an answer paragraph. `refs` are the body's references with spans
 * relative to `bodyStart`; `number` is the paragraph's own number (null when unnumbered).
 */
export function readResponse(
  body: string,
  bodyStart: number,
  refs: Reference[],
  number: number | null,
): { response: Response; targetRef?: Reference } {
  const text = responseText(body);
  const lower = body.toLowerCase();
  const lowerText = text === body ? lower : text.toLowerCase();
  const lead = targetLeadLength(body);
  let targetRef: Reference | undefined;
  if (lead >= 0) {
    targetRef = refs.find(r => r.ranges.length > 0 && r.span.start - bodyStart <= lead + 2 && r.span.start - bodyStart >= lead - 12);
  }
  const self = number === null ? [] : [number];
  const others = targetRef ? refs.filter(r => r !== targetRef) : refs;
  const incorporatesBeyondSelf = () => incorporatedRefs(body, bodyStart, others, self, lower).length > 0;
  // With a target from the lead, incorporation is judged against the targets below (one scan, not two).
  let incorporates = targetRef ? undefined : incorporatesBeyondSelf();
  if (!targetRef && !incorporates) {
    // "Defendant admits the allegations of paragraph 3 of the complaint." — a target in the first sentence.
    const firstSentenceEnd = firstSentenceLength(body);
    const candidate = refs.find(r => r.ranges.length > 0 && r.span.start - bodyStart < firstSentenceEnd);
    if (candidate && /\b(?:admit|den[iy]|lack|without|respond|answer)/i.test(body.slice(0, firstSentenceEnd))) targetRef = candidate;
  }
  // Sized up front: every answer paragraph keeps its targets.
  const ranges = targetRef?.ranges ?? [];
  let count = 0;
  for (const r of ranges) count += Math.max(0, Math.min(r.to, r.from + 5000) - r.from + 1);
  const targets: number[] = new Array(count);
  let k = 0;
  for (const r of ranges) {
    const hi = Math.min(r.to, r.from + 5000);
    for (let n = r.from; n <= hi; n++) targets[k++] = n;
  }
  incorporates = targets.length ? incorporatedRefs(body, bodyStart, others, targets, lower).length > 0 : incorporates ?? incorporatesBeyondSelf();
  const kind = classifyResponse(text, incorporates, lowerText);
  if (targetRef) {
    return { response: { targets, targetSpan: targetRef.span, kind, implicit: false }, targetRef };
  }
  const general = number === null && GENERAL_DENIAL.test(body);
  return { response: { targets: number === null ? [] : [number], kind, implicit: true, ...(general ? { general } : {}) } };
}

function firstSentenceLength(body: string): number {
  const m = /[.;:](?:\s|$)/.exec(body.slice(0, 400));
  return m ? m.index : Math.min(body.length, 400);
}
