/** The caption: court, parties and roles, case number, title; and the document's kind. */
import type { Caption, DocumentKind, Party, TextSpan } from '../model';
import type { Line } from '../text';
import { stripMarkup } from './lines';

const TITLE_WORDS = /\b(?:COMPLAINT|ANSWER|ANSWERS|PETITION|COUNTERCLAIMS?|CROSS-COMPLAINT|REPLY|CROSSCLAIMS?)\b/;
const ROLE =
  /^(?:and\s+)?((?:Counter-?claim(?:ant|-Plaintiff|-Defendant)|Counter-(?:Plaintiff|Defendant)|Third-Party\s+(?:Plaintiff|Defendant)|Cross-(?:Complainant|Defendant)|Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee)s?(?:\s*(?:and|,|\/)\s*(?:Counter-?claim(?:ant|-Plaintiff|-Defendant)|Counter-(?:Plaintiff|Defendant)|Cross-(?:Complainant|Defendant))s?)?)\s*[,.;]?$/i;
const VERSUS = /^(?:v\.?|vs\.?|versus|-\s*against\s*-|against)$/i;
const CASE_NUMBER =
  /\b(?:Case|Civil\s+Action|Civ\.?\s+Action|C\.A\.|Index|Docket|Cause|File|Adv\.?\s+Proc\.?)[\s:]*(?:(?:No\.?|Number|#)[\s:]*)?([A-Za-z0-9][A-Za-z0-9:.\-\/]{0,60})/i;
/** "No. 2026 L 004512" at a line's start, or in the right-hand column after a caption's ")". */
const BARE_NUMBER = /\bNo\.?[\s:]*(\d{4} [A-Z]{1,3} \d{3,8}\b|[A-Za-z0-9][A-Za-z0-9:.\-\/]{0,60})/g;

/** BARE_NUMBER where it stands as a caption's number: the line's start, after a column mark, or after a gap. */
function bareNumber(line: string): RegExpExecArray | null {
  BARE_NUMBER.lastIndex = 0;
  for (let m = BARE_NUMBER.exec(line); m; m = BARE_NUMBER.exec(line)) {
    const before = line.slice(Math.max(0, m.index - 40), m.index);
    if (m.index === 0 || /[)|§]\s*$/.test(before) || /\s{3}$/.test(before)) return m;
  }
  return null;
}

/** "2291 Brookwood Road", "c/o Thomas Ferrante, Statutory Agent", "Columbus, Ohio 43209,": an address under a party's name. */
export const ADDRESS_LINE = /^(?:\d+[A-Za-z]? [A-Z]|c\/o\b|P\.?\s?O\.? Box\b)|, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? \d{5}(?:-\d{4})?,?$/i;

/** The marks that rule a caption's two columns apart: "NAME,      )   Case No.", Ohio's ":", Texas' "§". */
export const COLUMN_MARKS = ')|:§';
const isColumnMark = (c: string) => c.length === 1 && COLUMN_MARKS.includes(c);

/** Strips the right-hand column of a table-style caption ("NAME, INC.,     )   Case No. …"). */
function leftColumn(text: string): string {
  const i = text.search(/\s{3,}|\s{2,}[)|:§]|\s[)|§]\s/);
  const left = (i >= 0 ? text.slice(0, i) : text).trim();
  // A line of the column's marks alone (")", "§") is the caption's ruling, not text.
  return left && [...left].every(isColumnMark) ? '' : left;
}

export function isTitleLine(trimmed: string): boolean {
  const { text, markdownLevel } = stripMarkup(trimmed);
  if (text.length > 200 || !TITLE_WORDS.test(text.toUpperCase())) return false;
  if (markdownLevel > 0) return true;
  return text === text.toUpperCase() && /[A-Z]{3}/.test(text) && !/[a-z]/.test(text);
}

export function kindFromTitle(title: string): DocumentKind {
  const t = title.toUpperCase();
  if (/\b(?:ANSWERS?|REPLY)\b/.test(t)) return 'answer';
  if (/\b(?:COMPLAINT|PETITION|COUNTERCLAIMS?|CROSS-COMPLAINT|CROSSCLAIMS?)\b/.test(t)) return 'complaint';
  return 'unknown';
}

function titleCase(role: string): string {
  return role.replace(/\s+/g, ' ').replace(/(^|[-\s/])([a-z])/g, (_m, p, c: string) => p + c.toUpperCase());
}

/**
 * Reads the caption from `lines` (the lines up to and including the title). `titleStart` is the
 * index of the title's first line within `lines`, or -1.
 */
export function readCaption(lines: Line[], titleStart: number, titleEnd: number, titleColumn = 0): Caption {
  const caption: Caption = {
    span: lines.length ? { start: lines[0].start, end: lines[lines.length - 1].end } : { start: 0, end: 0 },
    parties: [],
  };
  const upto = titleStart >= 0 ? titleStart : lines.length;

  // Court: the first block of lines naming a court.
  for (let i = 0; i < upto; i++) {
    const t = stripMarkup(lines[i].text.trim()).text;
    const beside = columnBeside(lines[i].text);
    if (beside >= 0 && /\bCOURT\b/i.test(lines[i].text.slice(beside))) {
      // The court in the right-hand column beside the first party (New Jersey): its lines are those indented as far.
      let j = i;
      while (j + 1 < upto && indentOf(lines[j + 1].text) >= beside - 2 && /^[A-Z ,.:'’&-]+$/.test(lines[j + 1].text.trim())) j++;
      const parts = [lines[i].text.slice(beside).trim(), ...lines.slice(i + 1, j + 1).map(l => l.text.trim())];
      caption.court = { text: parts.join(' '), start: lines[i].start + beside, end: lines[j].end };
      break;
    }
    if (/\bCOURT\b/i.test(t)) {
      let j = i;
      while (j + 1 < upto && lines[j + 1].text.trim() && /^[A-Z ,.'’&-]+$/.test(stripMarkup(lines[j + 1].text.trim()).text)) j++;
      const parts = lines.slice(i, j + 1).map(l => stripMarkup(l.text.trim()).text);
      caption.court = { text: parts.join(' '), start: lines[i].start + lines[i].text.indexOf(lines[i].text.trim()), end: lines[j].end };
      break;
    }
  }

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].text;
    const m = CASE_NUMBER.exec(raw) ?? bareNumber(raw.trim());
    // The number ends with a letter or digit: trailing punctuation is the sentence's.
    const number = m ? trimEnd(m[1], ':.-/') : '';
    if (m && /\d/.test(number)) {
      const at = raw.indexOf(number, m.index);
      caption.caseNumber = { text: number, start: lines[i].start + at, end: lines[i].start + at + number.length };
      break;
    }
  }

  // Parties: a role line ("Plaintiff,") names the block of text above it.
  const rightColumn = rightColumnStart(lines);
  const leftText = (line: Line): string => indentOf(line.text) >= rightColumn ? '' : leftColumn(stripMarkup(line.text.trim()).text);
  let blockStart = -1;
  for (let i = 0; i < lines.length; i++) {
    if (i >= titleStart && i <= titleEnd && titleColumn === 0) continue;
    const t = leftText(lines[i]);
    if (!t || VERSUS.test(t) || /\bCOURT\b|CASE\s+NO|^No\./i.test(t) || /^[-=_]{5,}X?$/.test(t)) {
      if (!t) continue;
      blockStart = -1;
      continue;
    }
    const role = ROLE.exec(t);
    const inline = !role && !/\b(?:for|Attorneys?|Counsel)\b/i.test(t) ? inlineParty(t) : undefined;
    if (role && blockStart >= 0) {
      const nameLines = lines.slice(blockStart, i).map(leftText).filter(Boolean);
      // Ohio and other courts put the party's address under the name: the name ends where it begins.
      const address = nameLines.findIndex((l, k) => k > 0 && ADDRESS_LINE.test(l));
      if (address > 0) nameLines.length = address;
      pushParty(caption.parties, nameLines.join(' '), role[1], { start: lines[blockStart].start, end: lines[i].end });
      blockStart = -1;
    } else if (inline) {
      pushParty(caption.parties, inline.name, inline.role, { start: lines[i].start, end: lines[i].end });
      blockStart = -1;
    } else if (blockStart < 0) {
      blockStart = i;
    } else if (i > 0 && !lines[i - 1].text.trim()) {
      // A new block after a blank line replaces the old one unless the old one was a name.
      blockStart = i;
    }
  }

  if (titleStart >= 0) {
    const first = lines[titleStart];
    const parts = lines.slice(titleStart, titleEnd + 1).map((l, k) => stripMarkup((k === 0 ? l.text.slice(titleColumn) : l.text).trim()).text);
    caption.title = {
      text: parts.join(' '),
      start: first.start + titleColumn,
      end: titleEnd === titleStart ? first.start + first.text.trimEnd().length : lines[titleEnd].start + lines[titleEnd].text.trimEnd().length,
    } as TextSpan;
  }
  return caption;
}

export function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/**
 * Where a two-column caption's right-hand column begins ("PRIYA VENKATARAMAN,      SUPERIOR COURT …"):
 * a line indented that far holds only the right-hand column (the court, the docket, a second title),
 * never a party's name. Infinity when no line has text on both sides of a wide gap.
 */
export function rightColumnStart(lines: readonly { text: string }[]): number {
  let column = Infinity;
  for (const { text } of lines) {
    const right = columnBeside(text);
    if (right >= 0) column = Math.min(column, right - 2);
  }
  return column;
}

/** Where the right-hand column's text starts on a line that has text in both ("NAME,      SUPERIOR COURT"), or -1. */
function columnBeside(text: string): number {
  if (!text || /\s/.test(text[0])) return -1;
  const gap = text.search(/ {3}|\t/);
  if (gap < 0) return -1;
  const right = gap + indentOf(text.slice(gap));
  return right >= 24 && right < text.length && !isColumnMark(text[right]) ? right : -1;
}

/** Drops trailing characters found in `chars` (a loop: linear where a /[…]+$/ pattern is not). */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** "LIVEPERSON, INC., Plaintiff," on one line: the name and the role at its end. */
function inlineParty(t: string): { name: string; role: string } | undefined {
  const m = /(?:^|[\s,])((?:Plaintiff|Defendant|Petitioner|Respondent)s?)[,.;]?$/i.exec(t.length > 300 ? '' : t);
  if (!m) return undefined;
  const name = trimEnd(t.slice(0, m.index + (m[0].length - m[1].length - (/[,.;]$/.test(m[0]) ? 1 : 0))), ', \t');
  return name.length >= 3 ? { name, role: m[1] } : undefined;
}

function pushParty(parties: Party[], rawName: string, rawRole: string, span: { start: number; end: number }): void {
  const does = /\b(?:and\s+)?DOES\s+\d+\s+(?:through|to|-)\s+\d+(?:,?\s*inclusive)?/i.exec(rawName);
  let name = does ? rawName.slice(0, does.index) + rawName.slice(does.index + does[0].length) : rawName;
  let end = name.length;
  while (end > 0 && /[,;\s]/.test(name[end - 1])) end--;
  name = name.slice(0, end).trim();
  if (!name || name.length > 300) return;
  const role = titleCase(rawRole.replace(/s$/i, '').toLowerCase());
  parties.push({ name, role, span });
}
