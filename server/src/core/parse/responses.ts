/**
 * What an answer unit responds to, and how. A unit is a response when it names complaint paragraphs
 * and says something about them (admits, denies, lacks knowledge, needs no response, incorporates),
 * whatever heading it sits under; each sentence that does so is a clause with its own targets and
 * kind ("admits 1 and 2. Denies 3."). The words come from core/phrases.ts.
 */
import { gated } from '../gate';
import type { Reference, Response, ResponseClause, ResponseKind } from '../model';
import {
  ABSENT_PARAGRAPH_SOURCE, ADMIT, ALL_ALLEGATIONS_SOURCE, CATCH_ALL_EXCEPTION_SOURCE, alternation, DENIAL_SOURCE, DENY, GENERALLY_DENIES_SOURCE,
  INCORPORATES_BACK_SOURCE, INCORPORATION, INCORPORATION_SOURCE, LACK_SOURCE, leadSource, LEGAL_CONCLUSION_SOURCE, loose, NON_ANSWER_SOURCES, NON_ANSWER_WORDS,
  NO_RESPONSE_SOURCE, NOT_ADMITTED_SOURCE, NUMBER_MARKERS, paragraphWordSource, RESPONDS_SOURCE, WHOLE_COMPLAINT_SOURCE,
} from '../phrases';
import { sentences } from '../reading/sentences';
import { matchRangeLabel } from './lines';
import { NO_REFERENCES, ReferenceScanner } from './references';
import type { Span } from '../text';

/** A lead that names the target: "In answer to Paragraph 17,", "RESPONSE TO PARAGRAPH 3:", "Paragraphs 9 through 11 are denied". */
const TARGET_LEAD = new RegExp(
  `^(?:\\*\\*)?(?:${leadSource()}(?:unnumbered\\s+)?)?(?=${paragraphWordSource()}(?:\\s+(?:${alternation(NUMBER_MARKERS)}))?:?\\s*["“]?[\\d|])`, 'i');

/** Marker of the restate-then-respond style: "3. <allegation>\n\nANSWER: Denied." */
const ANSWER_MARKER = /(?:^|\n)[ \t]*(?:\*\*)?(?:ANSWER|RESPONSE)[ \t]*:(?:\*\*)?/;

const INCORPORATION_G = new RegExp(INCORPORATION_SOURCE, 'gi');
const INCORPORATES_BACK = gated(new RegExp(loose(INCORPORATES_BACK_SOURCE), 'i'), ['incorporat', 'alleg', 'adopt', 'assert']);
/** "neither admits nor denies", "not admitted", "sufficient to admit or deny": words that are not a response. */
const NOT_ADMIT_OR_DENY_ALL = new RegExp([...NON_ANSWER_SOURCES, CATCH_ALL_EXCEPTION_SOURCE].map(loose).join('|'), 'gi');
const NOT_ADMIT_OR_DENY = gated(new RegExp(NOT_ADMIT_OR_DENY_ALL.source, 'i'), [...NON_ANSWER_WORDS, 'unless', 'except']);
// The text read here is raw (line breaks and page breaks inside phrases): spaces in the vocabulary match any white space.
const LACK = gated(new RegExp(loose(LACK_SOURCE), 'i'), ['knowledge', 'information']);
const NO_RESPONSE_REQUIRED = gated(new RegExp(loose(NO_RESPONSE_SOURCE), 'i'), ['requir', 'necessary', 'needed', 'warrant', 'obligated', 'merit', 'no answer', 'no response']);
const LEGAL_CONCLUSION = gated(new RegExp(loose(LEGAL_CONCLUSION_SOURCE), 'i'), ['conclusion', 'of law', 'legal']);
const RESPONDS = new RegExp(loose(RESPONDS_SOURCE), 'i');
const ABSENT = new RegExp(`(?:${loose(ABSENT_PARAGRAPH_SOURCE)})[^.;]{0,40}$`, 'i');

/** General denials: "generally denies", "denies each and every allegation not specifically admitted", … */
const GENERALLY_DENIES = new RegExp(loose(GENERALLY_DENIES_SOURCE), 'i');
const DENIAL = new RegExp(DENIAL_SOURCE, 'i');
const ALL_ALLEGATIONS = new RegExp(loose(ALL_ALLEGATIONS_SOURCE), 'i');
const NOT_ADMITTED = new RegExp(loose(NOT_ADMITTED_SOURCE), 'i');
const WHOLE_COMPLAINT = new RegExp(loose(WHOLE_COMPLAINT_SOURCE), 'i');

/** A reference cited, not answered: "the contract described in Paragraph 20", "its response to Paragraph 29". */
const CITED = /\b(?:described|referenced|referred\s+to|identified|mentioned|quoted|discussed|defined|cited|its\s+(?:response|answer)s?\s+to|(?:his|her|their|the\s+(?:above|foregoing))\s+(?:response|answer)s?\s+to)\s+(?:in\s+|at\s+)?(?:the\s+)?$/i;

/** The prayer's own numbered items: "Plaintiff's demand for relief, … the items requested in Paragraphs 1-7". */
const PRAYER_ITEMS = /\b(?:prayer|demand\s+for\s+relief|request\s+for\s+relief|relief\s+requested|wherefore)\b/i;

/** Patterns built at load time, for the ReDoS test. */
export const BUILT_PATTERNS: readonly RegExp[] = [
  TARGET_LEAD, INCORPORATION_G, NOT_ADMIT_OR_DENY_ALL, INCORPORATES_BACK.pattern, LACK.pattern, NO_RESPONSE_REQUIRED.pattern,
  LEGAL_CONCLUSION.pattern, RESPONDS, ABSENT, GENERALLY_DENIES, DENIAL, ALL_ALLEGATIONS, NOT_ADMITTED, WHOLE_COMPLAINT,
];


const NO_OTHERS: Reference[] = [];

/** The first reference with numbers starting in [from, to]. */
function referenceAt(refs: Reference[], from: number, to: number): Reference | undefined {
  for (const r of refs) if (r.ranges.length > 0 && r.span.start >= from && r.span.start <= to) return r;
  return undefined;
}

/** The part of a paragraph's body that holds the response (after "ANSWER:" when restated). */
export function responseText(body: string): string {
  const at = answerMarkerEnd(body);
  return at >= 0 ? body.slice(at) : body;
}

/**
 * Where the response starts in a unit that restates the allegation first ("3. <allegation>\n\n
 * ANSWER: Denied."): just after the "ANSWER:" label; -1 when the body has no such label.
 */
export function answerMarkerEnd(body: string): number {
  // Every marker has a colon: most bodies skip the pattern.
  if (!body.includes(':')) return -1;
  const m = ANSWER_MARKER.exec(body);
  return m ? m.index + m[0].length : -1;
}

/** A line that opens with the "ANSWER:" (or "RESPONSE:") label of the restate-then-respond style. */
export function isAnswerLabel(trimmed: string): boolean {
  return ANSWER_LABEL.test(trimmed);
}
const ANSWER_LABEL = /^(?:\*\*)?(?:ANSWER|RESPONSE)[ \t]*:/;

/**
 * The references a paragraph incorporates: those preceded, in the same sentence, by "incorporates",
 * "realleges", "repeats" … (or followed by "and by this reference incorporates the same"), and
 * pointing somewhere other than the paragraph's own `self` numbers. `text` starts at offset `base`.
 */
export function incorporatedRefs(text: string, base: number, refs: Reference[], self: number[], lower?: string): Reference[] {
  if (!refs.length || !INCORPORATION.test(text, lower)) return NO_REFERENCES;
  const verbs: number[] = [];
  INCORPORATION_G.lastIndex = 0;
  for (let m = INCORPORATION_G.exec(text); m; m = INCORPORATION_G.exec(text)) verbs.push(m.index);
  const back = INCORPORATES_BACK.test(text, lower);
  return refs.filter(r => {
    if (!r.preceding && r.ranges.every(g => g.from === g.to && self.includes(g.from))) return false;
    const at = r.span.start - base;
    if (verbs.some(v => v < at && at - v < 250 && !/[.;](?:\s|$)/.test(text.slice(v, at)))) return true;
    // "refers to paragraphs 1 through 25 … and by this reference incorporates the same herein".
    if (!back) return false;
    const end = r.span.end - base;
    const rest = text.slice(end, Math.min(text.length, end + 250));
    const stop = /[.;](?:\s|$)/.exec(rest);
    return INCORPORATES_BACK.pattern.test(stop ? rest.slice(0, stop.index) : rest);
  });
}

/**
 * The kind of a response. Each pattern runs only when the lower-cased text holds a word it needs:
 * substring searches are far cheaper than patterns that must try every word boundary.
 */
export function classifyResponse(text: string, incorporates: boolean, lower = text.toLowerCase()): ResponseKind {
  // One pass where the gate lets the text through: a replace that finds nothing keeps the text.
  const t = NOT_ADMIT_OR_DENY.may(lower) ? text.replace(NOT_ADMIT_OR_DENY_ALL, ' ') : text;
  // "Denied. By way of further answer, X incorporates its answer to paragraph 8": a response of its
  // own that points at another answer for its reasons, not an incorporation response.
  if (incorporates && !answersBeforeIncorporating(t, lower)) return 'incorporation';
  // "states legal conclusions to which no response is required. To the extent a response is
  // required, … denies" is characterised by its first move; the fallback is judged by the rules.
  // Blanking only removes words, so the original's lower case still rules patterns out soundly.
  const admitAt = ADMIT.exec(t, lower)?.index ?? -1;
  const lackAt = LACK.exec(t, lower)?.index ?? -1;
  const denyAt = DENY.exec(t, lower)?.index ?? -1;
  const nrr = NO_RESPONSE_REQUIRED.exec(t, lower);
  if (nrr && (admitAt < 0 || admitAt > nrr.index) && (lackAt < 0 || lackAt > nrr.index) && (denyAt < 0 || denyAt > nrr.index)) return 'no-response-required';
  const admit = admitAt >= 0;
  const lack = lackAt >= 0;
  const deny = denyAt >= 0;
  if (admit && (deny || lack)) return 'partial';
  if (admit) return 'admit';
  if (lack) return 'lack-knowledge';
  if (deny) return 'deny';
  if (LEGAL_CONCLUSION.test(t, lower)) return 'no-response-required';
  if (INCORPORATION.test(t, lower)) return 'incorporation';
  return 'other';
}

/** Whether `t` admits, denies or pleads lack of knowledge before its first incorporation verb. */
function answersBeforeIncorporating(t: string, lower: string): boolean {
  const verb = INCORPORATION.exec(t, lower);
  if (!verb) return false;
  // `lower` is the unblanked text's: a gate for `t`, not its offsets.
  const before = t.slice(0, verb.index);
  const l = before.toLowerCase();
  return ADMIT.test(before, l) || DENY.test(before, l) || LACK.test(before, l);
}

/** Length of a target lead at the start of `body`, or -1 when the body does not open with one. */
export function targetLeadLength(body: string): number {
  const m = TARGET_LEAD.exec(body);
  return m ? m[0].length : -1;
}

/**
 * Where a sentence of `text` pleads a general denial (FRCP 8(b)(3), Texas Rule 92, CCP § 431.30(d)):
 * "generally denies …", "denies each and every allegation of the Complaint", or a denial of all
 * allegations "not specifically admitted". Offsets into `text`.
 */
export function generalDenialIn(text: string, lower = text.toLowerCase()): Span | undefined {
  // Every form denies; most texts are ruled out whole before any is split into sentences.
  if (!lower.includes('den')) return undefined;
  const generally = lower.includes('generally') && GENERALLY_DENIES.test(text);
  const whole = (lower.includes('complaint') || lower.includes('petition')) && WHOLE_COMPLAINT.test(text);
  const notAdmitted = !generally && !whole && ALL_ALLEGATIONS.test(text) && NOT_ADMITTED.test(text);
  if (!generally && !whole && !notAdmitted) return undefined;
  for (const s of sentences(text)) {
    const sentence = text.slice(s.start, s.end);
    if (!lower.slice(s.start, s.end).includes('den')) continue;
    if (GENERALLY_DENIES.test(sentence) || WHOLE_COMPLAINT.test(sentence)) return s;
    if (!DENIAL.test(sentence) || !NOT_ADMITTED.test(sentence)) continue;
    const all = ALL_ALLEGATIONS.exec(sentence);
    if (!all) continue;
    // "Except as expressly admitted, X denies each and every allegation of Paragraph 5" denies one
    // paragraph's rest; "… Paragraphs 4, 5, 6 and each and every other allegation of the Complaint
    // not specifically admitted" denies everything else too.
    if (!PARAGRAPH_NAMED.test(sentence) || /\b(?:other|remaining|further)\b/i.test(all[0]) || OF_THE_COMPLAINT.test(sentence.slice(all.index + all[0].length, all.index + all[0].length + 60))) return s;
  }
  return undefined;
}

const PARAGRAPH_NAMED = /(?:\bparagraphs?|¶)\s*(?:nos?\.?\s*)?["“]?[\d|]/i;
const OF_THE_COMPLAINT = /^\s*(?:contained\s+|set\s+forth\s+|made\s+)?(?:in|of)\s+(?:the\s+|plaintiffs?['’]?s?\s+)?(?:[a-z-]+\s+){0,2}(?:complaint|petition)\b/i;

/**
 * Works out the response of an answer unit. `refs` are the body's references with document
 * offsets; `number` is the unit's own number (null when unnumbered). Returns undefined for an
 * unnumbered unit that responds to nothing (a narrative paragraph, a defense). A numbered unit that
 * names no paragraph answers its own number (`implicit`), which the parser keeps only where the
 * answer follows the complaint's numbering.
 */
export function readResponse(body: string, bodyStart: number, refs: Reference[], number: number | null): Response | undefined {
  // A restated allegation is the complaint's text, not the response: only what follows "ANSWER:" answers.
  const answerAt = answerMarkerEnd(body);
  if (answerAt > 0) {
    body = body.slice(answerAt);
    bodyStart += answerAt;
    refs = refs.filter(r => r.span.start >= bodyStart);
  }
  const text = body;
  const lower = body.toLowerCase();
  const lowerText = text === body ? lower : text.toLowerCase();
  // "1-2. Admitted.": the label is the targets.
  const label = matchRangeLabel(body);
  if (label) {
    const targets = Array.from({ length: label.to - label.from + 1 }, (_, k) => label.from + k);
    const rest = body.slice(label.length);
    const incorporates = incorporatedRefs(body, bodyStart, refs, targets, lower).length > 0;
    return { targets, targetSpan: { start: bodyStart, end: bodyStart + label.length }, kind: classifyResponse(rest, incorporates), implicit: false };
  }
  const lead = targetLeadLength(body);
  const leadRef = lead >= 0 ? referenceAt(refs, bodyStart + lead - 12, bodyStart + lead + 2) : undefined;
  if (leadRef) {
    // A unit led by its target ("In answer to Paragraph 17, …") answers that paragraph.
    const targets = expand(leadRef.ranges);
    const others = refs.length === 1 ? NO_OTHERS : refs.filter(r => r !== leadRef);
    const incorporates = incorporatedRefs(body, bodyStart, others, targets, lower).length > 0;
    return { targets, targetSpan: leadRef.span, kind: classifyResponse(text, incorporates, lowerText), implicit: false };
  }
  const general = generalDenialIn(body, lower);
  const generalPart = general ? { general: true, generalSpan: { start: bodyStart + general.start, end: bodyStart + general.end } } : undefined;
  const self = number === null ? [] : [number];
  const incorporated = new Set(incorporatedRefs(body, bodyStart, refs, self, lower));
  const clauses = refs.length ? readClauses(body, bodyStart, refs, incorporated) : [];
  const absent = clauses.flatMap(c => c.absent ?? []);
  const targeted = clauses.filter(c => c.targets.length);
  if (targeted.length) {
    // "There does not appear to be a paragraph numbered 6 … To the extent there is, Defendant
    // denies": the unit answers what exists, and says 6 does not.
    const targets = [...new Set(targeted.flatMap(c => c.targets))].filter(t => !absent.includes(t));
    const kind = classifyResponse(text, false, lowerText);
    const response: Response = { targets, targetSpan: targeted[0].targetSpan, kind, implicit: false, ...generalPart };
    if (targeted.length > 1 && targeted.some(c => c.kind !== targeted[0].kind)) {
      response.clauses = targeted.map(({ targets: t, kind: k, span, targetSpan }) => ({ targets: t, kind: k, span, targetSpan }));
    }
    if (absent.length) response.absent = absent;
    return response;
  }
  const incorporates = incorporated.size > 0;
  const kind = classifyResponse(text, incorporates, lowerText);
  if (general) return { targets: [], kind: 'deny', implicit: false, ...generalPart, ...(absent.length ? { absent } : {}) };
  if (absent.length) return { targets: [], kind, implicit: false, absent };
  if (number === null) return undefined;
  return { targets: [number], kind, implicit: true };
}

interface Clause extends ResponseClause {
  absent?: number[];
}

/**
 * The clauses of a unit without a lead: each sentence that says something about the paragraphs
 * it names (RESPONDS) answers them; a sentence that says a paragraph does not exist names it as
 * absent; references cited ("described in Paragraph 20") or incorporated are not targets.
 */
function readClauses(body: string, bodyStart: number, refs: Reference[], incorporated: Set<Reference>): Clause[] {
  const out: Clause[] = [];
  const spans = sentences(body);
  let k = 0;
  for (const s of spans) {
    const inSentence: Reference[] = [];
    while (k < refs.length && refs[k].span.start - bodyStart < s.end) {
      if (refs[k].span.start - bodyStart >= s.start) inSentence.push(refs[k]);
      k++;
    }
    const named = inSentence.filter(r => r.ranges.length && !incorporated.has(r));
    if (!named.length) continue;
    const sentence = body.slice(s.start, s.end);
    const targets: number[] = [];
    const absent: number[] = [];
    let targetSpan: Span | undefined;
    for (const r of named) {
      const before = body.slice(Math.max(s.start, r.span.start - bodyStart - 120), r.span.start - bodyStart);
      if (CITED.test(before) || PRAYER_ITEMS.test(before)) continue;
      if (ABSENT.test(before)) {
        absent.push(...expand(r.ranges));
        continue;
      }
      if (!RESPONDS.test(sentence)) continue;
      targets.push(...expand(r.ranges));
      targetSpan ??= r.span;
    }
    if (!targets.length && !absent.length) continue;
    out.push({
      targets, kind: classifyResponse(sentence, false), span: { start: bodyStart + s.start, end: bodyStart + s.end }, targetSpan,
      ...(absent.length ? { absent } : {}),
    });
  }
  return out;
}

/** The numbers of some ranges, in order (a range is capped at 5,000 numbers). */
function expand(ranges: Reference['ranges']): number[] {
  // Most targets are one paragraph: a literal, not an array made to a size and filled.
  if (ranges.length === 1 && ranges[0].from === ranges[0].to) return [ranges[0].from];
  let count = 0;
  for (const r of ranges) count += Math.max(0, Math.min(r.to, r.from + 5000) - r.from + 1);
  const out: number[] = new Array(count);
  let k = 0;
  for (const r of ranges) {
    const hi = Math.min(r.to, r.from + 5000);
    for (let n = r.from; n <= hi; n++) out[k++] = n;
  }
  return out;
}

/**
 * Whether `snippet` (a sentence and what follows it) opens a response to paragraphs after
 * `answered`: its first paragraph reference names only later paragraphs, is not cited or
 * incorporated, and its sentence responds or says the paragraph does not exist.
 */
export function opensResponse(snippet: string, answered: number): boolean {
  const refs = new ReferenceScanner(snippet, true).referencesIn(0, snippet.length);
  const first = refs.find(r => r.ranges.length);
  if (!first || first.ranges.some(g => g.from <= answered)) return false;
  if (incorporatedRefs(snippet, 0, [first], []).length) return false;
  const s = sentences(snippet).find(x => x.start <= first.span.start && first.span.start < x.end);
  if (!s) return false;
  const before = snippet.slice(Math.max(s.start, first.span.start - 120), first.span.start);
  if (CITED.test(before)) return false;
  return ABSENT.test(before) || RESPONDS.test(snippet.slice(s.start, s.end));
}
