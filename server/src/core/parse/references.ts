/**
 * Paragraph references: "paragraphs 1-55", "¶¶ 1–55", "Paragraphs 5, 7 and 9", "1 through 55,
 * inclusive", "the preceding 23 paragraphs". A hand-written scanner after each keyword keeps this
 * linear and lets us stop exactly where the reference ends.
 */
import type { Reference } from '../model';
import { parseWordNumber, WORD_NUMBER_PATTERN } from '../numerals';

const KEYWORD = /\b(?:paragraphs?|paras?\.|pars?\.)(?=[\s\u00a0])|¶¶?/gi;
const GATE = /preceding|foregoing|previous|prior|above/gi;
const PRECEDING = new RegExp(
  `\\b(?:the|all|each(?:\\s+and\\s+every)?(?:\\s+one)?\\s+of\\s+the|each|every|all\\s+of\\s+the)\\s+(?:(preceding|foregoing|previous|prior|above)\\s+(?:(\\d{1,4}|${WORD_NUMBER_PATTERN})\\s+)?(?:numbered\\s+)?(?:paragraphs|allegations)|(?:paragraphs|allegations)\\s+(?:above|set\\s+forth\\s+above|preceding))\\b`,
  'gi');

/** Patterns built at load time, for the ReDoS test. */
export const BUILT_PATTERNS: readonly RegExp[] = [PRECEDING];

/** Words after a number that make it refer to another document ("paragraph 5 of the Agreement"). */
const OWN_DOCUMENT = /^(?:complaint|amended|verified|supplemental|first|second|third|fourth|fifth|answer|petition|counterclaims?|this|reply|crossclaims?)\b/i;

/** The token readToken last read: module-level scratch, so scanning allocates nothing. */
type TokenKind = 'num' | 'range' | 'list' | 'other';
let tokStart = 0;
let tokEnd = 0;
let tokValue = 0;
/** Where scanning resumes: past a closing quote around a number ("1"), else tokEnd. */
let tokNext = 0;

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

/** Whether `word` (lower case) stands at `p`, followed by a word boundary. */
function wordAt(text: string, p: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(p + k) | 32) !== word.charCodeAt(k)) return false;
  return !isWordChar(text.charCodeAt(p + word.length));
}

/** Reads one token at `i`, skipping leading whitespace, into the scratch variables; returns its kind. */
function readToken(text: string, i: number): TokenKind {
  let p = i;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  let c = text.charCodeAt(p);
  // New York quotes paragraph numbers: paragraphs "4", "5" and "6".
  const quoted = (c === 34 || c === 0x201c) && isDigit(text.charCodeAt(p + 1));
  if (quoted) c = text.charCodeAt(++p);
  if (isDigit(c)) {
    let e = p;
    while (e < text.length && e - p < 6 && isDigit(text.charCodeAt(e))) e++;
    // Not a paragraph number: too long, or part of an amount or decimal ("1,000", "2.5").
    const next = text.charCodeAt(e);
    if (e - p > 5 || ((next === 44 || next === 46) && isDigit(text.charCodeAt(e + 1)))) return token('other', p, p);
    let value = 0;
    for (let k = p; k < e; k++) value = value * 10 + text.charCodeAt(k) - 48;
    if (quoted) {
      const close = text.charCodeAt(e);
      if (close !== 34 && close !== 0x201d) return token('other', p, p);
      return token('num', p, e, value, e + 1);
    }
    return token('num', p, e, value);
  }
  if (c === 45 || c === 0x2013 || c === 0x2014) return token('range', p, p + 1);
  for (const w of RANGE_WORDS) if (wordAt(text, p, w)) return token('range', p, p + w.length);
  if (c === 44) {
    let q = p + 1;
    while (q < text.length && isSpace(text.charCodeAt(q))) q++;
    for (const w of LIST_WORDS) if (wordAt(text, q, w)) return token('list', p, q + w.length);
    return token('list', p, p + 1);
  }
  if (c === 38) return token('list', p, p + 1);
  for (const w of LIST_WORDS) if (wordAt(text, p, w)) return token('list', p, p + w.length);
  return token('other', p, p);
}

/** Parses a number list starting at `i`; returns the ranges and where the list ends. */
function readNumberList(text: string, i: number): { ranges: Reference['ranges']; end: number } | undefined {
  if (readToken(text, i) !== 'num') return undefined;
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
  // ", inclusive": peek at the next character before slicing.
  const c = text.charCodeAt(end);
  if (c === 44 || (c | 32) === 105 || /\s/.test(text[end])) {
    const inclusive = /^,?\s*inclusive\b/i.exec(text.slice(end, end + 14));
    if (inclusive) end += inclusive[0].length;
  }
  if (end > text.length) end = text.length;
  return { ranges, end };
}

function refersElsewhere(text: string, end: number): boolean {
  // Only "of …" or "in …" can name another document: look at the next word before any regex.
  let p = end;
  while (p < text.length && (isSpace(text.charCodeAt(p)) || text.charCodeAt(p) === 44)) p++;
  const c = text.charCodeAt(p) | 32;
  if (c !== 111 && c !== 105) return false;
  const m = /^[\s,]*(?:of|in)\s+(?:the\s+|its\s+|that\s+|said\s+|[A-Z][\w.]*['’]s?\s+)?([A-Za-z][\w-]*)/.exec(text.slice(end, end + 60));
  if (!m) return false;
  const word = m[1];
  if (OWN_DOCUMENT.test(word)) return false;
  // A capitalised noun after "of the" names another document: the Agreement, Exhibit A, the MSA.
  return /^[A-Z]/.test(word);
}

/**
 * Finds the paragraph references in `text` between `from` and `to` (default: all of it). Spans
 * are offsets into `text`.
 */
export function findReferences(text: string, from = 0, to = text.length): Reference[] {
  const refs: Reference[] = [];
  KEYWORD.lastIndex = from;
  for (let m = KEYWORD.exec(text); m && m.index < to; m = KEYWORD.exec(text)) {
    const list = readNumberList(text, m.index + m[0].length);
    if (!list) continue;
    KEYWORD.lastIndex = list.end;
    if (refersElsewhere(text, list.end)) continue;
    refs.push({ span: { start: m.index, end: list.end }, ranges: list.ranges });
  }
  // Cheap gate: the long "preceding paragraphs" pattern starts only where one of its words occurs.
  GATE.lastIndex = from;
  for (let g = GATE.exec(text); g && g.index < to; g = GATE.exec(text)) {
    PRECEDING.lastIndex = Math.max(from, g.index - 40);
    const m = PRECEDING.exec(text);
    if (!m || m.index >= to) break;
    GATE.lastIndex = m.index + m[0].length;
    const countText = m[2];
    const count = countText === undefined ? undefined : /^\d/.test(countText) ? Number(countText) : parseWordNumber(countText);
    refs.push({ span: { start: m.index, end: m.index + m[0].length }, ranges: [], preceding: { count } });
  }
  // A reference must lie inside the range: a scan may not run past its end.
  for (let i = refs.length - 1; i >= 0; i--) if (refs[i].span.end > to) refs.splice(i, 1);
  if (refs.length > 1) refs.sort((a, b) => a.span.start - b.span.start);
  return refs;
}
