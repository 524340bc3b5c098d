/**
 * Recognisers for single lines: page furniture, headings, paragraph starts, signature lines.
 * Every pattern here is anchored and linear: no nested quantifiers (see the ReDoS test).
 */
import type { HeadingKind } from '../model';
import { ORDINAL_PATTERN, WORD_NUMBER_PATTERN, parseNumeral, parseOrdinal } from '../numerals';
import { alternation, complaintNameSource, DEFENSE_ADJECTIVES, leadSource, NUMBER_MARKERS, PARAGRAPH_ADJECTIVES, PARAGRAPH_SIGNS, PARAGRAPH_WORDS, paragraphWordSource, RESPONSE_LEADS } from '../phrases';
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
  /^\d{1,6}$/, // a bare page or stamp number
];

/** An e-filing stamp's page counter: "ANS : 000002 of 000009", "COM : 000001 of 000003 Presiding Judge: …". */
const STAMP_COUNTER = /^[A-Z]{2,5}\s?:\s?\d{3,8}\s+of\s+\d{3,8}\b/;

/**
 * Clerk stamps and e-filing furniture, recognised by their words: "Filed 23-CI-005662 [DOB-20]
 * David L. Nicholson, Jefferson Circuit Clerk", "NOT ORIGINAL DOCUMENT", the ":" / "of" / "ANS"
 * fragments of a stamp's page counter, "ELECTRONICALLY FILED", a stamp's time ("12:25:18" "PM").
 */
const STAMP_PATTERNS: RegExp[] = [
  /^filed\s+\S{0,30}\d.{0,120}\bclerk\b/i,
  /^(?:(?:tendered|received|entered|filed)\s+)?\S{0,30}\d\S{0,30}\s+(?:\[[\w-]{1,20}\]\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*)?[A-Z][\w.'’ -]{1,60},\s+[A-Z][\w ]{1,40}\bClerk\b/,
  /^[A-Z][\w.'’ -]{1,60},\s+(?:[A-Z][\w]+\s+){1,3}(?:Circuit|District|County|Superior|Chancery|Common\s+Pleas)\s+(?:Court\s+)?Clerk\b/,
  /^presiding\s+judge\s*:/i,
];
const STAMP_FRAGMENTS = new Set([':', 'of', 'ans', 'com', 'exh', 'ord', 'am', 'pm', 'not original', 'not original document', 'document',
  'electronically filed', '(electronically filed)', 'filed electronically', 'e-filed', 'electronically filed.']);

/**
 * Repository headers around a document: `**Case:** [[cases/x|X]]` (a wiki link after a bold label).
 * Front matter (`---` … `---` at the top) is found by the parser.
 */
const METADATA_LINE = /^\*\*[A-Za-z][A-Za-z ]{0,30}:\*\*\s*\[\[[^\]]{0,300}\]\]$/;

export function isArtifact(trimmed: string): boolean {
  if (trimmed.length > 160) return false;
  if (trimmed.length <= 24 && STAMP_FRAGMENTS.has(trimmed.toLowerCase())) return true;
  // Fast exit for ordinary text: every artifact starts with one of - – — < * _ \f, or ends with a
  // digit, or is a clerk's stamp (which names the clerk, or opens with "Filed" or a stamp code).
  const first = trimmed.charCodeAt(0);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const endsInDigit = last >= 48 && last <= 57;
  if (endsInDigit || first === 45 || first === 0x2013 || first === 0x2014 || first === 60 || first === 42 || first === 95 || first === 12) {
    for (const p of ARTIFACT_PATTERNS) if (p.test(trimmed)) return true;
    if (first === 42 && METADATA_LINE.test(trimmed)) return true;
  }
  if (first >= 65 && first <= 90 && trimmed.charCodeAt(1) >= 65 && trimmed.charCodeAt(1) <= 90 && STAMP_COUNTER.test(trimmed)) return true;
  if (trimmed.includes('Clerk') || trimmed.includes('CLERK') || (first | 32) === 102 || (first | 32) === 112) {
    for (const p of STAMP_PATTERNS) if (p.test(trimmed)) return true;
  }
  return false;
}

/**
 * OCR debris: a seal or stamp read as text ("4 a4 4 Qf ! , 4", "lL L l )", "‘ROR"), or stray
 * fragments between the lines of a paragraph ("ut", "aus"). A line is debris when fewer than half
 * of its characters are letters, or when it has no word of three letters and does not end a
 * sentence — except what such a line legitimately is: a paragraph number, a numeral, a list
 * marker, "v.", a signature's "/s/", a citation or an amount.
 */
export function isDebris(line: string): boolean {
  if (line.length > 80) return false;
  // A numbered line is judged by its text: "5. Denied." and "2. -Upon information" are paragraphs,
  // "5. , ; Lo _ y" is not.
  const start = matchParagraphStart(line);
  if (start && start.bodyOffset >= line.length) return false;
  const trimmed = start ? line.slice(start.bodyOffset) : line;
  // Numbers ("(503) 555-0187", "97205", "$1,000") are text, not debris: judge the rest.
  const words = NUMBER_TOKENS.test(trimmed) ? trimmed.replace(NUMBER_TOKENS_G, ' ') : trimmed;
  const n = words.length;
  let letters = 0;
  let nonSpace = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < n; i++) {
    const c = words.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
    if (letter) {
      letters++;
      run++;
      if (run > longestRun) longestRun = run;
    } else run = 0;
    if (c !== 32 && c !== 9 && c !== 0xa0) nonSpace++;
  }
  if (nonSpace === 0) return false;
  const poor = letters * 2 < nonSpace;
  if (words !== trimmed && longestRun >= 3 && !poor) return false;
  if (start) return !isBodyStart(trimmed.charCodeAt(0)) && (poor || longestRun < 3);
  if (isLegitimateShort(trimmed)) return false;
  return poor || (longestRun < 3 && !/[.?!:;]["”’')]?$/.test(trimmed)) || isStarRule(trimmed);
}

/**
 * A row of stars under a caption ("*** *** ***") as OCR reads it: "KKK ARKOKKK", "ake RR RoR",
 * "ook ckokok oe skok" — a few short tokens made of the letters stars come out as, most of them k or r.
 */
function isStarRule(t: string): boolean {
  const tokens = t.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 12) return false;
  let letters = 0;
  let kr = 0;
  for (const token of tokens) {
    if (!/^[*okrcsefaOKRCSEFA0-9]{1,12}$/.test(token)) return false;
    for (const c of token) {
      if (/[a-zA-Z]/.test(c)) letters++;
      if (/[kKrR]/.test(c)) kr++;
    }
  }
  return letters >= 4 && kr * 10 >= letters * 4;
}

/** A token that is a number, a telephone number, a ZIP code, an amount or a date. */
const NUMBER_TOKENS = /(?:^|\s)[(\[]?[$]?\d[\d.,:\/-]*[)\]]?[.,;:]?(?=\s|$)/;
const NUMBER_TOKENS_G = new RegExp(NUMBER_TOKENS.source, 'g');

/** What may open a paragraph's text: a letter, a digit, a quote, a bracket, emphasis. */
function isBodyStart(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c >= 0xc0 || BODY_START.includes(String.fromCharCode(c));
}

/** Short lines that are text, not debris: numbers and numerals, list markers, "v.", "/s/", citations, amounts, times. */
const SHORT_TEXT = /^(?:\(?[0-9]{1,5}[.)]?|\(?[A-Za-z]{1,2}[.)]|[IVXLCivxlc]{1,6}\.?|vs?\.?|[\d,.\/-]+|\d{1,2}:\d{2}\b.{0,20}|[A-Z]\.)$/;
const CITATION_WORDS = ['U.S.C', 'C.F.R', 'KRS', 'ILCS', 'CCP', 'CPLR', '§', '$'];

/** "Pa. I.D. No. 312455", "Bar No. 12345": an attorney's identifier under the signature. */
const IDENTIFIER = /\bNo\.?:? ?\d{3,}\b/;
/** "ss.:" beside a verification's venue ("STATE OF NEW YORK ) ) ss.: COUNTY OF KINGS )"). */
const VENUE_SS = /(?:^|[\s)])ss\.?:?$/i;

function isLegitimateShort(t: string): boolean {
  if (t.startsWith('/s/') || t.startsWith('s/')) return true;
  if (IDENTIFIER.test(t) || VENUE_SS.test(t)) return true;
  for (const w of CITATION_WORDS) if (t.includes(w)) return true;
  return SHORT_TEXT.test(t);
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

export interface MarkedParagraphStart extends ParagraphStart {
  /** Numbered "1)" or "¶ 1." rather than "1.": trusted only where that is the document's numbering. */
  marked: true;
}

/** "1) Plaintiff …", "¶ 1. Admitted.", "¶1. …": other ways of numbering paragraphs. */
const MARKED_START = /^(?:¶[ \t\u00a0]*(\d{1,4})[.)]|(\d{1,4})\))[ \t\u00a0]+(?=\S)/;

export function matchMarkedParagraphStart(trimmed: string): MarkedParagraphStart | undefined {
  const c = trimmed.charCodeAt(0);
  // Fast exit: a digit or the pilcrow first.
  if (!(c === 0xb6 || (c >= 48 && c <= 57))) return undefined;
  const m = MARKED_START.exec(trimmed.slice(0, 16));
  if (!m) return undefined;
  const digits = m[1] ?? m[2];
  return { number: Number(digits), numberOffset: m[0].indexOf(digits), numberLength: digits.length, bodyOffset: m[0].length, marked: true };
}

/**
 * New York's ordinal paragraphs: "FIRST: Denies knowledge or information …", "**SECOND:** Admits
 * …". The ordinal, in capitals or capitalised, is the paragraph's number; text follows the colon.
 */
const ORDINAL_START = new RegExp(`^(?:\\*\\*)?(${ORDINAL_PATTERN})(?:\\*\\*)?:(?:\\*\\*)?[ \\t]+(?=\\S)`, 'i');

export interface OrdinalParagraphStart extends ParagraphStart {
  /** The ordinal as written ("SEVENTH"), so a renumbering writes the same style. */
  ordinal: string;
}

export function matchOrdinalParagraphStart(trimmed: string): OrdinalParagraphStart | undefined {
  const c = trimmed.charCodeAt(0);
  // Fast exit: an ordinal word starts with a letter (or emphasis); "1st:" is not a paragraph number.
  if (!(c === 42 || isAsciiLetter(c)) || trimmed.indexOf(':') < 0) return undefined;
  const m = ORDINAL_START.exec(trimmed.slice(0, 60));
  if (!m || /\d/.test(m[1])) return undefined;
  const word = m[1];
  if (word !== word.toUpperCase() && !/^[A-Z][a-z]/.test(word)) return undefined;
  const number = parseOrdinal(word);
  if (number === undefined) return undefined;
  const numberOffset = m[0].indexOf(word);
  return { number, numberOffset, numberLength: word.length, bodyOffset: m[0].length, ordinal: word };
}

/** Characters OCR reads in place of digits: "l." or "|" for 1, "Q." for 9, "A," for 4. */
const OCR_DIGITS: Record<string, number> = { l: 1, I: 1, '|': 1, i: 1, '!': 1, Q: 9, O: 0, o: 0, D: 0, S: 5, Z: 2, B: 8, A: 4, G: 6, T: 7 };

export interface OcrParagraphStart extends ParagraphStart {
  /** 'comma': digits with a comma for the full stop ("4, The"); 'letters': letters read for digits ("l. The"). */
  misread: 'comma' | 'letters';
}

/**
 * A paragraph start as OCR misreads it: "4, The defendant …", "l. With regard to …", "Q. Any award
 * …". Only the sequence can prove such a start (the parser takes it when it is the next number, and
 * letters only when the next paragraph follows on), so this never matches what matchParagraphStart does.
 */
export function matchOcrParagraphStart(trimmed: string): OcrParagraphStart | undefined {
  let k = 0;
  let number = 0;
  let letters = false;
  while (k < 3 && k < trimmed.length) {
    const ch = trimmed[k];
    const c = trimmed.charCodeAt(k);
    if (c >= 48 && c <= 57) number = number * 10 + c - 48;
    else if (ch in OCR_DIGITS) {
      number = number * 10 + OCR_DIGITS[ch];
      letters = true;
    } else break;
    k++;
  }
  if (k === 0) return undefined;
  const sep = trimmed[k];
  if (sep !== '.' && sep !== ',') return undefined;
  if (!letters && sep === '.') return undefined;
  let b = k + 1;
  if (!isWhitespaceCode(trimmed.charCodeAt(b))) return undefined;
  while (b < trimmed.length && isWhitespaceCode(trimmed.charCodeAt(b))) b++;
  // The body opens a sentence: a capital letter or a quote ("4, 5 and 6 of the Complaint" is a wrapped list).
  const first = trimmed.charCodeAt(b);
  if (!((first >= 65 && first <= 90) || '"“\'‘'.includes(trimmed[b] ?? 'x'))) return undefined;
  if (number === 0) return undefined;
  return { number, numberOffset: 0, numberLength: k, bodyOffset: b, misread: letters ? 'letters' : 'comma' };
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
  /** Words before a count's label ("AS TO THE", "ANSWERING THE"), where the heading has them. */
  lead?: string;
  /** Title on the same line, after a dash or colon, with its offset in `text`. */
  inlineTitle?: { text: string; offset: number };
}

// Separators and gaps within one line: [ \t] rather than \s, so no pattern can run across lines.
const SEP = '(?:[ \\t]*[-–—:.]|[ \\t]+(?=\\())';
/**
 * Words that lead into a count's heading without changing what it is: New York's "AS AND FOR A
 * FIRST CAUSE OF ACTION", and an answer's "AS TO THE FIRST COUNT", "ANSWERING THE SECOND CAUSE OF
 * ACTION", "RESPONSE TO COUNT I". Each alternative starts with its own word, so nothing backtracks.
 */
const COUNT_LEAD =
  '(?:AS[ \\t]+AND[ \\t]+FOR[ \\t]+(?:AN?|THE)|AS[ \\t]+TO(?:[ \\t]+THE)?|ANSWERING(?:[ \\t]+TO)?(?:[ \\t]+THE)?'
  + '|(?:IN[ \\t]+)?(?:ANSWER|RESPONSE|REPLY)[ \\t]+TO(?:[ \\t]+THE)?|RESPONDING[ \\t]+TO(?:[ \\t]+THE)?)[ \\t]+';
/** "AFFIRMATIVE", "SEPARATE", "SPECIAL" …: what may stand before DEFENSE(S) in a heading. */
const DEFENSE_ADJECTIVE = alternation(DEFENSE_ADJECTIVES);
/** "AFFIRMATIVE DEFENSES", "DEFENDANT'S SEPARATE DEFENSES", "SPECIAL DEFENSES": the defenses section. */
const DEFENSES_HEADING = new RegExp(`^(?:(?:${DEFENSE_ADJECTIVE}|AND|DEFENDANT'?S'?|[A-Z]+'S)\\s+){0,4}DEFENSES\\b`, 'i');
const COUNT_RE = new RegExp(`^(${COUNT_LEAD})?(COUNT|Count)\\s+([IVXLC]{1,12}|\\d{1,3}|${WORD_NUMBER_PATTERN})\\b(?:${SEP}(.*))?$`, 'i');
const CAUSE_RE = new RegExp(
  `^(${COUNT_LEAD})?(${ORDINAL_PATTERN})\\s+(CAUSE\\s+OF\\s+ACTION|CLAIM\\s+FOR\\s+RELIEF|CLAIM|COUNT)\\b(?:${SEP}(.*))?$`, 'i');
/** "CLAIM ONE", "CAUSE OF ACTION NO. 1", "CLAIM FOR RELIEF NO. 2": the label first, the number after it. */
const CLAIM_NUMBERED_RE = new RegExp(
  `^(CAUSE[ \\t]+OF[ \\t]+ACTION|CLAIM[ \\t]+FOR[ \\t]+RELIEF|CLAIM)[ \\t]+(?:NO\\.?[ \\t]*|NUMBER[ \\t]+)?([IVXLC]{1,12}|\\d{1,3}|${WORD_NUMBER_PATTERN})\\b(?:${SEP}(.*))?$`, 'i');
const DEFENSE_ORDINAL_RE = new RegExp(
  // New York: "AS AND FOR A FIRST AFFIRMATIVE DEFENSE".
  `^(?:AS[ \\t]+AND[ \\t]+FOR[ \\t]+AN?[ \\t]+)?(${ORDINAL_PATTERN})[ \\t]*((?:(?:${DEFENSE_ADJECTIVE}|AND),?\\s+){0,3}DEFENSE)\\b(?:${SEP}(.*))?$`, 'i');
const DEFENSE_NUMBERED_RE =
  /^((?:AFFIRMATIVE[ \t]+|SEPARATE[ \t]+)?DEFENSE)[ \t]+(?:NO\.?[ \t]*|NUMBER[ \t]+)?([IVXLC]{1,12}|\d{1,3})\b(?:[ \t]*[-–—:.](.*))?$/i;
const ROMAN_SECTION_RE = /^([IVXLC]{1,12})\.\s+(\S.{0,150})$/;
const LETTER_SECTION_RE = /^([A-Z])\.\s+([A-Z].{0,120})$/;

/** Patterns built at load time, listed so the ReDoS test can check them with the literals. */
export const BUILT_PATTERNS: readonly RegExp[] = [COUNT_RE, CAUSE_RE, CLAIM_NUMBERED_RE, DEFENSE_ORDINAL_RE, DEFENSES_HEADING];

/** "Negligence", "Breach of Contract": a title after "Count I –", not a sentence ("Count I: Defendant denies …"). */
function isShortTitle(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 80 || /[.;,]$/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 8 && /^[A-Z(]/.test(t) && words.filter(w => /^[a-z]{4,}/.test(w)).length <= 1;
}

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

  // A lead ("AS TO THE FIRST COUNT") makes a heading only in capitals, standing alone: in prose it opens a sentence.
  let m = COUNT_RE.exec(text);
  if (m && (!m[1] || isMarkdown || (standalone && isAllCaps(m[0].slice(0, m[1].length + m[2].length + m[3].length + 1))))
    && (m[2] === 'COUNT' || isMarkdown || !m[4] || isAllCaps(text) || (standalone && !m[1] && isShortTitle(m[4])))) {
    const n = parseNumeral(m[3]);
    if (n) return withTitle({ kind: 'count', text, number: n.value, numeral: m[3], numeralStyle: n.style, label: 'COUNT', lead: m[1]?.trim() }, text, m[4]);
  }
  m = CAUSE_RE.exec(text);
  if (m && (isAllCaps(m[0].slice(0, (m[1]?.length ?? 0) + m[2].length + m[3].length + 1)) || isMarkdown) && (!m[1] || standalone || isMarkdown)) {
    const n = parseNumeral(m[2]);
    if (n) return withTitle({ kind: 'count', text, number: n.value, numeral: m[2], numeralStyle: n.style, label: m[3].toUpperCase().replace(/\s+/g, ' '), lead: m[1]?.trim() }, text, m[4]);
  }
  m = CLAIM_NUMBERED_RE.exec(text);
  if (m && (standalone || isMarkdown) && (isAllCaps(m[1]) || isMarkdown)) {
    const n = parseNumeral(m[2]);
    if (n) return withTitle({ kind: 'count', text, number: n.value, numeral: m[2], numeralStyle: n.style, label: m[1].toUpperCase().replace(/\s+/g, ' ') }, text, m[3]);
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

  // A Roman section numeral before the words ("III. AFFIRMATIVE DEFENSES", "IX. JURY DEMAND") keeps its place in the sections' numbering.
  const numbered = ROMAN_SECTION_RE.exec(text);
  const n = numbered ? parseNumeral(numbered[1]) : undefined;
  const section = numbered && n?.style === 'roman' ? { number: n.value, numeral: numbered[1], numeralStyle: 'roman' as const } : {};
  const words0 = numbered && n?.style === 'roman' ? numbered[2] : text;
  if (/\bJURY\b/i.test(text) && words <= 10 && (caps || isMarkdown)) return { kind: 'jury-demand', text, ...section };
  // Past here a heading is not a sentence: a full stop at the end means prose in capitals.
  if (/[.;,]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return undefined;
  if (/\bPRAYER\b|\bREQUEST(?:ED)? FOR RELIEF\b|\bRELIEF REQUESTED\b|^WHEREFORE CLAUSE/i.test(text) && words <= 12) {
    return { kind: 'prayer', text, ...section };
  }
  if (DEFENSES_HEADING.test(words0) && words <= 10) {
    return { kind: 'defenses', text, ...section };
  }
  // Pennsylvania's "NEW MATTER" (Pa.R.C.P. 1030): the affirmative defenses, numbered on from the answer.
  if (/^(?:(?:DEFENDANT'?S'?|[A-Z]+'S)\s+)?NEW\s+MATTER\b/i.test(words0) && words <= 12 && !/\bCOUNTERCLAIM|\bCROSS[- ]?CLAIM/i.test(text)) {
    return { kind: 'defenses', text, ...section };
  }
  if (/^(?:[A-Z'’. ]+\s)?(?:COUNTERCLAIMS?|CROSS[- ]?CLAIMS?|CROSS[- ]COMPLAINT|THIRD[- ]PARTY[ \t]+COMPLAINT)\b/i.test(text) && words <= 12 && !/\bANSWER\b/i.test(text)) {
    return { kind: 'counterclaim', text };
  }
  const roman = numbered;
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

/**
 * Headings run into the text around them, as extraction leaves a page whose line breaks were lost:
 * "… states as follows: FIRST DEFENSE That the Plaintiff's Complaint fails … FOURTH DEFENSE 1.
 * That this Defendant …". Only long lines are searched, and only for headings in capitals after
 * the end of a sentence.
 */
const RUN_IN_HEADING = new RegExp(
  `(?:(?<=[.:;"”’)][ \\t]{1,3})|^)(?:(?:${ORDINAL_PATTERN})[ \\t]*(?:(?:${DEFENSE_ADJECTIVE})[ \\t]+)?DEFENSES?|WHEREFORE|COUNT[ \\t]+(?:[IVXLC]{1,6}|\\d{1,3}))(?=[ \\t]+\\S|[ \\t]*$)`, 'gi');

/**
 * Offsets at which lines of `text` should be broken so that run-in headings stand alone: in long
 * lines (a page whose breaks were lost), and at the start of a line of prose ("SIXTH DEFENSE That
 * all of the injuries …").
 */
export function runInBreaks(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const length = ends[i] - starts[i];
    if (length < 60) continue;
    const line = text.slice(starts[i], ends[i]);
    if (!line.includes('DEFENSE') && !line.includes('WHEREFORE') && !line.includes('COUNT ')) continue;
    RUN_IN_HEADING.lastIndex = 0;
    for (let m = RUN_IN_HEADING.exec(line); m; m = RUN_IN_HEADING.exec(line)) {
      if (m[0] !== m[0].toUpperCase()) continue;
      // Short lines only where the heading opens a line of prose.
      if (length < 300 && (m.index > 0 || !/ [a-z]{4,} /.test(line.slice(m[0].length)))) continue;
      if (m.index > 0) out.push(starts[i] + m.index);
      if (m.index + m[0].length >= line.trimEnd().length) continue;
      // The heading stands alone; what follows it starts the next line (a body, or "1. That …").
      if (!/^WHEREFORE/.test(m[0])) out.push(starts[i] + m.index + m[0].length + 1);
    }
  }
  return out;
}

/** A line that opens the signature block. */
export function isSignatureStart(trimmed: string): boolean {
  return /^(?:\/s\/|s\/\s|dated\b|date:|respectfully submitted|by:\s*\/s\/)/i.test(trimmed);
}

/**
 * "THE DEFENDANT," or "THE PLAINTIFF, MARIA LOPEZ": the party line that opens a Connecticut-style
 * signature block, in capitals on its own line (the block only where "By" follows: the parser looks).
 */
export function isSigningParty(trimmed: string): boolean {
  return /^THE (?:PLAINTIFF|DEFENDANT)S?,?(?: [A-Z0-9][A-Z0-9 .,&'’-]*)?$/.test(trimmed);
}

export function isWherefore(trimmed: string): boolean {
  return /^(?:\*\*)?WHEREFORE\b/i.test(trimmed);
}

/** "WHEREFORE," or "Wherefore, Defendant …" at a line's start: the prayer, whatever the line before it. */
export function opensPrayer(trimmed: string): boolean {
  return /^(?:\*\*)?(?:WHEREFORE\b|Wherefore,)/.test(trimmed);
}

/** "1-2. Admitted.", "4 – 7. Denied.", "1.-3. Admitted.": a grouped response labelled by its range. */
const RANGE_LABEL = /^(\d{1,4})\.?[ \t]*(?:-|–|—|through|thru|to)[ \t]*(\d{1,4})\.[ \t]+(?=\S)/;

/** The range a unit is labelled with, and where its text starts, or undefined. */
export function matchRangeLabel(trimmed: string): { from: number; to: number; length: number } | undefined {
  const c = trimmed.charCodeAt(0);
  if (c < 48 || c > 57) return undefined;
  const m = RANGE_LABEL.exec(trimmed.slice(0, 40));
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from < to && to - from <= 200 ? { from, to, length: m[0].length } : undefined;
}

/** Lines that open an unnumbered response block in an answer. */
export function isResponseLead(trimmed: string): boolean {
  if (matchRangeLabel(trimmed)) return true;
  // Every lead starts with one of a few letters (after optional emphasis): most lines are out at once.
  let k = 0;
  // A Markdown or word-processor bullet before it ("- Paragraph 1: Admitted.", "• As to paragraph 2, …").
  if ('-*+•'.includes(trimmed[0]) && (trimmed[1] === ' ' || trimmed[1] === '\t')) {
    k = 2;
    while (trimmed[k] === ' ' || trimmed[k] === '\t') k++;
  }
  const lead = k;
  while (k < lead + 2 && (trimmed[k] === '*' || trimmed[k] === '_')) k++;
  if (!LEAD_INITIALS.has(trimmed[k]?.toLowerCase())) return false;
  // The lead is at the start, after the emphasis (around the lead alone, "**AS TO PARAGRAPH 1:**
  // Denied.", or the whole line): 200 characters bound the pattern's work on any line.
  return RESPONSE_LEAD.test(trimmed.slice(k, 200));
}

const W = '[ \\t\\u00a0]+';
const NUMBER_LIST = `\\d{1,5}(?:[ \\t\\u00a0]*(?:,|and|through|to|thru|–|—|-)[ \\t\\u00a0]*\\d{1,5}){0,20}`;
const RESPONSE_LEAD = new RegExp(
  `^(?:${leadSource(W)}${paragraphWordSource(W)}(?:${W}(?:${alternation(NUMBER_MARKERS, W)}))?[ \\t\\u00a0]*["“]?[\\d|]`
  + `|${paragraphWordSource(W)}${W}${NUMBER_LIST}${W}(?:${complaintNameSource(W)}${W})?(?:are|is)${W}(?:admitted|denied)`
  // "Paragraph 3: Admitted.", "Paragraphs 1–2: …": the numbers as a label, a colon after them.
  + `|${paragraphWordSource(W)}[ \\t\\u00a0]*${NUMBER_LIST}[ \\t\\u00a0]*:)`, 'i');
const LEAD_INITIALS = new Set([...RESPONSE_LEADS, ...PARAGRAPH_WORDS, ...PARAGRAPH_SIGNS, ...PARAGRAPH_ADJECTIVES].map(w => w[0]));

/** Patterns built at load time (continued). */
export const BUILT_LEAD_PATTERNS: readonly RegExp[] = [RESPONSE_LEAD, RUN_IN_HEADING, ORDINAL_START];
