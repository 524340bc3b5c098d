/**
 * The phrases that decide whether an answer's response meets the allegations (FRCP 8(b)), shared
 * by the response-quality checks: where the response text is, its sentences, lack-of-knowledge
 * clauses, catch-all denials ("Except as so admitted, … denies"), fallback denials ("To the extent
 * a response is required, … denies"), and who is answering.
 *
 * Text is matched with its whitespace collapsed (`normalize`): page breaks, line wraps and
 * non-breaking spaces become one space, so the patterns can be written with plain spaces — simple
 * and linear — and a span found in the collapsed text maps back to the document.
 */
import { memo } from './analysis';
import { answeringParty } from './drafting/phrasing';
import { gated } from './gate';
import type { PositionMemo } from './memo';
import type { Paragraph, Pleading } from './model';
import { responseText } from './parse/responses';
import { firstAtOrAfter, type Span } from './text';
import { NO_BREAKS, normalize, offsetOf, spanIn, type Normalized } from './reading/normalize';
import { sentences, sentenceTexts } from './reading/sentences';

export { normalize, offsetOf, spanIn, sentences, sentenceTexts, type Normalized };

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

  /** A rule's verdict on this text, worked out once: `compute` must depend on the text alone. */
  once<T>(name: string, compute: () => T): T {
    // A literal, not Object.create(null): V8 keeps that in dictionary mode, as costly as a Map.
    const verdicts = (this.verdicts ??= {});
    if (Object.hasOwn(verdicts, name)) return verdicts[name] as T;
    const v = compute();
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

/** One check run's response parts, and the document's memo when it has one. */
interface Run {
  parts: Map<Paragraph, ResponsePart>;
  memo?: PositionMemo<ResponseFacts>;
}

const runs = new WeakMap<Pleading, Run>();

/** Starts a check run over a model: response parts are shared by its rules, and taken from `memo`. */
export function beginResponseParts(p: Pleading, memo?: PositionMemo<ResponseFacts>): void {
  memo?.begin(p.text);
  runs.set(p, { parts: new Map(), memo });
}

/**
 * Ends a check run: its response parts are dropped (kept for the model's lifetime they would cost
 * as much memory as the model), and the memo keeps only the facts this version used.
 */
export function releaseResponseParts(p: Pleading): void {
  const run = runs.get(p);
  if (run?.memo) {
    for (const part of run.parts.values()) part.facts.compact();
    run.memo.end();
  }
  runs.delete(p);
}

/** The response part of an answer paragraph (after "ANSWER:" when the allegation is restated), normalized. */
export function responsePart(p: Pleading, para: Paragraph): ResponsePart {
  let run = runs.get(p);
  if (!run) runs.set(p, (run = { parts: new Map() }));
  const hit = run.parts.get(para);
  if (hit) return hit;
  const raw = withoutArtifacts(p, para.bodySpan.start, para.bodySpan.end);
  const text = responseText(raw);
  const base = para.bodySpan.start + raw.length - text.length;
  const end = para.bodySpan.end;
  const kept = run.memo?.get(base, end, 0)?.value;
  // Kept facts whose text is the raw text itself take this version's slice of it: a slice holds its
  // whole document, and facts kept version after version would otherwise hold the first version's.
  kept?.rebase(text);
  const facts = kept ?? new ResponseFacts(normalize(text));
  run.memo?.set(base, end, 0, facts);
  const part = new ResponsePart(facts, base);
  run.parts.set(para, part);
  return part;
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

/** The answer units that respond to complaint paragraphs, wherever they stand (a general denial alone is not one). */
export const responseParagraphs = memo((p: Pleading): Paragraph[] => {
  if (p.kind !== 'answer') return [];
  return p.paragraphs.filter(x => x.region !== 'counterclaim' && x.response && (x.response.targets.length > 0 || !x.response.general));
});

/** "neither admits nor denies", "does not deny", "Admitted in part": words that look like a response but are not one. */
const NOT_A_RESPONSE = [
  /\bneither admits? nor den(?:y|ies)\b/gi,
  /\b(?:does|do) not (?:admit|deny)\b/gi,
  /\bnot (?:admitted|denied)\b/gi,
  /\b(?:admitted|denied) in part\b/gi,
];

/** Normalized text with non-responses blanked out (same length, so offsets still hold). */
export function withoutNonResponses(text: string, lower = text.toLowerCase()): string {
  // Every non-response contains "not", "neither" or "in part": most texts pass through untouched.
  if (!NON_RESPONSE_WORDS.test(text, lower)) return text;
  return NOT_A_RESPONSE.reduce((t, r) => t.replace(r, m => ' '.repeat(m.length)), text);
}

const NON_RESPONSE_WORDS = gated(/\b(?:not|neither|in part)\b/i, ['not', 'neither', 'in part']);

export const DENY = gated(/\bden(?:y|ies|ied)\b/i, ['den']);
export const ADMIT = gated(/\badmit(?:s|ted)?\b/i, ['admit']);

/**
 * The start of a statement that the party lacks knowledge: "lacks knowledge", "is without sufficient
 * information", "denies for lack of knowledge". Not "without information from Plaintiff, …".
 */
const LACK_PHRASE =
  /\b(?:lacks?|lacking|den(?:y|ies)|(?:is|are|being|remains?) without|(?:does|do) not (?:have|possess)|(?:has|have) (?:no|insufficient)|(?:for|due to|because of|based (?:up)?on|on the basis of) (?:a |its |their |his |her )?lack of) (?:any |sufficient |adequate |enough )?(?:knowledge|information)\b(?: (?:or|and|and\/or) (?:knowledge|information)\b)?/gi;
const LACK = gated(LACK_PHRASE, ['knowledge', 'information']);

/** Sentence marks (ResponseFacts.sentenceMarks): the sentence denies; it pleads lack of knowledge. */
export const DENIES = 1;
export const LACKS = 2;
const DENY_ALL = new RegExp(DENY.pattern.source, 'gi');
const LACK_ALL = new RegExp(LACK_PHRASE.source, 'gi');

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
  LACK_PHRASE.lastIndex = 0;
  for (let m = LACK_PHRASE.exec(n.text); m; m = LACK_PHRASE.exec(n.text)) {
    spans ??= n.sentences;
    while (k < spans.length && spans[k].end <= m.index) k++;
    const s = spans[k];
    if (s && s.start <= m.index && test(n.text.slice(s.start, s.end))) return { index: m.index, length: m[0].length };
  }
  return undefined;
}

const KNOWLEDGE_OR_INFORMATION = /\b(?:knowledge (?:or|and|and\/or) information|information (?:or|and|and\/or) knowledge)\b/i;
const FORM_A_BELIEF = /\bform a belief\b/i;

/** The FRCP 8(b)(5) form, in the (normalized) sentence of a lack-of-knowledge statement. */
export function isProperLackForm(sentence: string): boolean {
  return KNOWLEDGE_OR_INFORMATION.test(sentence) && FORM_A_BELIEF.test(sentence);
}

const EXCEPT = gated(/\b(?:(?:except|other than|save) (?:as|to the extent)|except (?:for )?(?:what|those|the foregoing|the above))\b/i, ['except', 'other than', 'save']);
const REMAINING = gated(new RegExp([
  /\b(?:remaining|remainder of the|balance of the|rest of the|all other|any other|other) (?:factual |such |specific )?(?:allegations?|averments?)\b/,
  /\bden(?:y|ies|ied) the (?:remainder|rest|balance)\b/,
  /\botherwise den(?:y|ies|ied)\b/,
  /\bin all other respects\b/,
].map(r => r.source).join('|'), 'i'), ['remain', 'balance', 'rest', 'other']);

/** A denial (or lack-of-knowledge denial) of the allegations as a whole: "denies each and every allegation set forth therein". */
const BLANKET_LEAD = gated(/\b(?:den(?:y|ies|ied)|lacks? (?:of )?knowledge|without (?:sufficient )?knowledge)\b/i, ['den', 'lack', 'without']);
const BLANKET_OBJECT = /\b(?:each and every|all|any|the|such) (?:of the |such |and all )?(?:allegations?|averments?)\b(?: (?:set forth|contained|made|stated|asserted))?/gi;
/** What may follow the object without narrowing it: "in Paragraph 5", "therein", then the end of a clause. */
const BLANKET_TAIL = /^(?: (?:in|of|within) (?:said |that |this |the )?(?:paragraphs?|¶¶?) ?\d{1,5}(?:(?:, ?| and | through | to | ?[-–] ?)\d{1,5}){0,20}| (?:therein|thereof|herein))?(?: of the (?:[A-Za-z-]{1,20} ){0,3}(?:Complaint|Petition))?(?: ?[.;,:)]| and\b| but\b| except\b| on that\b|$)/i;

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

const BARE_DENIAL = gated(/(?:^|[.;:] |\*\* ?)Denied ?(?:[.;]|$)/i, ['denied']);

/** Whether a (normalized) sentence is about the allegations as a whole, or what remains of them, rather than a particular fact. */
export function aboutTheAllegations(sentence: string, lower = sentence.toLowerCase()): boolean {
  return EXCEPT.test(sentence, lower) || REMAINING.test(sentence, lower) || isBlanket(sentence, lower);
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
  return BARE_DENIAL.test(r.answering, r.answeringLower) || r.someDenyingSentence(aboutTheAllegations);
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

const TO_THE_EXTENT = gated(/\bto the extent\b/i, ['to the extent']);

/** "To the extent a response is required, … denies": a fallback that turns a non-answer into a denial. */
export function hasFallbackDenial(r: ResponsePart): boolean {
  return r.facts.once('hasFallbackDenial', () => hasFallbackDenialOf(r.facts));
}

function hasFallbackDenialOf(r: ResponseFacts): boolean {
  if (TO_THE_EXTENT.may(r.answeringLower) && r.someDenyingSentence((s, l) => TO_THE_EXTENT.test(s, l))) return true;
  return coversTheRestOnce(r);
}

const GLOBAL_CATCH_ALL: [RegExp, RegExp][] = [
  [/\bexcept as (?:[a-z]+ )?(?:admitted|stated)\b/i, /\bden(?:y|ies)\b/i],
  [/\bnot (?:[a-z]+ )?admitted\b/i, /\b(?:is|are) (?:hereby )?denied\b/i],
  [/\bden(?:y|ies) (?:each and every|all|any) allegations?\b/i, /\bnot (?:[a-z]+ )?admitted\b/i],
];

/** A document-wide catch-all in the preamble: "Except as expressly admitted below, Coastal denies each and every allegation of the Complaint." */
export function hasGlobalCatchAll(p: Pleading): boolean {
  const pre = normalize(p.preamble?.text ?? '').text;
  return GLOBAL_CATCH_ALL.some(([first, then]) => inOneSentence(pre, first, then));
}

/** Whether some sentence of normalized `text` has `first` and, after it, `then` ("admits … was served"). */
export function inOneSentence(text: string, first: RegExp, then: RegExp): boolean {
  return sentenceTexts(text).some(sentence => {
    const m = first.exec(sentence);
    return !!m && then.test(sentence.slice(m.index + m[0].length));
  });
}

const WORD = new WeakMap<Pleading, string>();

/** How the document writes the word: "Paragraph 5" or "paragraph 5" (counted once per document). */
function paragraphWord(p: Pleading): string {
  let word = WORD.get(p);
  if (!word) {
    const lower = (p.text.match(/\bparagraphs? \d/g) ?? []).length;
    const upper = (p.text.match(/\bParagraphs? \d/g) ?? []).length;
    word = lower > upper ? 'paragraph' : 'Paragraph';
    WORD.set(p, word);
  }
  return word;
}

/** "Paragraph 19", "Paragraphs 7 and 8", in the document's capitalisation. */
export function paragraphPhrase(p: Pleading, targets: number[]): string {
  const word = paragraphWord(p);
  if (!targets.length) return '';
  if (targets.length === 1) return `${word} ${targets[0]}`;
  const contiguous = targets.every((t, i) => i === 0 || t === targets[i - 1] + 1);
  if (contiguous && targets.length > 2) return `${word}s ${targets[0]} through ${targets[targets.length - 1]}`;
  return `${word}s ${targets.slice(0, -1).join(', ')} and ${targets[targets.length - 1]}`;
}

/** Where new text is appended to a paragraph: after its last non-space character. */
export function endOfBody(p: Pleading, para: Paragraph): number {
  const body = p.text.slice(para.bodySpan.start, para.bodySpan.end);
  return para.bodySpan.start + body.trimEnd().length;
}

const CLOSED = /[.?!]["”’')\]]{0,3}[*_]{0,3}$/;

/** Whether a body ends a sentence, so appended text needs only a space. */
export function endsSentence(p: Pleading, para: Paragraph): boolean {
  return CLOSED.test(p.text.slice(para.bodySpan.start, endOfBody(p, para)));
}

/** "¶14", or "The response to Paragraph 19" for a headed response without a number of its own. */
export function responseLabel(p: Pleading, para: Paragraph): string {
  if (para.number !== null) return `¶${para.number}`;
  const targets = para.response?.targets ?? [];
  return targets.length ? `The response to ${paragraphPhrase(p, targets)}` : 'This response';
}

const PARTY = new WeakMap<Pleading, string>();

/** The answering party's short name (answeringParty), once per document. */
export function partyOf(p: Pleading): string {
  let party = PARTY.get(p);
  if (party === undefined) {
    party = answeringParty(p);
    PARTY.set(p, party);
  }
  return party;
}

function normName(s: string): string {
  return s.toLowerCase().replace(/^ ?\d{1,4}\. ?/, '').replace(/\b(?:defendants?|plaintiffs?)\b/g, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The names the answering party goes by — its short name, other terms defined for the same entity
 * ("[24]7" or "Defendant"), and, with the complaint, the complaint's terms for it — and "Defendant"
 * when the complaint has a single defendant.
 */
export function answeringNames(answer: Pleading, short: string, complaint?: Pleading): string[] {
  const names = new Set<string>([short]);
  const full = answer.definedTerms.find(t => t.term === short)?.fullName;
  const same = (fullName?: string) => !!full && !!fullName && normName(fullName) === normName(full);
  for (const t of answer.definedTerms) if (same(t.fullName)) names.add(t.term);
  if (complaint) {
    for (const t of complaint.definedTerms) if (t.term === short || same(t.fullName)) names.add(t.term);
    const defendants = complaint.caption.parties.filter(x => x.role === 'Defendant');
    if (defendants.length === 1 && !complaint.definedTerms.some(t => t.term === 'Defendants')) names.add('Defendant');
  }
  return [...names].filter(n => n && n !== 'Plaintiff' && n !== 'Plaintiffs' && n !== 'Defendants');
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

export function escapeRegExp(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}
