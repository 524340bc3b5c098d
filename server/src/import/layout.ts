/**
 * From positioned text (what a PDF's text layer holds) to a pleading's blocks in reading order:
 * lines by position, the pleading-paper line numbers in the margin, running headers and footers,
 * ECF headers, clerk stamps, page numbers and review balloons removed; wrapped lines joined into
 * paragraphs (hyphenated words made whole); headings, captions and signature blocks kept line by line.
 * Pure: no I/O, no PDF library.
 */
import type { ImportBlock } from './model';

/** One run of text as a PDF draws it; `y` is the baseline's distance from the page's top. */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font's size on the page (points). */
  size: number;
}

export interface PositionedPage {
  number: number;
  width: number;
  height: number;
  pieces: TextPiece[];
}

interface Line {
  x: number;
  end: number;
  y: number;
  size: number;
  text: string;
}

/** Furniture recognised by its text alone, wherever it sits on the page. */
const FURNITURE: RegExp[] = [
  // CM/ECF: "Case 1:24-cv-01234-ABC Document 1 Filed 03/04/24 Page 3 of 20 PageID #: 12" (spaces collapsed first)
  /^Case \S+ (?:\S+ )?Document [\w-]+ Filed \S+ Page \d+ of \d+(?: Page ?ID ?#?:? ?\d+)?$/i,
  // New Jersey eCourts: "ATL-DC-007956-25 08/19/2025 10:33:46 AM Pg 1 of 4 Trans ID: SCP20253480978"
  /^\S+ \d{1,2}\/\d{1,2}\/\d{2,4} \d{1,2}:\d{2}(?::\d{2})? ?[AP]M Pg \d+ of \d+ Trans ID: ?\S+$/i,
  /^page \d{1,4}(?: of \d{1,4})?$/i,
  /^[-–—] ?\d{1,4} ?[-–—]$/,
];
/** A line that is only a page number, recognised at the top or bottom of a page. */
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[ivxlc]{1,6}$/i;
/** Word's review balloons printed in a redline's margin. */
const BALLOON = /^(?:Deleted|Formatted|Inserted|Moved \((?:from|to)\)|Comment \[\w+\]|Commented \[\w+\]|Field Code Changed):/;

/** A paragraph number or list label on its own: "12.", "(a)", "IV.", "•". */
const LABEL = /^(?:\d{1,4}\.|\(\w{1,4}\)|[IVXLC]{1,6}\.|[A-Za-z]\.|[•●▪-])$/;

const median = (xs: number[]): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** The most common value after rounding to `step`, weighted. */
function mode(values: { v: number; w: number }[], step: number): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestW = -1;
  for (const { v, w } of values) {
    const k = Math.round(v / step) * step;
    const n = (counts.get(k) ?? 0) + w;
    counts.set(k, n);
    if (n > bestW) { bestW = n; best = k; }
  }
  return best;
}

/**
 * Pleading-paper line numbers (1–28 down the left margin) and line numbers at the right end of
 * each line: a column of bare numbers, increasing down the page, beside the text.
 */
function removeLineNumbers(pieces: TextPiece[]): TextPiece[] {
  const numeric = pieces.filter(p => /^\d{1,4}$/.test(p.str.trim()));
  if (numeric.length < 5) return pieces;
  const removed = new Set<TextPiece>();
  // Numbers are right-aligned (1–9 and 10–28 share a right edge) or left-aligned: try both.
  for (const edge of [(p: TextPiece) => p.x + p.width, (p: TextPiece) => p.x]) {
    const columns = new Map<number, TextPiece[]>();
    for (const p of numeric) {
      const k = Math.round(edge(p) / 4);
      const col = columns.get(k) ?? columns.get(k - 1) ?? columns.get(k + 1);
      if (col) col.push(p);
      else columns.set(k, [p]);
    }
    for (const col of columns.values()) {
      if (col.length < 5 || col.some(p => removed.has(p))) continue;
      col.sort((a, b) => a.y - b.y);
      let increasing = 0;
      for (let i = 1; i < col.length; i++) if (Number(col[i].str) > Number(col[i - 1].str)) increasing++;
      if (increasing < (col.length - 1) * 0.8) continue;
      // Beside the text: nothing else in the column's x band.
      const lo = Math.min(...col.map(p => p.x));
      const hi = Math.max(...col.map(p => p.x + p.width));
      const inBand = pieces.filter(p => !col.includes(p) && p.str.trim() && p.x < hi && p.x + p.width > lo).length;
      if (inBand > col.length * 0.2) continue;
      for (const p of col) removed.add(p);
    }
  }
  return removed.size ? pieces.filter(p => !removed.has(p)) : pieces;
}

/**
 * Review balloons and other margin notes: text in a smaller font than the body, right of the
 * body's right edge (a redline's "Deleted: …" column).
 */
function removeMarginNotes(pieces: TextPiece[], bodySize: number): TextPiece[] {
  const body = pieces.filter(p => Math.abs(p.size - bodySize) < bodySize * 0.15);
  if (!body.length) return pieces;
  const right = median(body.map(p => p.x + p.width).sort((a, b) => a - b).slice(-Math.max(1, Math.ceil(body.length / 5))));
  const small = (p: TextPiece) => p.size < bodySize * 0.8;
  const balloonX = pieces.filter(p => small(p) && BALLOON.test(p.str.trim())).map(p => p.x);
  const column = balloonX.length ? Math.min(...balloonX) - 2 : right;
  return pieces.filter(p => !(small(p) && p.x >= column));
}

/** Pieces on one baseline, left to right. */
function groupLines(pieces: TextPiece[]): TextPiece[][] {
  const sorted = pieces.filter(p => p.str.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const p of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(p.y - g[0].y) <= Math.min(p.size, g[0].size) * 0.4) g.push(p);
    else groups.push([p]);
  }
  for (const g of groups) g.sort((a, b) => a.x - b.x);
  return groups;
}

/** A caption's column of ")" (or "§", ":") marks between the parties and the case number. */
const COLUMN_MARK = /^[)§:|]¶?$/;

/** One line's text: a gap wider than a few characters becomes several spaces (columns). */
function lineOf(g: TextPiece[]): Line {
  const size = median(g.map(p => p.size)) || 1;
  let text = '';
  let end = -Infinity;
  for (const p of g) {
    const gap = p.x - end;
    const s = p.str.replace(/\s+/g, ' ');
    if (text) {
      // After a paragraph number or list label at the line's start a wide gap is an indent, not a column.
      if (gap > size * 1.5 && LABEL.test(text)) text += ' ';
      else if (gap > size * 1.5) text = text.trimEnd() + ' '.repeat(Math.min(40, Math.max(4, Math.round(gap / (size * 0.5)))));
      else if (gap > size * 0.12 && !text.endsWith(' ') && !s.startsWith(' ')) text += ' ';
    }
    text += s;
    end = Math.max(end, p.x + p.width);
  }
  return { x: g[0].x, end, y: median(g.map(p => p.y)), size, text: text.trim() };
}

/**
 * Two columns side by side — a caption (parties left, case number and title right, often with a
 * column of ")" between) or a page set in two columns: a run of lines that no text crosses at one
 * x, most with text on both sides, the right side starting at one x. Read left, then right.
 */
function splitColumns(groups: TextPiece[][]): TextPiece[][][] {
  if (groups.length < 4) return [groups];
  const starts = new Set<number>();
  for (const g of groups) {
    for (let i = 1; i < g.length; i++) {
      const gap = g[i].x - (g[i - 1].x + g[i - 1].width);
      // Not the gap after a paragraph number ("12.      The …"): that is an indent.
      if (i === 1 && LABEL.test(g[0].str.trim())) continue;
      if (gap > g[i].size * 1.5 || COLUMN_MARK.test(g[i].str.trim())) starts.add(Math.round(g[i].x) - 2);
    }
  }
  let best: { from: number; to: number; x: number; both: number } | undefined;
  for (const x of starts) {
    let from = -1;
    let both = 0;
    const close = (to: number) => {
      if (from >= 0 && both >= 3 && to - from >= 4 && (!best || both > best.both)) best = { from, to, x, both };
      from = -1;
      both = 0;
    };
    groups.forEach((g, i) => {
      const crosses = g.some(p => p.x < x && p.x + p.width > x + 1);
      if (crosses) return close(i);
      if (from < 0) from = i;
      const leftPieces = g.filter(p => p.x + p.width <= x && !COLUMN_MARK.test(p.str.trim()));
      const left = leftPieces.length > 0 && !(leftPieces.length === 1 && LABEL.test(leftPieces[0].str.trim()));
      const right = g.some(p => p.x >= x && !COLUMN_MARK.test(p.str.trim()));
      if (left && right) both++;
    });
    close(groups.length);
  }
  if (!best) return [groups];
  const { from, to, x } = best;
  // The right column has a left edge (indents allowed), not text wherever words fell.
  const rightStarts = groups.slice(from, to).map(g => g.find(p => p.x >= x && !COLUMN_MARK.test(p.str.trim()))).filter((p): p is TextPiece => !!p).map(p => p.x);
  const edge = Math.min(...rightStarts);
  if (rightStarts.filter(v => v - edge <= 80).length < rightStarts.length * 0.8) return [groups];
  const keep = (p: TextPiece) => !COLUMN_MARK.test(p.str.trim());
  const leftCol = groups.slice(from, to).map(g => g.filter(p => p.x < x && keep(p))).filter(g => g.length);
  const rightCol = groups.slice(from, to).map(g => g.filter(p => p.x >= x && keep(p))).filter(g => g.length);
  return [groups.slice(0, from), leftCol, rightCol, ...splitColumns(groups.slice(to))].filter(c => c.length);
}

/** Digits stand for any number: "COMPLAINT - 4" and "COMPLAINT - 5" are the same running footer. */
const shape = (t: string) => t.replace(/\d+/g, '#').replace(/[^a-z#]+/gi, ' ').trim().toLowerCase();

/** Lines repeated at the top or bottom of most pages: running headers and footers. */
function runningLines(pages: Line[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 3), ...lines.slice(-3)].map(l => shape(l.text)));
    for (const s of edge) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (pages.length < 3) return out;
  for (const [s, n] of seen) if (n >= Math.max(3, pages.length * 0.5) && s.length <= 160 && /[a-z]/.test(s)) out.add(s);
  return out;
}

/** Top and bottom bands of a page, where running headers and footers sit. */
const inBand = (y: number, height: number) => y < height * 0.085 || y > height * 0.92;
const inEdge = (p: TextPiece, page: PositionedPage) => inBand(p.y, page.height);

/**
 * Pieces of text in the top or bottom band that recur on most pages (a footer's document name,
 * "COMPLAINT", a page number): removed piece by piece, as a footer's parts need not share a line.
 */
function edgeRepeats(pages: PositionedPage[]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const here = new Set(page.pieces.filter(p => p.str.trim() && inEdge(p, page)).map(p => pieceShape(p.str)));
    for (const s of here) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (pages.length < 3) return out;
  for (const [s, n] of seen) if (n >= Math.max(3, pages.length * 0.5)) out.add(s);
  return out;
}

function removeEdgeRepeats(pieces: TextPiece[], page: PositionedPage, repeats: Set<string>): TextPiece[] {
  return repeats.size ? pieces.filter(p => !(inEdge(p, page) && repeats.has(pieceShape(p.str)))) : pieces;
}

/** Text with letters compares by its words ("258445_7.doc--" is "258445_7.doc"); a number keeps its punctuation ("24." is a paragraph, "7" a page). */
const pieceShape = (t: string) => (/[a-z]/i.test(t) ? shape(t) : t.trim().replace(/\d+/g, '#'));

const oneSpaced = (text: string) => text.replace(/\s+/g, ' ').trim();

function isFurniture(text: string): boolean {
  return text.length <= 200 && FURNITURE.some(p => p.test(oneSpaced(text)));
}

const isEcfHeader = (text: string) => text.length <= 200 && FURNITURE[0].test(oneSpaced(text));

export interface LayoutResult {
  blocks: ImportBlock[];
  /** The first CM/ECF header line removed, kept for the source comment (its case number). */
  ecfHeader?: string;
  /** Pages with no text once furniture is removed (scans among text pages). */
  emptyPages: number[];
}

/** Lays out a PDF's pages as blocks of pleading text. */
export function layoutPages(pages: PositionedPage[]): LayoutResult {
  const all = pages.flatMap(p => p.pieces);
  const bodySize = mode(all.filter(p => p.str.trim()).map(p => ({ v: p.size, w: p.str.length })), 0.5) || 12;
  const repeats = edgeRepeats(pages);
  const ecfLine = pages.length ? groupLines(pages[0].pieces).map(lineOf).find(l => isEcfHeader(l.text)) : undefined;
  const ecfHeader = ecfLine ? oneSpaced(ecfLine.text) : undefined;
  const pageLines = pages.map(page => {
    const pieces = removeEdgeRepeats(removeMarginNotes(removeLineNumbers(page.pieces.filter(p => p.str.trim())), bodySize), page, repeats);
    return splitColumns(groupLines(pieces)).map(column => column.map(lineOf).filter(l => !isFurniture(l.text)));
  });
  const running = runningLines(pageLines.map(columns => columns.flat()));
  const blocks: ImportBlock[] = [];
  const emptyPages: number[] = [];
  const numbering = { last: 0 };
  pages.forEach((page, i) => {
    // A running header or footer sits in the page's top or bottom band: a body line of the same
    // shape (repetitive prose: "and it would not otherwise have done so.") is not one.
    const columns = pageLines[i].map(col => col.filter(l => !(running.has(shape(l.text)) && inBand(l.y, page.height)))).filter(col => col.length);
    // A bare page number as the first or last line.
    const first = columns[0];
    const last = columns[columns.length - 1];
    while (last?.length && PAGE_NUMBER.test(last[last.length - 1].text) && last[last.length - 1].y > page.height * 0.8) last.pop();
    while (first?.length && PAGE_NUMBER.test(first[0].text) && first[0].y < page.height * 0.2) first.shift();
    if (!columns.some(col => col.length)) {
      emptyPages.push(page.number);
      return;
    }
    const pageBlocks = columns.flatMap(column => toBlocks(column, page, numbering));
    const head = pageBlocks[0];
    const prev = blocks[blocks.length - 1];
    // A paragraph running on across the page break: one block, the page marker inside it.
    if (prev && head && prev.prose && (head.prose || head.lines.length === 1) && continues(prev.lines[prev.lines.length - 1], head.lines[0])) {
      prev.continued = { page: page.number, lines: head.lines };
      pageBlocks.shift();
    }
    blocks.push(...pageBlocks);
  });
  return { blocks, emptyPages, ecfHeader };
}

/** Whether `next` (a page's first line) carries on the sentence `last` (the previous page's last line) left open. */
function continues(last: string, next: string): boolean {
  // A heading at a page's foot ("COUNT VI") is not a sentence left open.
  if (/[.?!:;"”)]$/.test(last.trim()) || capitals(last) || /^(?:COUNT|Count)\s+\S+$/.test(last.trim()) || last.trim().length < 30) return false;
  return !startsParagraph(next) && !/^[A-Z][A-Z\s.,'’&-]{3,}$/.test(next.trim());
}

/** A numbered paragraph, a lettered sub-item or a heading's numeral at the start of a line. */
function startsParagraph(text: string): boolean {
  return /^(?:\d{1,4}\.(?:\s|$)|\(\w{1,4}\)\s|[IVXLC]{1,6}\.\s|COUNT\b|[A-Z]\.\s)/.test(text.trim());
}

/** A heading line that stands alone: "COUNT IV", "FIRST CAUSE OF ACTION". */
const HEADING_LINE = /^(?:COUNT|Count)\s+\S+$|CAUSE OF ACTION$|CLAIM FOR RELIEF$|DEFENSE$/;

/** The text's left edge: the leftmost place where a fair share of lines start (not a stray line). */
function leftMargin(lines: Line[]): number {
  const xs = lines.map(l => Math.round(l.x / 3) * 3).sort((a, b) => a - b);
  for (const x of new Set(xs)) if (xs.filter(v => Math.abs(v - x) <= 3).length >= Math.max(1, lines.length * 0.2)) return x;
  return xs[0];
}

/** A line in capitals (a heading), as against running text. */
function capitals(text: string): boolean {
  return text.length >= 6 && /[A-Z]{3}/.test(text) && !/[a-z]/.test(text);
}

/** Groups a column's lines into blocks: paragraphs joined, headings and captions line by line. */
function toBlocks(lines: Line[], page: PositionedPage, numbering: { last: number }): ImportBlock[] {
  if (!lines.length) return [];
  const left = leftMargin(lines);
  const right = median(lines.map(l => l.end).sort((a, b) => a - b).slice(-Math.max(1, Math.ceil(lines.length / 3))));
  const gaps = lines.slice(1).map((l, i) => l.y - lines[i].y).filter(g => g > 0);
  const spacing = mode(gaps.map(g => ({ v: g, w: 1 })), 1) || 14;
  const full = (l: Line) => l.end >= right - Math.max(30, (right - left) * 0.12);
  const centred = (l: Line) => l.x > left + 20 && !full(l) && Math.abs((l.x - left) - (right - l.end)) < Math.max(24, (right - left) * 0.08);
  const blocks: ImportBlock[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (!cur.length) return;
    // Prose: lines that run to the right margin (all but the last), so they were wrapped.
    // A centred heading wrapped over lines is one heading (but "COUNT IV" stays apart from its title).
    const wrappedHeading = cur.length > 1 && cur.every(centred) && !cur.some(l => HEADING_LINE.test(l.text)) && cur.slice(0, -1).every(l => l.end - l.x > (right - left) * 0.5);
    const prose = wrappedHeading || (cur.length > 1 ? cur.slice(0, -1).every(full) && !cur.some(l => / {4,}/.test(l.text)) : full(cur[0]) || startsParagraph(cur[0].text));
    blocks.push({ page: page.number, lines: cur.map(l => l.text), prose });
    cur = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const prev = cur[cur.length - 1];
    if (prev) {
      const gap = l.y - prev.y;
      const blank = gap > spacing * 1.6 && gap > prev.size * 1.9;
      const indented = l.x > left + 12 && !(prev.x > left + 12 && Math.abs(prev.x - l.x) < 3 && full(prev));
      const sentenceEnded = /[.?!:;"”]$/.test(prev.text);
      const n = /^(\d{1,4})\.\s/.exec(l.text);
      // The next paragraph number at a line's start opens that paragraph, whatever came before.
      const next = !!n && Number(n[1]) === numbering.last + 1;
      const newStart = next || (startsParagraph(l.text) && (sentenceEnded || !full(prev) || l.x > left + 12));
      const heading = centred(l) !== centred(prev) || (centred(l) && !full(prev));
      const columns = / {4,}/.test(l.text) !== / {4,}/.test(prev.text);
      const caps = capitals(l.text) !== capitals(prev.text);
      if (blank || newStart || heading || columns || caps || (indented && (sentenceEnded || !full(prev))) || (!full(prev) && sentenceEnded && full(l))) flush();
    }
    cur.push(l);
    const n = /^(\d{1,4})\.\s/.exec(l.text);
    if (n && cur.length === 1 && Number(n[1]) <= numbering.last + 3 && Number(n[1]) > 0) numbering.last = Number(n[1]);
  }
  flush();
  return blocks;
}
