/**
 * Makes PDF and Word files that look like real filings, from a pleading's text, for the import
 * tests: a filed PDF on pleading paper (line numbers 1–28 in the margin, a CM/ECF header and a
 * running footer on every page, a two-column caption with a ")" column, paragraphs wrapped and
 * indented, a word hyphenated across a line, paragraphs running across page breaks), and a .docx
 * with typed or Word-automatic paragraph numbers.
 */
import * as docx from 'docx';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export interface PdfOptions {
  /** CM/ECF header text before "Page N of M". */
  ecf?: string;
  /** Running footer (the title), with the page number. */
  footer?: string;
  /** 28 numbered lines in the left margin. */
  pleadingPaper?: boolean;
  /** Lay every body page out in two columns. */
  twoColumns?: boolean;
}

const PAGE_W = 612;
const PAGE_H = 792;
const SIZE = 12;

interface Laid { text: string; x: number; font: 'regular' | 'bold'; centred?: boolean; gapBefore?: number }

/** Splits `text` into lines no wider than `width`; one long word is hyphenated at the break. */
function wrap(text: string, font: PDFFont, width: number, firstIndent: number, hyphenate: boolean): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  let limit = width - firstIndent;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const trial = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(trial, SIZE) <= limit) { cur = trial; continue; }
    // A long lowercase word at the break is split with a hyphen, as word processors do.
    if (hyphenate && cur && /^[a-z]{9,}[.,;]?$/.test(w)) {
      const half = Math.ceil(w.length / 2);
      const head = `${cur} ${w.slice(0, half)}-`;
      if (font.widthOfTextAtSize(head, SIZE) <= limit) {
        lines.push(head);
        cur = w.slice(half);
        limit = width;
        continue;
      }
    }
    lines.push(cur);
    cur = w;
    limit = width;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Lays a pleading's text out as a filed PDF. */
export async function pleadingPdf(text: string, o: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const left = o.pleadingPaper ? 90 : 72;
  const right = PAGE_W - 72;
  const top = 72;
  const lineH = o.pleadingPaper ? 24 : 16;
  const bottom = PAGE_H - 72;
  const twoCol = o.twoColumns ?? false;
  const width = twoCol ? (right - left - 24) / 2 : right - left;
  const laid: Laid[] = [];
  const blocks = text.split(/\n\s*\n/);
  let inCaption = true;
  let hyphenated = 0;
  for (const raw of blocks) {
    const given = raw.split('\n').map(l => l.trim()).filter(Boolean);
    if (!given.length) continue;
    const first = given[0];
    // Lines kept as lines (caption, headings) still wrap to the column.
    const lines = given.length > 1 || !/^\d+\.\s/.test(first) ? given.flatMap(l => wrap(l, bold, width, 0, false)) : given;
    const heading = given.length <= 3 && given.every(l => l.length < 90 && !/[.;,]$/.test(l) && !/^\d+\./.test(l));
    if (inCaption && /^\d+\.\s/.test(first)) inCaption = false;
    if (heading && !inCaption) {
      lines.forEach((l, k) => laid.push({ text: l, x: 0, font: 'bold', centred: true, gapBefore: k === 0 ? 1 : 0 }));
      continue;
    }
    if (inCaption || given.length > 1) {
      lines.forEach((l, k) => laid.push({ text: l, x: 0, font: 'regular', gapBefore: k === 0 ? 1 : 0 }));
      continue;
    }
    const numbered = /^(\d+\.|\([a-z]\))\s+(.*)$/.exec(first);
    const body = numbered ? numbered[2] : first;
    const indent = 36;
    const wrapped = wrap(body, regular, width, numbered ? 72 : indent, hyphenated < 3);
    hyphenated += wrapped.filter(l => l.endsWith('-')).length;
    wrapped.forEach((l, k) => {
      if (k === 0 && numbered) {
        laid.push({ text: numbered[1], x: indent, font: 'regular', gapBefore: 1 });
        laid.push({ text: l, x: 72, font: 'regular', gapBefore: -1 });
      } else {
        laid.push({ text: l, x: k === 0 ? indent : 0, font: 'regular', gapBefore: k === 0 ? 1 : 0 });
      }
    });
  }
  // Pages: single-spaced rows of `lineH`; a blank row between blocks (gapBefore 1 on pleading paper is the double spacing itself).
  const rows: Laid[][] = [];
  for (const l of laid) {
    if (l.gapBefore === -1) { rows[rows.length - 1].push(l); continue; }
    if (l.gapBefore === 1 && !o.pleadingPaper && rows.length) rows.push([]);
    rows.push([l]);
  }
  const perPage = Math.floor((bottom - top) / lineH);
  const pages: Laid[][][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  const total = twoCol ? Math.ceil(pages.length / 2) : pages.length;
  const draw = (page: PDFPage, row: Laid[], y: number, columnLeft: number) => {
    for (const l of row) {
      const font = l.font === 'bold' ? bold : regular;
      const w = font.widthOfTextAtSize(l.text, SIZE);
      page.drawText(l.text, { x: columnLeft + (l.centred ? width / 2 - w / 2 : l.x), y: PAGE_H - y, size: SIZE, font });
    }
  };
  for (let p = 0; p < total; p++) {
    const page = pdf.addPage([PAGE_W, PAGE_H]);
    const n = p + 1;
    if (o.ecf) page.drawText(`${o.ecf} Page ${n} of ${total}`, { x: 100, y: PAGE_H - 40, size: 10, font: regular });
    if (o.footer) {
      page.drawText(o.footer, { x: left, y: 40, size: 8, font: regular });
      page.drawText(`- ${n} -`, { x: PAGE_W / 2 - 10, y: 26, size: 10, font: regular });
    }
    if (o.pleadingPaper) {
      for (let k = 1; k <= 28; k++) {
        const s = String(k);
        page.drawText(s, { x: 62 - regular.widthOfTextAtSize(s, SIZE), y: PAGE_H - (top + (k - 1) * lineH * (perPage / 28)), size: SIZE, font: regular });
      }
    }
    if (twoCol) {
      [pages[p * 2], pages[p * 2 + 1]].forEach((rowsOf, c) => {
        (rowsOf ?? []).forEach((row, k) => draw(page, row, top + k * lineH, left + c * (width + 24)));
      });
    } else {
      pages[p].forEach((row, k) => draw(page, row, top + k * lineH, left));
    }
  }
  return pdf.save({ useObjectStreams: false });
}

/** A PDF that needs a password to open: an /Encrypt dictionary whose user password is not empty. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  pdf.addPage([PAGE_W, PAGE_H]).drawText('1. Secret.', { x: 72, y: 700, size: 12, font });
  const bytes32 = (seed: number) => PDFString.of(Array.from({ length: 32 }, (_v, i) => String.fromCharCode(((i * 37 + seed) % 94) + 33)).join('').replace(/[()\\]/g, 'x'));
  const encrypt = pdf.context.obj({ Filter: PDFName.of('Standard'), V: 1, R: 2, Length: 40, P: -44, O: bytes32(7), U: bytes32(11) });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFString.of('0123456789abcdef'), PDFString.of('0123456789abcdef')]);
  return pdf.save({ useObjectStreams: false });
}

/** A PDF of `pages` blank pages. */
export async function emptyPagesPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([PAGE_W, PAGE_H]);
  return pdf.save({ useObjectStreams: false });
}

export interface DocxOptions {
  /** Paragraph numbers by Word's automatic numbering instead of typed text. */
  autoNumbering?: boolean;
}

/** A .docx of a pleading's text: one Word paragraph per block, the caption lines kept as lines. */
export async function pleadingDocx(text: string, o: DocxOptions = {}): Promise<Uint8Array> {
  const children: docx.Paragraph[] = [];
  let lastNumber = 0;
  for (const raw of text.split(/\n\s*\n/)) {
    const lines = raw.split('\n').map(l => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    const numbered = lines.length === 1 ? /^(\d+)\.\s+(.*)$/.exec(lines[0]) : null;
    if (numbered && o.autoNumbering && Number(numbered[1]) === lastNumber + 1) {
      lastNumber++;
      children.push(new docx.Paragraph({ numbering: { reference: 'paragraphs', level: 0 }, children: [new docx.TextRun(numbered[2])] }));
      continue;
    }
    if (numbered) lastNumber = Number(numbered[1]);
    children.push(new docx.Paragraph({ children: lines.flatMap((l, k) => [new docx.TextRun({ text: l, break: k > 0 ? 1 : 0 })]) }));
  }
  const document = new docx.Document({
    numbering: { config: [{ reference: 'paragraphs', levels: [{ level: 0, format: docx.LevelFormat.DECIMAL, text: '%1.', alignment: docx.AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return new Uint8Array(await docx.Packer.toBuffer(document));
}
