/**
 * From a parsed pleading to the blocks of a Word document: the caption split into the attorney
 * block, the court and a two-column table (parties left; case number and title right), then the
 * body in order — headings, numbered paragraphs (the number kept as text), unnumbered prose, the
 * signature block. Every line of the text lands in one block except page furniture (footers,
 * page numbers, comments), which the Word document replaces with its own. Pure: no I/O, no docx.
 *
 * The blocks follow the text's own blocks (blank-line separated), so a Word file made from them
 * reads back, through the importer, as the same pleading; wrapped lines are joined, and a
 * paragraph cut by a page break (a blank line mid-sentence) is made whole.
 */
import { LineIndex, type Pleading } from '../core';
import { endsSentence, stripMarkup } from '../core/parse/lines';
import { ADDRESS_LINE, COLUMN_MARKS, indentOf, rightColumnStart } from '../core/parse/caption';
import { joinLines } from '../import/model';

/** A run of text with its emphasis (Markdown `**bold**` and `*italic*` in the source). */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One line of a block: runs, and tabs where the source had a column gap. */
export type RunLine = (Run | { tab: true })[];

export type BlockRole =
  /** The attorney block above the court (California), or other lines before it: left, single-spaced. */
  | 'above'
  /** The court's name: centred, bold. */
  | 'court'
  /** The title when there is no caption table: centred, bold. */
  | 'title'
  /** Caption lines outside the table (no parties found): left, single-spaced. */
  | 'caption'
  /** A heading (section, COUNT and its title, defense, prayer): centred, bold. */
  | 'heading'
  /** A subsection heading ("A. The Agreement"): left, bold. */
  | 'subheading'
  /** A numbered paragraph: its number, a tab, the text. */
  | 'numbered'
  /** Prose without a number (preamble, a response block, a defense's text, the prayer): first line indented. */
  | 'prose'
  /** Lines kept as lines in the body (a list): double-spaced, not indented. */
  | 'lines'
  /** The signature block: lines kept, single-spaced; `indented` when the source set it to the right. */
  | 'signature';

export interface ExportBlock {
  role: BlockRole;
  /** Lines, separated by line breaks in the Word paragraph. */
  lines: RunLine[];
  /** A numbered paragraph's number as written ("12."): text, never Word's automatic numbering. */
  number?: string;
  /** A Markdown heading's level (`##` → 2): Word's heading style of that level. */
  level?: number;
  /** The block was indented to the right in the source (a signature column). */
  indented?: boolean;
}

export interface CaptionRow {
  left: RunLine;
  /** What the left cell holds: a party's name, its role ("Plaintiff,"), or "v.". */
  kind?: 'name' | 'role' | 'versus';
  right: RunLine;
  /** The row holding the document's title (bold). */
  title?: boolean;
}

export interface ExportLayout {
  /** The document's title, for the footer ("ANSWER AND AFFIRMATIVE DEFENSES"). */
  title: string;
  /** Above the table: the attorney block and the court. */
  head: ExportBlock[];
  /** The caption table's rows: one per line, so each party, role and number keeps its line. */
  caption: CaptionRow[];
  body: ExportBlock[];
}

const COMMENT = /^<!--.*-->$/;
/** Caption lines that go in the right-hand column: the judge, dates, jury demand, bracketed notes. */
const CAPTION_NOTE = /^(?:\[.*\]|(?:DEMAND\s+FOR\s+)?JURY\s+TRIAL(?:\s+DEMANDED)?|JURY\s+DEMAND(?:ED)?|(?:Judge|Hon\.|Honorable|Magistrate|Dept\.?|Department|Courtroom|Action\s+Filed|Complaint\s+Filed|Trial\s+Date)\b.*)$/i;
const VERSUS = /^(?:v\.?|vs\.?|versus|-\s*against\s*-|against)$/i;
/** A line that starts an item of a list (kept on its own line when the text around it is joined). */
const LIST_ITEM = /^(?:\(\w{1,4}\)|\w{1,3}[.)]|[•●▪–-])\s/;
/** A gap between columns within a line: a tab, or three or more spaces. */
const COLUMN_GAP = /\t+|(?<=\S) {3,}(?=\S)/;

/** Backslash escapes of Markdown punctuation (`12\.`, `\*`): the character itself. */
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>|~])/g;

/**
 * A line's text as runs: `**bold**` and `*italic*` become emphasis, escapes their character.
 * Markers without a partner stay as written (nothing is dropped).
 */
export function runsOf(text: string, base: Omit<Run, 'text'> = {}): Run[] {
  // Escaped characters are set aside first, so `\*` never opens emphasis.
  const escaped: string[] = [];
  const guarded = text.replace(ESCAPE, (_m, c: string) => `\u{F0000}${String.fromCharCode(0xe000 + escaped.push(c) - 1)}`);
  const restore = (s: string) => s.replace(/\u{F0000}([\ue000-\uf8ff])/gu, (_m, k: string) => escaped[k.charCodeAt(0) - 0xe000]);
  const runs: Run[] = [];
  const push = (s: string, style: Omit<Run, 'text'>) => {
    if (!s) return;
    const last = runs[runs.length - 1];
    const merged = { ...base, ...style };
    if (last && !!last.bold === !!merged.bold && !!last.italic === !!merged.italic) last.text += restore(s);
    else runs.push({ ...merged, text: restore(s) });
  };
  const emphasis = /(\*\*\*|\*\*|\*)(?=\S)(.+?)(?<=\S)\1(?!\*)/g;
  let at = 0;
  for (let m = emphasis.exec(guarded); m; m = emphasis.exec(guarded)) {
    push(guarded.slice(at, m.index), {});
    const marks = m[1].length;
    push(m[2], marks === 3 ? { bold: true, italic: true } : marks === 2 ? { bold: true } : { italic: true });
    at = m.index + m[0].length;
  }
  push(guarded.slice(at), {});
  return runs;
}

/** A line as runs, with its column gaps as tabs. */
function runLine(text: string, base: Omit<Run, 'text'> = {}): RunLine {
  const out: RunLine = [];
  text.trim().split(COLUMN_GAP).forEach((part, k) => {
    if (k > 0) out.push({ tab: true });
    out.push(...runsOf(part, base));
  });
  return out;
}

/** Markdown heading marks (and emphasis around the whole line) off a line: its text and level (0: not a Markdown heading). */
function headingText(line: string): { text: string; level: number } {
  const { text, markdownLevel } = stripMarkup(line.trim());
  return { text, level: markdownLevel };
}

/**
 * Lines of running text as display lines: wrapped lines joined (a word hyphenated at the wrap made
 * whole, as the importer does), a list item kept on a line of its own.
 */
function flow(lines: string[]): string[] {
  const out: string[][] = [];
  for (const l of lines) {
    if (!out.length || LIST_ITEM.test(l.trim())) out.push([l]);
    else out[out.length - 1].push(l);
  }
  return out.map(joinLines);
}

/** Lines typed as lines (an address, a list): short lines or columns, not wrapped prose. */
function keptAsLines(lines: string[]): boolean {
  return lines.length > 1 && (lines.some(l => COLUMN_GAP.test(l.trim())) || lines.slice(0, -1).some(l => l.trim().length < 40) || lines.slice(1).some(l => LIST_ITEM.test(l.trim())));
}

/** Indented as a whole (a signature set in the right-hand half): every line starts after a tab or 8 spaces. */
function indented(lines: string[]): boolean {
  return lines.every(l => /^(?:\t| {8})/.test(l));
}

type Owner = { kind: 'heading'; index: number } | { kind: 'paragraph'; index: number } | { kind: 'signature' } | { kind: 'text' };

export function exportLayout(p: Pleading): ExportLayout {
  const index = new LineIndex(p.text);
  const lineOf = (offset: number) => index.lineAt(offset);
  const artifacts = new Set(p.artifacts.map(a => lineOf(a.start)));
  const skip = (i: number) => artifacts.has(i) || COMMENT.test(index.lineText(i).trim());
  const captionEnd = p.caption.span.end > p.caption.span.start ? lineOf(p.caption.span.end) : -1;

  const { head, caption } = captionBlocks(p, index, captionEnd, skip);

  // Who owns each body line.
  const owners: Owner[] = new Array(index.lineCount).fill({ kind: 'text' });
  const mark = (start: number, end: number, owner: Owner) => {
    for (let i = lineOf(start); i <= lineOf(Math.max(start, end - 1)); i++) owners[i] = owner;
  };
  p.headings.forEach((h, k) => mark(h.span.start, h.span.end, { kind: 'heading', index: k }));
  p.paragraphs.forEach((para, k) => mark(para.span.start, para.span.end, { kind: 'paragraph', index: k }));
  if (p.signature) mark(p.signature.span.start, index.text.length, { kind: 'signature' });

  // Groups: consecutive lines of one owner, a blank line or a change of owner ending each.
  const groups: { owner: Owner; first: number; lines: string[] }[] = [];
  let open: (typeof groups)[number] | undefined;
  for (let i = captionEnd + 1; i < index.lineCount; i++) {
    const raw = index.lineText(i);
    if (!raw.trim()) {
      open = undefined;
      continue;
    }
    if (skip(i)) continue;
    const owner = owners[i];
    if (!open || open.owner !== owner) groups.push((open = { owner, first: i, lines: [] }));
    open.lines.push(raw);
  }

  const body: Draft[] = [];
  let prev: { owner: Owner; draft: Draft; last: string } | undefined;
  for (const g of groups) {
    const { owner } = g;
    // A page break inside a paragraph (a blank line mid-sentence, the next block in lower case): one paragraph again.
    if (prev && prev.owner === owner && owner.kind !== 'signature' && owner.kind !== 'heading' && !endsSentence(prev.last.trim()) && /^[a-z]/.test(g.lines[0].trim())) {
      const lines = prev.draft.lines;
      lines.push(...flow([lines.pop()!, ...g.lines]));
      prev.last = g.lines[g.lines.length - 1];
      continue;
    }
    const draft = draftOf(p, owner, g.first, g.lines, index, prev?.owner === owner);
    body.push(draft);
    prev = { owner, draft, last: g.lines[g.lines.length - 1] };
  }
  const title = (p.caption.title?.text ?? '').replace(/\s+/g, ' ').trim();
  return { title, head, caption, body: body.map(finish) };
}

/** A block while its lines are still text (a page break may yet join the next block to it). */
interface Draft extends Omit<ExportBlock, 'lines'> {
  lines: string[];
  /** Every run bold (headings, the court). */
  bold?: boolean;
}

function finish({ lines, bold, ...block }: Draft): ExportBlock {
  return { ...block, lines: lines.map(l => runLine(l, bold ? { bold } : {})) };
}

function draftOf(p: Pleading, owner: Owner, first: number, lines: string[], index: LineIndex, continues: boolean): Draft {
  if (owner.kind === 'heading') {
    const h = p.headings[owner.index];
    const level = headingText(lines[0]).level;
    return {
      role: h.kind === 'subsection' && !level ? 'subheading' : 'heading',
      lines: lines.map(l => headingText(l).text),
      bold: true,
      ...(level ? { level } : {}),
    };
  }
  if (owner.kind === 'signature') return { role: 'signature', lines, ...(indented(lines) ? { indented: true } : {}) };
  if (owner.kind === 'paragraph' && !continues) {
    const para = p.paragraphs[owner.index];
    if (para.number !== null && para.numberSpan) {
      // The number as written, without Markdown ("**12.**", "12\." → "12.").
      const bodyLine = index.lineAt(para.bodySpan.start);
      const lead = index.text.slice(Math.max(index.starts[first], para.span.start), bodyLine === first ? para.bodySpan.start : index.ends[first]);
      const number = lead.replace(/\*/g, '').replace(/\\\./, '.').trim();
      const rest = bodyLine === first ? [index.text.slice(para.bodySpan.start, index.ends[first]), ...lines.slice(1)] : lines.slice(1);
      return { role: 'numbered', number, lines: flow(rest) };
    }
  }
  if (keptAsLines(lines)) return { role: 'lines', lines: lines.map(l => l.trim()) };
  return { role: 'prose', lines: flow(lines) };
}

/**
 * The caption: lines before the court (the attorney block), the court, then a table of one row
 * per line — parties, roles and "v." on the left; the case number, notes and the title on the
 * right, the title on the row of the last party line (the parser takes a right-hand title there
 * and the parties above it), notes that follow the title in rows below it.
 */
/** A caption line without the column's marks: "RASHIDA PENNINGTON      :" → "RASHIDA PENNINGTON", ")  No. 5" → "No. 5". */
function withoutColumnMarks(t: string): string {
  // Word by word, keeping the gaps between the text that stays: a lone mark is the ruling.
  const parts = t.split(/(\s+)/);
  const isMark = (w: string) => w.length === 1 && COLUMN_MARKS.includes(w);
  const kept: string[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    if (isMark(parts[k])) continue;
    if (kept.length && parts[k]) kept.push(parts[k - 1].length >= 3 || k >= 2 && isMark(parts[k - 2]) ? '    ' : parts[k - 1]);
    if (parts[k]) kept.push(parts[k]);
  }
  return kept.join('');
}

function captionBlocks(p: Pleading, index: LineIndex, captionEnd: number, skip: (i: number) => boolean): { head: ExportBlock[]; caption: CaptionRow[] } {
  const head: ExportBlock[] = [];
  if (captionEnd < 0) return { head, caption: [] };
  const { court, parties, caseNumber, title } = p.caption;
  const lineOf = (offset: number) => index.lineAt(offset);
  const courtStart = court ? lineOf(court.start) : -1;
  // A court named in the right-hand column beside the first party (New Jersey) is part of the table.
  const courtBeside = !!court && court.start > index.starts[courtStart] + indentOf(index.lineText(courtStart));
  const courtEnd = court && !courtBeside ? lineOf(court.end) : courtStart - 1;
  const titleStart = title ? lineOf(title.start) : -1;
  const titleEnd = title ? lineOf(Math.max(title.start, title.end - 1)) : -1;
  const caseLine = caseNumber ? lineOf(caseNumber.start) : -1;
  const partyStart = parties.length ? Math.min(...parties.map(x => lineOf(x.span.start))) : -1;
  const table = parties.length > 0;
  // The table starts at the first party, case number or title after the court.
  const tableStart = table ? Math.min(...[partyStart, caseLine, titleStart].filter(i => i > courtEnd)) : captionEnd + 1;

  // Blocks of lines above the table: attorney block (left), court (centred), others.
  let group: string[] = [];
  let role: BlockRole = 'above';
  const flush = () => {
    if (group.length) head.push({ role, lines: group.map(l => runLine(l, role === 'court' || role === 'title' ? { bold: true } : {})) });
    group = [];
  };
  for (let i = 0; i <= captionEnd && i < tableStart; i++) {
    const raw = index.lineText(i);
    if (!raw.trim() || skip(i)) {
      if (!raw.trim()) flush();
      continue;
    }
    const r: BlockRole = court && !courtBeside && i >= courtStart ? 'court' : titleStart >= 0 && i >= titleStart && i <= titleEnd ? 'title' : court || table ? 'above' : 'caption';
    if (r !== role) flush();
    role = r;
    group.push(r === 'court' || r === 'title' ? headingText(raw).text : raw);
  }
  flush();
  if (!table) return { head, caption: [] };

  // The left column's entries with their source lines; a party's name wrapped over lines is one entry.
  const left: { text: string; line: number }[] = [];
  const rightBefore: RunLine[] = [];
  const rightAfter: RunLine[] = [];
  const rightColumn = rightColumnStart(Array.from({ length: captionEnd + 1 - tableStart }, (_, k) => ({ text: index.lineText(tableStart + k) })));
  for (let i = tableStart; i <= captionEnd; i++) {
    const raw = index.lineText(i);
    if (!raw.trim() || skip(i)) continue;
    const afterTitle = titleEnd >= 0 && i > titleEnd;
    const right = afterTitle ? rightAfter : rightBefore;
    if (i >= titleStart && i <= titleEnd) {
      // A title in the right-hand column: what stands left of it is a party line.
      const before = i === titleStart && title ? raw.slice(0, Math.max(0, title.start - index.starts[i])).trim() : '';
      if (before) left.push({ text: before, line: i });
      continue;
    }
    // The caption's ruling (")", ":", "§" down the middle) is the table's border in Word.
    const t = withoutColumnMarks(raw.trim());
    if (!t) continue;
    const gap = COLUMN_GAP.exec(t);
    if (gap && gap.index > 0) {
      left.push({ text: t.slice(0, gap.index), line: i });
      right.push(runLine(t.slice(gap.index + gap[0].length)));
    } else if (indentOf(raw) >= rightColumn || i === caseLine || CAPTION_NOTE.test(headingText(t).text.replace(/\*/g, '')) || (afterTitle && LIST_ITEM.test(t))) {
      right.push(runLine(headingText(t).text));
    } else {
      left.push({ text: t, line: i });
    }
  }
  // Each party's span runs from its name to its role line ("Plaintiff,").
  const spans = parties.map(x => ({ first: lineOf(x.span.start), role: lineOf(Math.max(x.span.start, x.span.end - 1)) }));
  const entries: { text: string; kind: CaptionRow['kind'] }[] = [];
  let prevLine = -1;
  for (const e of left) {
    const party = spans.find(s => e.line >= s.first && e.line <= s.role);
    const kind: CaptionRow['kind'] = party && party.role === e.line && party.first !== e.line ? 'role' : VERSUS.test(e.text.replace(/\*/g, '')) ? 'versus' : party ? 'name' : undefined;
    const last = entries[entries.length - 1];
    // A name wrapped over lines is one entry; an address under it (Ohio) keeps its own rows.
    if (kind === 'name' && last?.kind === 'name' && party && prevLine >= party.first && !ADDRESS_LINE.test(e.text) && !ADDRESS_LINE.test(last.text)) last.text += ` ${e.text}`;
    else entries.push({ text: e.text, kind });
    prevLine = e.line;
  }
  const rows: CaptionRow[] = [];
  // Beside an all-capitals party line ("DEFENDANT.") the parser would read the whole line as the
  // title: the title then takes a row of its own below the parties.
  const capsLast = !!title && entries.length > 0 && !/[a-z]/.test(entries[entries.length - 1].text);
  const titleRow = Math.max(entries.length + (capsLast ? 1 : 0), rightBefore.length + (title ? 1 : 0)) - 1;
  for (let r = 0; r <= titleRow; r++) {
    const isTitle = !!title && r === titleRow;
    const entry = entries[r];
    rows.push({
      left: entry ? runLine(entry.text) : [],
      right: isTitle ? runsOf(title.text, { bold: true }) : rightBefore[r] ?? [],
      ...(entry?.kind ? { kind: entry.kind } : {}),
      ...(isTitle ? { title: true } : {}),
    });
  }
  for (const extra of rightAfter) rows.push({ left: [], right: extra });
  return { head, caption: rows };
}
