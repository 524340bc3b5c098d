/**
 * Recognisers for single lines: page furniture, headings, paragraph starts, signature lines.
 * Every pattern here is anchored and linear: no nested quantifiers (see the ReDoS test).
 */
import type { HeadingKind } from '../model';
import { ORDINAL_PATTERN, WORD_NUMBER_PATTERN, parseNumeral } from '../numerals';
import { isWhitespaceCode } from '../text';

/** Page numbers, running footers, ECF headers, HTML comments: text extracted from PDFs is full of them. */
const ARTIFACT_PATTERNS: RegExp[] = [
  /^[-–—]\s*\d{1,4}\s*[-–—]$/, // - 12 -
  /^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i, // Page 3 of 17
  /^\d{1,4}\s+of\s+\d{1,4}$/, // 3 of 17
  /^[A-Z][A-Z0-9 ,.'’&()-]{1,80}\s[-–—|]\s*(?:page\s+)?\d{1,4}$/, // COMPLAINT - 4
  /^<!--.*-->$/, // <!-- page 3 -->
  /^case\s+[\w:.-]+\s+document\s+\d+/i, // Case 1:14-cv-01559 Document 123 Filed …
  /^\f+$/,
  /^(?:[-*_]\s*){3,}$/, // Markdown rule
];

export function isArtifact(trimmed: string): boolean {
  if (trimmed.length > 160) return false;
  // Fast exit for ordinary text: every artifact starts with one of - – — < * _ \f, or ends with a digit.
  const first = trimmed.charCodeAt(0);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const endsInDigit = last >= 48 && last <= 57;
  if (!endsInDigit && first !== 45 && first !== 0x2013 && first !== 0x2014 && first !== 60 && first !== 42 && first !== 95 && first !== 12) return false;
  for (const p of ARTIFACT_PATTERNS) if (p.test(trimmed)) return true;
  return false;
}

/** Removes Markdown heading marks, emphasis around the whole line and a trailing colon. */
export function stripMarkup(trimmed: string): { text: string; markdownLevel: number } {
  let text = trimmed;
  let markdownLevel = 0;
  const h = /^(#{1,6})\s+/.exec(text);
  if (h) {
    markdownLevel = h[1].length;
    text = text.slice(h[0].length);
    // Closing hashes ("## Title ##"), removed without a backtracking pattern.
    let end = text.length;
    while (end > 0 && text[end - 1] === '#') end--;
    if (end < text.length && end > 0 && /\s/.test(text[end - 1])) text = text.slice(0, end).trimEnd();
  }
  const em = /^(\*\*|__|\*|_)(.+)\1$/.exec(text);
  if (em) text = em[2].trim();
  return { text, markdownLevel };
}

/** A numbered paragraph start: `12. Text`, `12\. Text`, `5.Plaintiff`, `**12.** Text`, `12.` alone. */
/** The pattern matchParagraphStart implements (kept as its specification: the tests compare the two). */
export const PARAGRAPH_START = /^(\*\*)?(\d{1,5})(\\?\.)(?:\*\*)?(?:[\s]+|(?=[A-Za-z"“'‘(\[*_])|$)/;

export interface ParagraphStart {
  number: number;
  /** Offset of the number within the trimmed line. */
  numberOffset: number;
  numberLength: number;
  /** Offset within the trimmed line where the body text begins (may equal the length). */
  bodyOffset: number;
}

export function matchParagraphStart(trimmed: string): ParagraphStart | undefined {
  // PARAGRAPH_START read by hand (every numbered line passes here): no match array, no strings.
  let k = 0;
  if (trimmed.charCodeAt(0) === 42) {
    if (trimmed.charCodeAt(1) !== 42) return undefined;
    k = 2;
  }
  const numberOffset = k;
  let number = 0;
  while (k < trimmed.length && k - numberOffset < 5) {
    const c = trimmed.charCodeAt(k);
    if (c < 48 || c > 57) break;
    number = number * 10 + c - 48;
    k++;
  }
  const numberLength = k - numberOffset;
  if (numberLength === 0) return undefined;
  if (trimmed.charCodeAt(k) === 92) k++; // 12\. (escaped for Markdown)
  if (trimmed.charCodeAt(k) !== 46) return undefined;
  k++;
  // Then optional closing bold, then white space, a letter, quote, bracket or emphasis, or the end.
  const after = (at: number): number => {
    if (at >= trimmed.length) return at;
    if (isWhitespaceCode(trimmed.charCodeAt(at))) {
      let e = at + 1;
      while (e < trimmed.length && isWhitespaceCode(trimmed.charCodeAt(e))) e++;
      return e;
    }
    return BODY_START.includes(trimmed[at]) || isAsciiLetter(trimmed.charCodeAt(at)) ? at : -1;
  };
  let bodyOffset = trimmed.charCodeAt(k) === 42 && trimmed.charCodeAt(k + 1) === 42 ? after(k + 2) : -1;
  if (bodyOffset < 0) bodyOffset = after(k);
  if (bodyOffset < 0) return undefined;
  return { number, numberOffset, numberLength, bodyOffset };
}

/** What may start a paragraph's text right after its number (besides a letter): quotes, brackets, emphasis. */
const BODY_START = '"“\'‘([*_';
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const TERMINAL_PUNCTUATION = /[.?!:;"”’')\]]\**$/;

/** Whether a line ends a sentence (TERMINAL_PUNCTUATION without a regex, for the per-line loop). */
export function endsSentence(t: string): boolean {
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) === 42) end--;
  return end > 0 && '.?!:;"”’\')]'.includes(t[end - 1]);
}

export interface HeadingMatch {
  kind: HeadingKind;
  text: string;
  number?: number;
  numeral?: string;
  numeralStyle?: 'roman' | 'arabic' | 'word' | 'ordinal';
  label?: string;
  /** Title on the same line, after a dash or colon, with its offset in `text`. */
  inlineTitle?: { text: string; offset: number };
}

// Separators and gaps within one line: [ \t] rather than \s, so no pattern can run across lines.
const SEP = '(?:[ \\t]*[-–—:.]|[ \\t]+(?=\\())';
const COUNT_RE = new RegExp(`^(COUNT|Count)\\s+([IVXLC]{1,12}|\\d{1,3}|${WORD_NUMBER_PATTERN})\\b(?:${SEP}(.*))?$`, 'i');
const CAUSE_RE = new RegExp(
  `^(${ORDINAL_PATTERN})\\s+(CAUSE\\s+OF\\s+ACTION|CLAIM\\s+FOR\\s+RELIEF|CLAIM|COUNT)\\b(?:${SEP}(.*))?$`, 'i');
const DEFENSE_ORDINAL_RE = new RegExp(
  // New York: "AS AND FOR A FIRST AFFIRMATIVE DEFENSE".
  `^(?:AS[ \\t]+AND[ \\t]+FOR[ \\t]+AN?[ \\t]+)?(${ORDINAL_PATTERN})\\s+((?:(?:SEPARATE|ADDITIONAL|AFFIRMATIVE|DISTINCT|AND|OTHER),?\\s+){0,3}DEFENSE)\\b(?:${SEP}(.*))?$`, 'i');
const DEFENSE_NUMBERED_RE =
  /^((?:AFFIRMATIVE[ \t]+|SEPARATE[ \t]+)?DEFENSE)[ \t]+(?:NO\.?[ \t]*|NUMBER[ \t]+)?([IVXLC]{1,12}|\d{1,3})\b(?:[ \t]*[-–—:.](.*))?$/i;
const ROMAN_SECTION_RE = /^([IVXLC]{1,12})\.\s+(\S.{0,150})$/;
const LETTER_SECTION_RE = /^([A-Z])\.\s+([A-Z].{0,120})$/;

/** Patterns built at load time, listed so the ReDoS test can check them with the literals. */
export const BUILT_PATTERNS: readonly RegExp[] = [COUNT_RE, CAUSE_RE, DEFENSE_ORDINAL_RE];

function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letters++;
  }
  return letters >= 3;
}

/**
 * Recognises a heading line. `standalone` says whether the line stands on its own (after a blank
 * line, a heading or a finished sentence): all-caps lines count as headings only then.
 */
export function matchHeading(trimmed: string, standalone: boolean): HeadingMatch | undefined {
  if (trimmed.length > 200) return undefined;
  const { text, markdownLevel } = stripMarkup(trimmed);
  if (!text) return undefined;
  const isMarkdown = markdownLevel > 0;

  let m = COUNT_RE.exec(text);
  if (m && (m[1] === 'COUNT' || isMarkdown || !m[3] || isAllCaps(text))) {
    const n = parseNumeral(m[2]);
    if (n) return withTitle({ kind: 'count', text, number: n.value, numeral: m[2], numeralStyle: n.style, label: 'COUNT' }, text, m[3]);
  }
  m = CAUSE_RE.exec(text);
  if (m && (isAllCaps(m[0].slice(0, m[1].length + m[2].length + 1)) || isMarkdown)) {
    const n = parseNumeral(m[1]);
    if (n) return withTitle({ kind: 'count', text, number: n.value, numeral: m[1], numeralStyle: n.style, label: m[2].toUpperCase().replace(/\s+/g, ' ') }, text, m[3]);
  }
  m = DEFENSE_ORDINAL_RE.exec(text);
  if (m && (standalone || isMarkdown)) {
    const n = parseNumeral(m[1]);
    if (n) return withTitle({ kind: 'defense', text, number: n.value, numeral: m[1], numeralStyle: n.style, label: m[2].toUpperCase().replace(/\s+/g, ' ') }, text, m[3]);
  }
  m = DEFENSE_NUMBERED_RE.exec(text);
  if (m && (standalone || isMarkdown) && (isAllCaps(m[1]) || isMarkdown)) {
    const n = parseNumeral(m[2]);
    if (n) return withTitle({ kind: 'defense', text, number: n.value, numeral: m[2], numeralStyle: n.style, label: m[1].toUpperCase() }, text, m[3]);
  }

  const caps = isAllCaps(text);
  if (!isMarkdown && !(standalone && caps) && !ROMAN_SECTION_RE.test(text)) return undefined;
  if (!isMarkdown && !standalone) return undefined;
  const words = text.split(/\s+/).length;

  if (/\bJURY\b/i.test(text) && words <= 10 && (caps || isMarkdown)) return { kind: 'jury-demand', text };
  // Past here a heading is not a sentence: a full stop at the end means prose in capitals.
  if (/[.;,]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return undefined;
  if (/\bPRAYER\b|\bREQUEST(?:ED)? FOR RELIEF\b|\bRELIEF REQUESTED\b|^WHEREFORE CLAUSE/i.test(text) && words <= 12) {
    return { kind: 'prayer', text };
  }
  if (/^(?:(?:SEPARATE|ADDITIONAL|AFFIRMATIVE|AND|OTHER|DEFENDANT'?S'?|[A-Z]+'S)\s+){0,4}DEFENSES\b/i.test(text) && words <= 10) {
    return { kind: 'defenses', text };
  }
  if (/^(?:[A-Z'’. ]+\s)?COUNTERCLAIMS?\b/i.test(text) && words <= 12 && !/\bANSWER\b/i.test(text)) {
    return { kind: 'counterclaim', text };
  }
  const roman = ROMAN_SECTION_RE.exec(text);
  if (roman) {
    const n = parseNumeral(roman[1]);
    const rest = roman[2];
    if (n && n.style === 'roman' && !/[.;,]$/.test(rest) && (isAllCaps(rest) || isMarkdown || words <= 10)) {
      return { kind: 'section', text, number: n.value, numeral: roman[1], numeralStyle: 'roman' };
    }
    return undefined;
  }
  const letter = LETTER_SECTION_RE.exec(text);
  if (letter && words <= 14 && !/[.;,]$/.test(letter[2])) {
    return { kind: 'subsection', text };
  }
  if (caps || isMarkdown) {
    if (words > 14) return undefined;
    return { kind: markdownLevel >= 3 ? 'subsection' : 'section', text };
  }
  return undefined;
}

function withTitle(h: HeadingMatch, text: string, title: string | undefined): HeadingMatch {
  const t = title?.trim();
  if (t) h.inlineTitle = { text: t, offset: text.lastIndexOf(t) };
  return h;
}

/** A line that opens the signature block. */
export function isSignatureStart(trimmed: string): boolean {
  return /^(?:\/s\/|s\/\s|dated\b|date:|respectfully submitted|by:\s*\/s\/)/i.test(trimmed);
}

export function isWherefore(trimmed: string): boolean {
  return /^(?:\*\*)?WHEREFORE\b/i.test(trimmed);
}

/** Lines that open an unnumbered response block in an answer. */
export function isResponseLead(trimmed: string): boolean {
  // Every lead starts with R, A, I, P, W or C (after optional emphasis): most lines are out at once.
  let k = 0;
  while (k < 2 && (trimmed[k] === '*' || trimmed[k] === '_')) k++;
  const c = trimmed.charCodeAt(k) | 32;
  if (c !== 114 && c !== 97 && c !== 105 && c !== 112 && c !== 119 && c !== 99) return false;
  // The lead is at the start, after the emphasis (around the lead alone, "**AS TO PARAGRAPH 1:**
  // Denied.", or the whole line): 200 characters bound the pattern's work on any line.
  return RESPONSE_LEAD.test(trimmed.slice(k, 200));
}

const W = '[ \\t\\u00a0]+';
const RESPONSE_LEAD = new RegExp(
  `^(?:(?:RESPONSES?|ANSWERS?)${W}TO${W}(?:PARAGRAPHS?|¶)|(?:In${W}(?:answer|response)${W}to|Answering|Responding${W}to|As${W}(?:to|for)|With${W}(?:respect|regard)${W}to|Regarding|Concerning)${W}(?:the${W}allegations${W}(?:of|in)${W})?(?:Paragraphs?|¶)[ \\t\\u00a0]*\\d`
  + `|Paragraphs?${W}\\d{1,5}(?:[ \\t\\u00a0]*(?:,|and|through|to|thru|–|—|-)[ \\t\\u00a0]*\\d{1,5}){0,20}${W}(?:of${W}the${W}(?:[A-Za-z]+${W}){0,4}Complaint${W})?(?:are|is)${W}(?:admitted|denied))`, 'i');

/** Patterns built at load time (continued). */
export const BUILT_LEAD_PATTERNS: readonly RegExp[] = [RESPONSE_LEAD];
