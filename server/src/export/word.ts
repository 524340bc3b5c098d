/**
 * The Word (.docx) file of an export layout, through the `docx` library: Times New Roman 12 pt,
 * 1-inch margins, a double-spaced body, the caption as a two-column table, numbers as text,
 * headings centred and bold, the signature block single-spaced, the page number and the title
 * in the footer. On California pleading paper (Cal. Rules of Court 2.108–2.111): 28 numbered lines
 * per page in the left margin (a floating table in the header, every body line on the 24-point
 * grid beside them), a double rule left of the text and a single rule right of it, and the title
 * below the page number in the footer, under a rule.
 *
 * Bundled on its own (dist/export-docx.js) and loaded only when a file is exported.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, HeightRule, LineRuleType, Packer,
  PageBorderDisplay, PageBorderOffsetFrom, PageNumber, Paragraph, Tab, Table, TableAnchorType, TableCell,
  TableLayoutType, TableRow, TabStopType, TextRun, WidthType, type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { Paper } from './index';
import type { ExportBlock, ExportLayout, RunLine } from './layout';

/** Twentieths of a point. */
const INCH = 1440;
const POINT = 20;
const PAGE = { width: 8.5 * INCH, height: 11 * INCH };
/** A line of 12-point type, single-spaced on pleading paper's grid. */
const LINE = 12 * POINT;
/** Pleading paper: 28 numbered lines of 24 points from the top margin. */
const NUMBERED_LINES = 28;
const FONT = 'Times New Roman';

interface Geometry {
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Exact line heights (pleading paper's grid), or Word's automatic single/double spacing. */
  exact: boolean;
}

const GEOMETRY: Record<Paper, Geometry> = {
  plain: { margin: { top: INCH, bottom: INCH, left: INCH, right: INCH, header: INCH / 2, footer: INCH / 2 }, exact: false },
  // 28 lines of 24 points fill the page between a 1-inch top margin and a 2/3-inch bottom margin;
  // the line numbers sit in the 1.5-inch left margin, the text runs to 1/2 inch from the right edge.
  california: {
    margin: { top: INCH, bottom: PAGE.height - INCH - NUMBERED_LINES * 2 * LINE, left: 1.5 * INCH, right: INCH / 2, header: INCH / 2, footer: INCH / 4 },
    exact: true,
  },
};

function runs(line: RunLine, size?: number): ParagraphChild[] {
  return line.map(r => ('tab' in r ? new TextRun({ children: [new Tab()] }) : new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size })));
}

/** Lines as one Word paragraph's runs, a line break between lines. */
function lines(ls: RunLine[], size?: number): ParagraphChild[] {
  return ls.flatMap((l, k) => (k === 0 ? runs(l, size) : [new TextRun({ break: 1 }), ...runs(l, size)]));
}

export async function wordDocument(layout: ExportLayout, paper: Paper): Promise<Uint8Array> {
  const g = GEOMETRY[paper];
  const textWidth = PAGE.width - g.margin.left - g.margin.right;
  const spacing = (n: 1 | 2, after = 0): IParagraphOptions['spacing'] => (g.exact
    ? { line: n * LINE, lineRule: LineRuleType.EXACT, before: 0, after }
    : { line: n * 240, lineRule: LineRuleType.AUTO, before: 0, after });
  const single = (children: ParagraphChild[], o: Partial<IParagraphOptions> = {}) => new Paragraph({ children, spacing: spacing(1, LINE), ...o });
  const rightHalf = Math.round(textWidth / 2);

  const paragraph = (b: ExportBlock & { spaceBefore?: boolean }): Paragraph => {
    switch (b.role) {
      case 'above':
      case 'caption':
        return single(lines(b.lines));
      case 'court':
      case 'title':
        return single(lines(b.lines), { alignment: AlignmentType.CENTER });
      case 'heading':
      case 'subheading':
        return new Paragraph({
          children: lines(b.lines),
          alignment: b.role === 'heading' ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext: true,
          keepLines: true,
          spacing: spacing(2),
          ...(b.level ? { heading: HEADING_LEVELS[Math.min(6, b.level) - 1] } : {}),
        });
      case 'numbered':
        return new Paragraph({
          children: [new TextRun(b.number ?? ''), new TextRun({ children: [new Tab()] }), ...lines(b.lines)],
          indent: { firstLine: INCH / 2 },
          tabStops: [{ type: TabStopType.LEFT, position: INCH }],
          spacing: spacing(2),
        });
      case 'prose':
        return new Paragraph({ children: lines(b.lines), indent: { firstLine: INCH / 2 }, spacing: spacing(2) });
      case 'lines':
        return new Paragraph({ children: lines(b.lines), spacing: spacing(2) });
      case 'signature':
        // Each group of the block kept whole; chaining them all would push a long block to a new page.
        return single(lines(b.lines), {
          keepLines: true,
          ...(b.spaceBefore ? { spacing: { ...spacing(1, LINE), before: LINE } } : {}),
          tabStops: [{ type: TabStopType.LEFT, position: rightHalf }],
          ...(b.indented ? { indent: { left: rightHalf } } : {}),
        });
    }
  };

  const children: (Paragraph | Table)[] = layout.head.map(paragraph);
  if (layout.caption.length) children.push(captionTable(layout, textWidth, spacing(1)), new Paragraph({ children: [], spacing: spacing(1) }));
  // A line's space before the signature block, which follows double-spaced text.
  children.push(...layout.body.map((b, i) => (b.role === 'signature' && layout.body[i - 1]?.role !== 'signature' ? paragraph({ ...b, spaceBefore: true }) : paragraph(b))));

  const document = new Document({
    creator: 'Pleading',
    title: layout.title || undefined,
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 } },
        ...Object.fromEntries([1, 2, 3, 4, 5, 6].map(n => [`heading${n}`, {
          run: { font: FONT, size: 24, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(2) },
        }])),
      },
    },
    sections: [{
      properties: {
        page: {
          size: PAGE,
          margin: g.margin,
          ...(paper === 'california' ? {
            borders: {
              pageBorders: { display: PageBorderDisplay.ALL_PAGES, offsetFrom: PageBorderOffsetFrom.TEXT },
              pageBorderLeft: { style: BorderStyle.DOUBLE, size: 4, color: '000000', space: 4 },
              pageBorderRight: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 },
            },
          } : {}),
        },
      },
      headers: paper === 'california' ? { default: lineNumbers(g) } : undefined,
      footers: { default: footer(layout.title, paper, spacing(1)) },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/**
 * One row per caption line: the parties' column closed by a rule on its right (and below, after
 * the last party), the case number and title beside it.
 */
function captionTable(layout: ExportLayout, width: number, spacing: IParagraphOptions['spacing']): Table {
  const half = Math.round(width / 2);
  const lastLeft = layout.caption.reduce((k, r, i) => (r.left.length ? i : k), 0);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [half, width - half],
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: layout.caption.map((row, i) => new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: half, type: WidthType.DXA },
          borders: { top: NO_BORDER, left: NO_BORDER, right: i <= lastLeft ? RULE : NO_BORDER, bottom: i === lastLeft ? RULE : NO_BORDER },
          margins: { left: 0, right: INCH / 8 },
          // Names flush left, roles set in, "v." between; a line's space after each, as captions are typed.
          children: [new Paragraph({
            children: runs(row.left),
            spacing: i < lastLeft ? { ...spacing, after: LINE } : spacing,
            ...(row.kind === 'role' ? { indent: { left: INCH * 1.5 } } : row.kind === 'versus' ? { indent: { left: INCH / 2 } } : {}),
          })],
        }),
        new TableCell({
          width: { size: width - half, type: WidthType.DXA },
          borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: NO_BORDER },
          margins: { left: INCH / 4, right: 0 },
          children: [new Paragraph({ children: runs(row.right), spacing, ...(row.title ? { alignment: AlignmentType.CENTER } : {}) })],
        }),
      ],
    })),
  });
}

/** Pleading paper's line numbers, 1–28, in a table fixed to the page beside the text. */
function lineNumbers(g: Geometry): Header {
  const width = INCH / 2;
  return new Header({
    children: [
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: [width],
        layout: TableLayoutType.FIXED,
        float: {
          horizontalAnchor: TableAnchorType.PAGE,
          verticalAnchor: TableAnchorType.PAGE,
          absoluteHorizontalPosition: g.margin.left - width - INCH / 8,
          absoluteVerticalPosition: g.margin.top,
        },
        borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
        rows: Array.from({ length: NUMBERED_LINES }, (_v, k) => new TableRow({
          height: { value: 2 * LINE, rule: HeightRule.EXACT },
          children: [new TableCell({
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
            children: [new Paragraph({ children: [new TextRun(String(k + 1))], alignment: AlignmentType.RIGHT, spacing: { line: 2 * LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } })],
          })],
        })),
      }),
      new Paragraph({ children: [], spacing: { line: POINT, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }),
    ],
  });
}

/** The page number, then the title in 10 point (under a rule on pleading paper, Rule 2.110). */
function footer(title: string, paper: Paper, spacing: IParagraphOptions['spacing']): Footer {
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
      ...(title ? [new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing,
        children: [new TextRun({ text: title, size: 20 })],
        ...(paper === 'california' ? { border: { top: { ...RULE, space: 1 } } } : {}),
      })] : []),
    ],
  });
}
