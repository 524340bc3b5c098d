/**
 * A response's reading, shared by the response-quality checks: its text with whitespace collapsed
 * (page breaks, line wraps and no-break spaces become one space, so patterns are written with
 * plain spaces and a span found maps back to the document), its sentences, what it says about
 * lacking knowledge, whether a catch-all or fallback denies what it does not admit. The words
 * come from core/phrases.ts.
 */
import type { Paragraph, Pleading } from '../model';
import { responseText } from '../parse/responses';
import {
  ADMIT, ADMITS_THAT, ADMITTED_AND_DENIED_IN_PART, AND_DENIES_THAT, BARE_DENIAL, BLANKET_LEAD, DENIES_THEM, BLANKET_OBJECT, BLANKET_TAIL, DENY, EXCEPT, IN_PART_SOURCE,
  LACK, NON_ANSWER_SOURCES, NON_ANSWER_WORDS, REMAINING, THEREFORE_DENIES, TO_THE_EXTENT,
} from '../phrases';
import { gated } from '../gate';
import type { PositionMemo } from '../memo';
import { firstAtOrAfter, type Span } from '../text';
import { NO_BREAKS, normalize, type Normalized } from './normalize';
import { sentences } from './sentences';

export { ADMIT, DENY };

/**
 * What several rules ask of one response's text — its lower-cased form, its non-responses
 * blanked out, its sentences, and the rules' own verdicts — each worked out once, when first
 * asked for. Nothing here depends on where the text stands, so with a memo the facts of an
 * unchanged response carry over to the next version of the document.
 */
export class ResponseFacts {
  private lowerText?: string;
  private answeringText?: string;
  private answeringLowerText?: string;
  private sentenceSpans?: Span[];
  private answeringSentenceSpans?: Span[];
  private marks?: Uint8Array;
  /** By rule-chosen name. A plain object: a Map per response costs three times the memory, and the memo keeps 10,000 of them. */
  private verdicts?: Record<string, unknown>;

  /** `normalized` with base 0. */
  constructor(public normalized: Normalized) {}

  /** Takes the same text from another version of the document, when the text is the raw text itself. */
  rebase(raw: string): void {
    // A literal of normalize's own shape: cheaper than a spread, on 10,000 responses a keystroke.
    if (this.normalized.at.length === 0) this.normalized = { text: raw, base: 0, at: NO_BREAKS, from: NO_BREAKS, rawLength: raw.length };
  }

  get text(): string {
    return this.normalized.text;
  }

  /** The text lower-cased, for gates. */
  get lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }

  /** The text with non-responses ("neither admits nor denies") blanked out, offsets unchanged. */
  get answering(): string {
    return (this.answeringText ??= withoutNonResponses(this.text, this.lower));
  }

  get answeringLower(): string {
    return (this.answeringLowerText ??= this.answering === this.text ? this.lower : this.answering.toLowerCase());
  }

  /** Sentence spans of the text. */
  get sentences(): Span[] {
    return (this.sentenceSpans ??= sentences(this.text));
  }

  /** Sentence spans of `answering` (the text's own when nothing was blanked). */
  get answeringSpans(): Span[] {
    const t = this.answering;
    return (this.answeringSentenceSpans ??= t === this.text ? this.sentences : sentences(t));
  }

  /**
   * Per sentence of `answering`: DENIES when it denies, LACKS when it pleads lack of knowledge.
   * Found by one scan of the whole text for each, not by testing every sentence.
   */
  get sentenceMarks(): Uint8Array {
    return (this.marks ??= markSentences(this.answering, this.answeringLower, this.answeringSpans));
  }

  /**
   * Whether `test` holds for some sentence of `answering` that denies or pleads lack of knowledge,
   * given the sentence and its lower-cased form (a slice, when lower-casing kept the offsets, as it
   * does but for a few letters such as "İ").
   */
  someDenyingSentence(test: (sentence: string, lower: string) => boolean): boolean {
    const marks = this.sentenceMarks;
    const t = this.answering;
    const l = this.answeringLower;
    for (let k = 0; k < marks.length; k++) {
      if (!marks[k]) continue;
      const { start, end } = this.answeringSpans[k];
      const sentence = t.slice(start, end);
      if (test(sentence, l.length === t.length ? l.slice(start, end) : sentence.toLowerCase())) return true;
    }
    return false;
  }

  /**
   * Drops the derived texts, keeping the verdicts: what a memo keeps between versions is what
   * the rules concluded, not the working (which is made again if a rule asks for it).
   */
  compact(): void {
    this.lowerText = this.answeringText = this.answeringLowerText = undefined;
    this.sentenceSpans = undefined;
    this.answeringSentenceSpans = undefined;
    this.marks = undefined;
  }

  /** A rule's verdict on this text, worked out once: `compute` (given `arg`) must depend on the text alone. */
  once<T, A = undefined>(name: string, compute: (arg: A) => T, arg?: A): T {
    // A literal, not Object.create(null): V8 keeps that in dictionary mode, as costly as a Map.
    const verdicts = (this.verdicts ??= {});
    if (Object.hasOwn(verdicts, name)) return verdicts[name] as T;
    const v = compute(arg as A);
    verdicts[name] = v;
    return v;
  }
}

/** A response where it stands in one version of the document: its facts, at a document offset. */
export class ResponsePart implements Normalized {
  constructor(readonly facts: ResponseFacts, readonly base: number) {}

  get text(): string {
    return this.facts.normalized.text;
  }
  get at(): readonly number[] {
    return this.facts.normalized.at;
  }
  get from(): readonly number[] {
    return this.facts.normalized.from;
  }
  get rawLength(): number {
    return this.facts.normalized.rawLength;
  }
  get lower(): string {
    return this.facts.lower;
  }
  get answering(): string {
    return this.facts.answering;
  }
  get answeringLower(): string {
    return this.facts.answeringLower;
  }
  get sentences(): Span[] {
    return this.facts.sentences;
  }
}

/**
 * The reading of an answer unit (after "ANSWER:" when the allegation is restated), its page
 * artifacts blanked. `memo` lends the facts of the same text from the last version checked.
 */
export function readUnit(p: Pleading, para: Paragraph, memo?: PositionMemo<ResponseFacts>): ResponsePart {
  const raw = withoutArtifacts(p, para.bodySpan.start, para.bodySpan.end);
  const text = responseText(raw);
  const base = para.bodySpan.start + raw.length - text.length;
  const end = para.bodySpan.end;
  const kept = memo?.get(base, end, 0)?.value;
  // Kept facts whose text is the raw text itself take this version's slice of it: a slice holds its
  // whole document, and facts kept version after version would otherwise hold the first version's.
  kept?.rebase(text);
  const facts = kept ?? new ResponseFacts(normalize(text));
  memo?.set(base, end, 0, facts);
  return new ResponsePart(facts, base);
}

/**
 * The document's text in [start, end) with page artifacts inside it — page numbers, "Page 3 of 17",
 * HTML comments — blanked (same length, so offsets still hold), as the paragraph's body leaves
 * them out: a rule must not read a response into a comment or a page footer.
 */
function withoutArtifacts(p: Pleading, start: number, end: number): string {
  const artifacts = p.artifacts;
  const lo = firstAtOrAfter(artifacts, start, a => a.start);
  if (lo === artifacts.length || artifacts[lo].start >= end) return p.text.slice(start, end);
  let out = '';
  let from = start;
  for (let k = lo; k < artifacts.length && artifacts[k].start < end; k++) {
    const a = artifacts[k];
    out += p.text.slice(from, a.start) + ' '.repeat(Math.min(a.end, end) - a.start);
    from = Math.min(a.end, end);
  }
  return out + p.text.slice(from, end);
}

/** Words that look like a response but are not one, and "Admitted in part" (a partial response's marker). */
const NOT_A_RESPONSE = [...NON_ANSWER_SOURCES, IN_PART_SOURCE].map(s => new RegExp(s, 'gi'));
const NON_RESPONSE_WORDS = gated(new RegExp([...NON_ANSWER_SOURCES, IN_PART_SOURCE].join('|'), 'i'), [...NON_ANSWER_WORDS, 'in part']);

/** Normalized text with non-responses blanked out (same length, so offsets still hold). */
export function withoutNonResponses(text: string, lower = text.toLowerCase()): string {
  // Every non-response contains one of a few words: most texts pass through untouched.
  if (!NON_RESPONSE_WORDS.test(text, lower)) return text;
  return NOT_A_RESPONSE.reduce((t, r) => t.replace(r, m => ' '.repeat(m.length)), text);
}

/** Sentence marks (ResponseFacts.sentenceMarks): the sentence denies; it pleads lack of knowledge. */
export const DENIES = 1;
export const LACKS = 2;
const DENY_ALL = new RegExp(DENY.pattern.source, 'gi');
const LACK_ALL = new RegExp(LACK.pattern.source, 'gi');

/** Marks each sentence (`spans` of `text`) that denies or pleads lack of knowledge. */
function markSentences(text: string, lower: string, spans: Span[]): Uint8Array {
  const marks = new Uint8Array(spans.length);
  if (DENY.may(lower)) markMatches(DENY_ALL, text, spans, marks, DENIES);
  if (LACK.may(lower)) markMatches(LACK_ALL, text, spans, marks, LACKS);
  return marks;
}

/**
 * Marks the sentences in which `all` matches. Neither pattern can match across a sentence end
 * (their matches are words and spaces), so a match in the whole text lies in one sentence; after
 * one, the scan goes on from the next sentence.
 */
function markMatches(all: RegExp, text: string, spans: Span[], marks: Uint8Array, mark: number): void {
  let k = 0;
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    while (k < spans.length && spans[k].end <= m.index) k++;
    if (k === spans.length) return;
    if (m.index < spans[k].start) continue;
    marks[k] |= mark;
    all.lastIndex = Math.max(all.lastIndex, spans[k].end);
  }
}

/** Whether normalized text says anything about lacking knowledge or information. */
export function hasLack(text: string, lower?: string): boolean {
  return LACK.test(text, lower);
}

/**
 * The first statement of lack of knowledge in a response whose sentence passes `test`, by index
 * and length in the response's text (offsets, not a slice: the memo keeps such verdicts).
 */
export function firstLack(n: ResponsePart, test: (sentence: string) => boolean): { index: number; length: number } | undefined {
  let spans: Span[] | undefined;
  let k = 0;
  const all = LACK.pattern;
  all.lastIndex = 0;
  for (let m = all.exec(n.text); m; m = all.exec(n.text)) {
    spans ??= n.sentences;
    while (k < spans.length && spans[k].end <= m.index) k++;
    const s = spans[k];
    if (s && s.start <= m.index && test(n.text.slice(s.start, s.end))) return { index: m.index, length: m[0].length };
  }
  return undefined;
}


/** "denies … the allegations therein", with nothing narrowing the object ("the allegation that …", "to the extent …"). */
function isBlanket(sentence: string, lower: string): boolean {
  if (!lower.includes('allegation') && !lower.includes('averment')) return false;
  const lead = BLANKET_LEAD.exec(sentence, lower);
  if (!lead) return false;
  BLANKET_OBJECT.lastIndex = lead.index + lead[0].length;
  for (let m = BLANKET_OBJECT.exec(sentence); m; m = BLANKET_OBJECT.exec(sentence)) {
    if (BLANKET_TAIL.test(sentence.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Whether a (normalized) sentence is about the allegations as a whole, or what remains of them, rather than a particular fact. */
export function aboutTheAllegations(sentence: string, lower = sentence.toLowerCase()): boolean {
  return EXCEPT.test(sentence, lower) || REMAINING.test(sentence, lower) || isBlanket(sentence, lower) || THEREFORE_DENIES.test(sentence, lower);
}

/**
 * Whether the response denies (or pleads lack of knowledge of) whatever it does not admit: a
 * catch-all ("Except as so admitted, … denies", "denies the remaining allegations", "otherwise
 * denies") or a denial of the allegations as a whole ("denies each and every allegation therein").
 */
export function coversTheRest(r: ResponsePart): boolean {
  return coversTheRestOnce(r.facts);
}

function coversTheRestOnce(r: ResponseFacts): boolean {
  return r.once('coversTheRest', () => coversTheRestOf(r));
}

function coversTheRestOf(r: ResponseFacts): boolean {
  return catchAllOnce(r) || splitsTheParagraph(r);
}

/** The rest denied by a catch-all or a denial of the whole, not by specifics. */
function catchAllOnce(r: ResponseFacts): boolean {
  return r.once('catchAll', () => BARE_DENIAL.test(r.answering, r.answeringLower) || SPECIFIC_DENIAL.test(r.answering, r.answeringLower)
    || ADMITTED_AND_DENIED_IN_PART.test(r.text, r.lower) || r.someDenyingSentence(aboutTheAllegations) || deniesWhatWentBefore(r));
}

/**
 * Whether the response covers the rest only by splitting the paragraph in one sentence ("admits that
 * X, and denies that Y"): a specific denial, the house style partial-response makes allowance for.
 */
export function coversBySpecifics(r: ResponsePart): boolean {
  return coversTheRestOnce(r.facts) && !catchAllOnce(r.facts);
}

/** "Kilnworks admits that X, and denies that Y": the admission and a specific denial in one sentence. */
function splitsTheParagraph(r: ResponseFacts): boolean {
  if (!ADMITS_THAT.may(r.answeringLower) || !AND_DENIES_THAT.may(r.answeringLower)) return false;
  const t = r.answering;
  for (const s of r.answeringSpans) {
    const sentence = t.slice(s.start, s.end);
    const admits = ADMITS_THAT.exec(sentence);
    if (admits && AND_DENIES_THAT.test(sentence.slice(admits.index + admits[0].length))) return true;
  }
  return false;
}

/**
 * A denial of "them" after a sentence about what remains of the allegations: "The remaining
 * allegations of Paragraph 3 state legal conclusions to which no answer is required; to the extent an
 * answer is required, Lakeshore denies them."
 */
function deniesWhatWentBefore(r: ResponseFacts): boolean {
  if (!DENIES_THEM.may(r.answeringLower)) return false;
  const marks = r.sentenceMarks;
  const spans = r.answeringSpans;
  const t = r.answering;
  for (let k = 1; k < marks.length; k++) {
    if (!marks[k] || !DENIES_THEM.test(t.slice(spans[k].start, spans[k].end))) continue;
    if (aboutTheAllegations(t.slice(spans[k - 1].start, spans[k - 1].end))) return true;
  }
  return false;
}

/**
 * The short form's pair, "Admitted that X. Denied that Y." / "It is admitted that X. It is denied that
 * Y.": the passive split is how Florida, New Jersey and Pennsylvania answers specify the part admitted
 * and deny the rest (FRCP 8(b)(4)). An active "Coastal denies that Y." after an admission stays
 * partial: it is the usual sign of a catch-all forgotten.
 */
const SPECIFIC_DENIAL = gated(/(?:^|[.;,] )(?:it is (?:specifically |expressly )?)?denied that\b/i, ['denied that']);

/**
 * Whether a sentence after the one at `index` denies or pleads lack of knowledge: "… no response is
 * required. DWP expressly denies all wrongful conduct alleged." (a fallback without the words "to
 * the extent").
 */
export function deniesAfter(r: ResponsePart, index: number): boolean {
  const marks = r.facts.sentenceMarks;
  const spans = r.facts.answeringSpans;
  for (let k = 0; k < spans.length; k++) if (spans[k].start > index && marks[k]) return true;
  return false;
}

/** A sentence that denies outright, not for lack of knowledge. */
export function deniesOutright(r: ResponsePart): boolean {
  return r.facts.once('deniesOutright', () => deniesOutrightOf(r.facts));
}

function deniesOutrightOf(r: ResponseFacts): boolean {
  if (BARE_DENIAL.test(r.answering, r.answeringLower)) return true;
  if (!DENY.may(r.answeringLower)) return false;
  return r.sentenceMarks.some(m => m === DENIES);
}

/** "To the extent a response is required, … denies": a fallback that turns a non-answer into a denial. */
export function hasFallbackDenial(r: ResponsePart): boolean {
  return r.facts.once('hasFallbackDenial', () => hasFallbackDenialOf(r.facts));
}

function hasFallbackDenialOf(r: ResponseFacts): boolean {
  if (TO_THE_EXTENT.may(r.answeringLower) && r.someDenyingSentence((s, l) => TO_THE_EXTENT.test(s, l))) return true;
  return coversTheRestOnce(r);
}

