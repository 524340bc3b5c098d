/**
 * Paragraph references: "paragraphs 1-55", "¶¶ 1–55", "Paragraphs 5, 7 and 9", "1 through 55,
 * inclusive", "the preceding 23 paragraphs". A hand-written scanner after each keyword keeps this
 * linear and lets us stop exactly where the reference ends.
 */
import type { Reference } from '../model';
import { isWhitespaceCode } from '../text';
import { parseWordNumber, WORD_NUMBER_PATTERN } from '../numerals';
import { alternation, NUMBER_MARKERS, PARAGRAPH_SIGNS, PARAGRAPH_WORDS, PLEADING_NAMES } from '../phrases';

/**
 * The paragraph word, with "No."/"Nos."/"numbered" after it ("Paragraph No. 40", "paragraph
 * numbered 2"); also glued to a short word before it, as extraction leaves it ("inParagraph 10",
 * "1nparagraphs 3 and 4").
 */
const KEYWORD = new RegExp(
  `(?:${alternation(PARAGRAPH_WORDS)})(?:\\s+(?:${alternation(NUMBER_MARKERS)}):?)?(?=[\\s\\u00a0])|${alternation(PARAGRAPH_SIGNS)}`, 'gi');

/**
 * Whether the keyword at `i` starts a word (the pattern leaves this out: a leading boundary or
 * look-behind makes the scan over a whole document several times slower). A short word glued
 * before it by extraction ("inParagraph", "1nparagraphs", "ofparagraph") still counts.
 */
function startsWord(text: string, i: number): boolean {
  if (i === 0 || !isLetterCode(text.charCodeAt(i - 1))) return true;
  if (i < 2) return false;
  const glued = text.slice(i - 2, i).toLowerCase();
  return (glued === 'in' || glued === '1n' || glued === 'of' || glued === 'to') && (i === 2 || !isWordChar(text.charCodeAt(i - 3)));
}
const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
const GATE = /preceding|foregoing|previous|prior|above/gi;
const GATE_WORD = new RegExp(GATE.source, 'i');
/** How far ahead of a range its gate-word test looks: a few pages. */
const GATE_WINDOW = 65536;
/**
 * What "the preceding …" may name: paragraphs, or in an answer its own responses to them ("re-adopts
 * and reaffirms each of its responses above", "repeats its foregoing answers").
 */
const PRECEDING_NOUNS = '(?:paragraphs|allegations|averments|responses|answers)';
const PRECEDING = new RegExp(
  `\\b(?:(?:each(?:\\s+and\\s+every)?(?:\\s+one)?|all)\\s+of\\s+(?:the|its|their|his|her)|the|its|their|his|her|all|each|every)\\s+(?:(preceding|foregoing|previous|prior|above)\\s+(?:(\\d{1,4}|${WORD_NUMBER_PATTERN})\\s+)?(?:numbered\\s+)?${PRECEDING_NOUNS}|${PRECEDING_NOUNS}\\s+(?:above|set\\s+forth\\s+above|preceding))\\b`,
  'gi');

/**
 * A complaint named after a number list without a paragraph word, where OCR lost the "¶": "the
 * allegations of (f@ 1 and 2 of the Plaintiff's Complaint", "{@ 9 of Plaintiff's Complaint". Found
 * by the name, then read back to the list (ANCHOR_TAIL); answers only.
 */
const COMPLAINT_WORD = new RegExp(PLEADING_NAMES.join('|'), 'gi');
const ANCHOR_TAIL = /(?:^|[^A-Za-z])(?:of|in)\s+(?:the\s+|plaintiffs?['’]?s?\s+|defendants?['’]?s?\s+|its\s+){0,2}((?:(?:first|second|third|fourth|amended|verified|unverified|supplemental|original)\s+){0,3})$/i;
/** Words before a number that make it something other than a paragraph ("Count 2 of the Complaint"). */
const NOT_PARAGRAPH = /(?:count|counts|exhibit|exhibits|section|sections|rule|rules|article|page|pages|chapter|title|no|nos|number|line|lines|§|\$)\W{0,2}$/i;

/** Patterns built at load time, for the ReDoS test. */
export const BUILT_PATTERNS: readonly RegExp[] = [PRECEDING, KEYWORD, ANCHOR_TAIL];

/**
 * Words after a number that keep it in the same document (else a capitalised word, "paragraph 5 of
 * the Agreement", names another): the pleading itself, or one of its counts ("paragraphs 1 through
 * 9 of Count I", "of the First Cause of Action").
 */
const OWN_DOCUMENT = /^(?:complaint|amended|verified|supplemental|first|second|third|fourth|fifth|answer|petition|counterclaims?|this|reply|crossclaims?|plaintiffs?|defendants?|petitioners?|counts?|causes?)\b/i;

/** The token readToken last read: module-level scratch, so scanning allocates nothing. */
type TokenKind = 'num' | 'range' | 'list' | 'other';
let tokStart = 0;
let tokEnd = 0;
let tokValue = 0;
/** Where scanning resumes: past a closing quote around a number ("1"), else tokEnd. */
let tokNext = 0;
/** Where the text being read ends: nothing at or past it is seen (a paragraph's body end). */
let tokLimit = 0;

/** The code at `p`, or NaN at or past the limit. */
const at = (text: string, p: number) => (p < tokLimit ? text.charCodeAt(p) : NaN);

function token(kind: TokenKind, start: number, end: number, value = 0, next = end): TokenKind {
  tokStart = start;
  tokEnd = end;
  tokValue = value;
  tokNext = next;
  return kind;
}

const RANGE_WORDS = ['through', 'thru', 'to'];
const LIST_WORDS = ['and', 'or'];
const isSpace = (c: number) => c === 32 || c === 160 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c);

/** Whether `word` (lower case) stands at `p`, followed by a word boundary (or a digit, glued on by extraction: "and9"). */
function wordAt(text: string, p: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((at(text, p + k) | 32) !== word.charCodeAt(k)) return false;
  const next = at(text, p + word.length);
  return !isWordChar(next) || isDigit(next);
}

/** Reads one token at `i`, skipping leading whitespace, into the scratch variables; returns its kind. */
function readToken(text: string, i: number, first = false): TokenKind {
  let p = i;
  while (p < tokLimit && isSpace(text.charCodeAt(p))) p++;
  let c = at(text, p);
  // New York quotes paragraph numbers: paragraphs "4", "5" and "6".
  const quoted = (c === 34 || c === 0x201c) && isDigit(at(text, p + 1));
  if (quoted) c = at(text, ++p);
  // OCR reads "1" as "|" ("paragraph |", "Paragraphs | and 2"), and first after the keyword as "l" or "I".
  if ((c === 124 || ((c === 108 || c === 73) && first)) && !isWordChar(at(text, p + 1))) return token('num', p, p + 1, 1);
  if (isDigit(c)) {
    let e = p;
    while (e < tokLimit && e - p < 6 && isDigit(text.charCodeAt(e))) e++;
    // Not a paragraph number: too long, or part of an amount or decimal ("1,000", "2.5").
    const next = at(text, e);
    // "1,000" has three digits after the comma; "7,8, and9" is a list that lost its spaces.
    const thousands = next === 44 && isDigit(at(text, e + 1)) && isDigit(at(text, e + 2)) && isDigit(at(text, e + 3)) && !isDigit(at(text, e + 4));
    if (e - p > 5 || thousands || (next === 46 && isDigit(at(text, e + 1)))) return token('other', p, p);
    let value = 0;
    for (let k = p; k < e; k++) value = value * 10 + text.charCodeAt(k) - 48;
    if (quoted) {
      const close = at(text, e);
      if (close !== 34 && close !== 0x201d) return token('other', p, p);
      return token('num', p, e, value, e + 1);
    }
    return token('num', p, e, value);
  }
  if (c === 45 || c === 0x2013 || c === 0x2014) return token('range', p, p + 1);
  for (const w of RANGE_WORDS) if (wordAt(text, p, w)) return token('range', p, p + w.length);
  if (c === 44) {
    let q = p + 1;
    while (q < tokLimit && isSpace(text.charCodeAt(q))) q++;
    for (const w of LIST_WORDS) if (wordAt(text, q, w)) return token('list', p, q + w.length);
    return token('list', p, p + 1);
  }
  if (c === 38) return token('list', p, p + 1);
  for (const w of LIST_WORDS) if (wordAt(text, p, w)) return token('list', p, p + w.length);
  return token('other', p, p);
}

/** Where the list readNumberList last read ends (scratch, as the token's: no object per list). */
let listEnd = 0;

/** Parses a number list starting at `i`; returns the ranges, and sets listEnd to where the list ends. */
function readNumberList(text: string, i: number): Reference['ranges'] | undefined {
  if (readToken(text, i, true) !== 'num') return undefined;
  let cur = { from: tokValue, to: tokValue, span: { start: tokStart, end: tokEnd } };
  // Most references are one number or range: a literal keeps the array at its exact size.
  const ranges: Reference['ranges'] = [cur];
  let end = tokNext;
  for (let guard = 0; guard < 200; guard++) {
    const kind = readToken(text, end);
    if (kind !== 'range' && kind !== 'list') break;
    if (readToken(text, tokNext) !== 'num') break;
    if (kind === 'range') {
      cur.to = tokValue;
      cur.span.end = tokEnd;
    } else {
      cur = { from: tokValue, to: tokValue, span: { start: tokStart, end: tokEnd } };
      ranges.push(cur);
    }
    end = tokNext;
  }
  // ", inclusive": peek at the word's first letter before slicing.
  let p = end;
  if (at(text, p) === 44) p++;
  while (p < tokLimit && isWhitespaceCode(text.charCodeAt(p))) p++;
  if ((at(text, p) | 32) === 105) {
    const inclusive = /^,?\s*inclusive\b/i.exec(text.slice(end, Math.min(end + 14, tokLimit)));
    if (inclusive) end += inclusive[0].length;
  }
  listEnd = Math.min(end, tokLimit);
  return ranges;
}

/** Whether the list ending at `end` is followed by "of its Answer" / "of this Answer": the answer's own paragraphs. */
function namesAnswer(text: string, end: number): boolean {
  if (!ofOrInAt(text, end)) return false;
  return /^[\s,]*(?:of|in)\s+(?:its|this|the|[A-Z][\w.]*['’]?s?)\s+(?:(?:amended|first|second)\s+)?answer\b/i.test(text.slice(end, Math.min(end + 50, tokLimit)));
}

/** Whether the next word after `end` (past spaces and commas) may be "of" or "in": a look before any pattern. */
function ofOrInAt(text: string, end: number): boolean {
  let p = end;
  while (p < tokLimit && (isWhitespaceCode(text.charCodeAt(p)) || text.charCodeAt(p) === 44)) p++;
  const c = at(text, p) | 32;
  return c === 111 || c === 105;
}

function refersElsewhere(text: string, end: number): boolean {
  // Only "of …" or "in …" can name another document.
  if (!ofOrInAt(text, end)) return false;
  const m = /^[\s,]*(?:of|in)\s+(?:the\s+|its\s+|that\s+|said\s+|[A-Z][\w.]*['’]s?\s+)?([A-Za-z][\w-]*)/.exec(text.slice(end, Math.min(end + 60, tokLimit)));
  if (!m) return false;
  const word = m[1];
  if (OWN_DOCUMENT.test(word)) return false;
  // A capitalised noun after "of the" names another document: the Agreement, Exhibit A, the MSA.
  return /^[A-Z]/.test(word);
}

/**
 * The matches of a global pattern over one text, asked for at increasing positions. A match found
 * beyond the range being read is kept for a later one, so reading many ranges is one pass.
 */
class ForwardScan {
  /** The first match at or after `scannedFrom` (null: none), or undefined before the first scan. */
  private pending: RegExpExecArray | null | undefined;
  private scannedFrom = 0;

  constructor(private readonly pattern: RegExp, private readonly text: string) {}

  /** Whether `next(from)` must scan the text again: its last scan found nothing it can reuse. */
  stale(from: number): boolean {
    const p = this.pending;
    return p === undefined || this.scannedFrom > from || (p !== null && p.index < from);
  }

  /** The first match at or after `from`. */
  next(from: number): RegExpExecArray | null {
    if (!this.stale(from)) return this.pending as RegExpExecArray | null;
    this.pattern.lastIndex = from;
    this.pending = this.pattern.exec(this.text);
    this.scannedFrom = from;
    return this.pending;
  }
}

/**
 * Finds paragraph references in ranges of one text, asked for in increasing order (each
 * paragraph's body in turn). Nothing outside a range is read, so a body's references depend on
 * its text alone; and the keyword scans resume where they stopped, so reading every body of a
 * document is one pass over it, however many ranges are skipped.
 */
export class ReferenceScanner {
  private readonly keywords: ForwardScan;
  private readonly gates: ForwardScan;
  private readonly names: ForwardScan | undefined;
  /** The text up to here holds no gate word, from where it was last looked at. */
  private gateFreeTo = 0;

  /** `anchored`: also read number lists named by the complaint after them, without a paragraph word (answers). */
  constructor(private readonly text: string, anchored = false) {
    this.keywords = new ForwardScan(KEYWORD, text);
    this.gates = new ForwardScan(GATE, text);
    if (anchored) this.names = new ForwardScan(COMPLAINT_WORD, text);
  }

  /** The references wholly inside [from, to), in order, with offsets into the text. */
  referencesIn(from: number, to: number): Reference[] {
    const text = this.text;
    tokLimit = Math.min(to, text.length);
    let refs: Reference[] | undefined;
    // Number lists after a keyword.
    for (let m = this.keywords.next(from); m && m.index < to;) {
      let resume = m.index + m[0].length;
      if (m[0].charCodeAt(0) !== 0xb6 && !startsWord(text, m.index)) {
        m = this.keywords.next(resume);
        continue;
      }
      const ranges = readNumberList(text, resume);
      if (ranges) {
        const end = listEnd;
        resume = end;
        if (!refersElsewhere(text, end)) {
          const ref: Reference = { span: { start: m.index, end }, ranges };
          if (namesAnswer(text, end)) ref.ofAnswer = true;
          (refs ??= []).push(ref);
        }
      }
      m = this.keywords.next(resume);
    }
    // "{@ 9 of Plaintiff's Complaint": a list read back from the complaint's name.
    if (this.names) {
      const before = refs?.length ?? 0;
      for (let m = this.names.next(from); m && m.index < to; m = this.names.next(m.index + m[0].length)) {
        const ref = anchoredList(text, from, m.index);
        if (ref && !refs?.some(r => r.span.start <= ref.span.start && ref.span.start < r.span.end)) (refs ??= []).push(ref);
      }
      if (refs && refs.length > before && before > 0) refs.sort((a, b) => a.span.start - b.span.start);
    }
    // "the preceding 23 paragraphs": the long pattern runs only near one of its words, and only
    // over this range's own text.
    let body: string | undefined;
    let preceding = 0;
    // Where the last match ended (body offsets): a later gate word must not find it again.
    let done = 0;
    // A new scan for gate words runs on to the next one, which may lie far past this range (when
    // the ranges after it were kept from the last version, nothing else reads them): see first
    // whether the range has one at all, in a window of the text ahead of it (a text without any
    // gate word is then read once, not once per range).
    let gated = !this.gates.stale(from);
    if (!gated && to > this.gateFreeTo) {
      const window = Math.min(text.length, Math.max(to, from + GATE_WINDOW));
      gated = GATE_WORD.test(text.slice(from, window));
      if (!gated) this.gateFreeTo = window;
    }
    for (let g = gated ? this.gates.next(from) : null; g && g.index < to;) {
      body ??= text.slice(from, to);
      PRECEDING.lastIndex = Math.max(done, g.index - 40 - from);
      const m = PRECEDING.exec(body);
      if (!m) break;
      const countText = m[2];
      const count = countText === undefined ? undefined : /^\d/.test(countText) ? Number(countText) : parseWordNumber(countText);
      (refs ??= []).push({ span: { start: from + m.index, end: from + m.index + m[0].length }, ranges: [], preceding: { count } });
      preceding++;
      done = m.index + m[0].length;
      // On past the match and past this gate word ("the preceding paragraphs above": the match
      // can end before a later gate word, or start after this one).
      g = this.gates.next(Math.max(from + done, g.index + g[0].length));
    }
    if (!refs) return NO_REFERENCES;
    if (preceding > 0 && refs.length > 1) refs.sort((a, b) => a.span.start - b.span.start);
    return refs;
  }
}

/**
 * The number list just before "of the Complaint" ending at `name` (where the complaint's name
 * starts), read backwards: "1 and 2", "4, 5, 6, 7 and 8", "9". Not a year, and not after a word that
 * makes the number something else ("Count 2", "page 5").
 */
function anchoredList(text: string, from: number, name: number): Reference | undefined {
  const tail = ANCHOR_TAIL.exec(text.slice(Math.max(from, name - 80), name));
  if (!tail || /original/i.test(tail[1])) return undefined;
  // Where "of"/"in" starts.
  const of = name - tail[0].length + tail[0].search(/[A-Za-z]/);
  const items: { value: number; start: number; end: number; range: boolean }[] = [];
  let p = of;
  let range = false;
  for (let guard = 0; guard < 40; guard++) {
    while (p > from && isSpace(text.charCodeAt(p - 1))) p--;
    const e = p;
    while (p > from && isDigit(text.charCodeAt(p - 1)) && e - p < 5) p--;
    // Not a number, or one glued to a word ("F2d"): the list ends at the last one read.
    if (p === e || (p > from && isWordChar(text.charCodeAt(p - 1)))) break;
    let value = 0;
    for (let k = p; k < e; k++) value = value * 10 + text.charCodeAt(k) - 48;
    items.push({ value, start: p, end: e, range });
    // A separator before it: a comma, "&", "and", "or", a dash, "through", "to".
    let q = p;
    while (q > from && isSpace(text.charCodeAt(q - 1))) q--;
    const c = text.charCodeAt(q - 1);
    range = false;
    if (c === 44 || c === 38) q--;
    else if (c === 45 || c === 0x2013 || c === 0x2014) {
      q--;
      range = true;
    } else {
      const word = /(?:^|[^A-Za-z])(and|or|through|thru|to)$/i.exec(text.slice(Math.max(from, q - 8), q));
      if (!word) break;
      q -= word[1].length;
      range = !/^(?:and|or)$/i.test(word[1]);
    }
    // "7, 8, and 9": a comma before "and".
    while (q > from && isSpace(text.charCodeAt(q - 1))) q--;
    if (text.charCodeAt(q - 1) === 44) q--;
    let r = q;
    while (r > from && isSpace(text.charCodeAt(r - 1))) r--;
    // No number before the separator: the list starts at the last number read.
    if (r === from || !isDigit(text.charCodeAt(r - 1))) break;
    p = q;
  }
  if (!items.length) return undefined;
  const start = items[items.length - 1].start;
  if (NOT_PARAGRAPH.test(text.slice(Math.max(from, start - 12), start))) return undefined;
  if (items.length === 1 && items[0].value >= 1900 && items[0].value <= 2100) return undefined;
  // Forwards, joining "4 through 8" into one range.
  const ranges: Reference['ranges'] = [];
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k];
    const prev = ranges[ranges.length - 1];
    if (prev && items[k + 1]?.range) {
      prev.to = it.value;
      prev.span.end = it.end;
    } else ranges.push({ from: it.value, to: it.value, span: { start: it.start, end: it.end } });
  }
  return { span: { start, end: items[0].end }, ranges };
}

/** Shared by every range without references; frozen so no one can add to it. */
export const NO_REFERENCES = Object.freeze([]) as unknown as Reference[];
