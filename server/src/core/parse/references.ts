/**
 * Paragraph references: "paragraphs 1-55", "¶¶ 1–55", "Paragraphs 5, 7 and 9", "1 through 55,
 * inclusive", "the preceding 23 paragraphs". A hand-written scanner after each keyword keeps this
 * linear and lets us stop exactly where the reference ends.
 */
import type { Reference } from '../model';
import { parseWordNumber, WORD_NUMBER_PATTERN } from '../numerals';

const KEYWORD = /\b(?:paragraphs?|paras?\.|pars?\.)(?=[\s\u00a0])|¶¶?/gi;
const PRECEDING = new RegExp(
  `\\b(?:the|all|each(?:\\s+and\\s+every)?(?:\\s+one)?\\s+of\\s+the|each|every|all\\s+of\\s+the)\\s+(?:(preceding|foregoing|previous|prior|above)\\s+(?:(\\d{1,4}|${WORD_NUMBER_PATTERN})\\s+)?(?:numbered\\s+)?(?:paragraphs|allegations)|(?:paragraphs|allegations)\\s+(?:above|set\\s+forth\\s+above|preceding))\\b`,
  'gi');

/** Words after a number that make it refer to another document ("paragraph 5 of the Agreement"). */
const OWN_DOCUMENT = /^(?:complaint|amended|first|second|third|fourth|fifth|answer|petition|counterclaims?|this|reply|crossclaims?)\b/i;

interface Token {
  kind: 'num' | 'range' | 'list' | 'other';
  start: number;
  end: number;
  value?: number;
  text: string;
}

/** Reads one token at `i`, skipping leading whitespace. */
function readToken(text: string, i: number): Token {
  let p = i;
  while (p < text.length && (text[p] === ' ' || text[p] === '\u00a0' || text[p] === '\t' || text[p] === '\n' || text[p] === '\r')) p++;
  const rest = text.slice(p, p + 16);
  let m = /^\d{1,5}(?![\d.,]\d)/.exec(rest);
  if (m) return { kind: 'num', start: p, end: p + m[0].length, value: Number(m[0]), text: m[0] };
  m = /^(?:[-–—]|through\b|thru\b|to\b)/i.exec(rest);
  if (m) return { kind: 'range', start: p, end: p + m[0].length, text: m[0] };
  m = /^(?:,\s*(?:and|or)\b|,|and\b|or\b|&)/i.exec(rest);
  if (m) return { kind: 'list', start: p, end: p + m[0].length, text: m[0] };
  return { kind: 'other', start: p, end: p, text: '' };
}

/** Parses a number list starting at `i`; returns the ranges and where the list ends. */
function readNumberList(text: string, i: number): { ranges: Reference['ranges']; end: number; separator?: string } | undefined {
  const first = readToken(text, i);
  if (first.kind !== 'num') return undefined;
  const ranges: Reference['ranges'] = [];
  let separator: string | undefined;
  let cur = { from: first.value!, to: first.value!, span: { start: first.start, end: first.end } };
  let end = first.end;
  for (let guard = 0; guard < 200; guard++) {
    const t = readToken(text, end);
    if (t.kind === 'range') {
      const n = readToken(text, t.end);
      if (n.kind !== 'num') break;
      separator = text.slice(end, n.start);
      cur.to = n.value!;
      cur.span.end = n.end;
      end = n.end;
      continue;
    }
    if (t.kind === 'list') {
      const n = readToken(text, t.end);
      if (n.kind !== 'num') break;
      ranges.push(cur);
      cur = { from: n.value!, to: n.value!, span: { start: n.start, end: n.end } };
      end = n.end;
      continue;
    }
    break;
  }
  ranges.push(cur);
  const inclusive = /^,?\s*inclusive\b/i.exec(text.slice(end, end + 14));
  if (inclusive) end += inclusive[0].length;
  return { ranges, end, separator };
}

function refersElsewhere(text: string, end: number): boolean {
  const m = /^[\s,]*(?:of|in)\s+(?:the\s+|its\s+|that\s+|said\s+|[A-Z][\w.]*['’]s?\s+)?([A-Za-z][\w-]*)/.exec(text.slice(end, end + 60));
  if (!m) return false;
  const word = m[1];
  if (OWN_DOCUMENT.test(word)) return false;
  // A capitalised noun after "of the" names another document: the Agreement, Exhibit A, the MSA.
  return /^[A-Z]/.test(word);
}

/**
 * Finds the paragraph references in `text`; `base` is added to every offset so spans are
 * offsets into the whole document.
 */
export function findReferences(text: string, base = 0): Reference[] {
  const refs: Reference[] = [];
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    const list = readNumberList(text, m.index + m[0].length);
    if (!list) continue;
    KEYWORD.lastIndex = list.end;
    if (refersElsewhere(text, list.end)) continue;
    refs.push({
      span: { start: base + m.index, end: base + list.end },
      ranges: list.ranges.map(r => ({ from: r.from, to: r.to, span: { start: base + r.span.start, end: base + r.span.end } })),
      rangeSeparator: list.separator,
    });
  }
  PRECEDING.lastIndex = 0;
  for (let m = PRECEDING.exec(text); m; m = PRECEDING.exec(text)) {
    const countText = m[2];
    const count = countText === undefined ? undefined : /^\d/.test(countText) ? Number(countText) : parseWordNumber(countText);
    refs.push({ span: { start: base + m.index, end: base + m.index + m[0].length }, ranges: [], preceding: { count } });
  }
  if (refs.length > 1) refs.sort((a, b) => a.span.start - b.span.start);
  return refs;
}
