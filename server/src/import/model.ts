/**
 * What an importer produces — blocks of pleading text with the page each starts on — and how
 * they are written out as the text the parser reads: a comment naming the source and its hash,
 * a `<!-- page N -->` marker where each page starts (the parser skips both), blocks separated by
 * blank lines, wrapped paragraphs joined into one line.
 */

export interface ImportBlock {
  page: number;
  lines: string[];
  /** Wrapped running text: its lines are joined into one. Otherwise (captions, headings, addresses) kept line by line. */
  prose: boolean;
  /** The rest of this paragraph on the next page (a page break inside a paragraph). */
  continued?: { page: number; lines: string[] };
}

export interface ImportedText {
  /** The pleading text, ready to parse. */
  text: string;
  /** Pages in the source (PDF pages; for a Word file, pages as Word last laid them out). */
  pages: number;
  /** Pages with no text layer among pages that have one (scans), for a warning. */
  emptyPages: number[];
}

/** Joins wrapped lines: a word hyphenated across the break is made whole, others get one space. */
export function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
    } else if (/[a-z]\u00ad$/.test(out) || (/[a-z]-$/.test(out) && /^[a-z]/.test(line) && !/\b(?:non|self|co|pre|post|anti|quasi|ex|well)-$/i.test(out))) {
      out = out.slice(0, -1) + line;
    } else if (/\u00ad$/.test(out) || /[—–/]$/.test(out)) {
      out = out.replace(/\u00ad$/, '') + line;
    } else {
      out += ` ${line}`;
    }
  }
  return out;
}

/** The first lines of an imported document: where it came from (the parser skips comments). */
export function sourceComment(fileName: string, sha256: string, ecfHeader?: string): string {
  const name = fileName.replace(/--/g, '- -').slice(0, 120);
  const ecf = ecfHeader ? `<!-- ECF header: ${ecfHeader.replace(/--/g, '- -').slice(0, 120)} -->\n` : '';
  return `<!-- imported from ${name} -->\n<!-- sha256 ${sha256} -->\n${ecf}`;
}

/** The case number in the ECF header an import recorded (a caption may leave its own blank). */
export function ecfCaseNumber(text: string): string | undefined {
  return /^<!-- ECF header: Case\s+(\S+)/m.exec(text.slice(0, 2048))?.[1];
}

export function pageMarker(page: number): string {
  return `<!-- page ${page} -->`;
}

const isHeadingLine = (line: string) => /^(?:COUNT|Count)\s+\S+$/.test(line.trim()) || /CAUSE OF ACTION$|CLAIM FOR RELIEF$|DEFENSE$/.test(line.trim());

/** Writes blocks as pleading text. */
export function renderBlocks(blocks: ImportBlock[], withPageMarkers: boolean): string {
  const out: string[] = [];
  let page = 0;
  const marker = (p: number) => {
    if (withPageMarkers && p !== page) out.push(pageMarker(p));
    page = p;
  };
  let prev: ImportBlock | undefined;
  for (const b of blocks) {
    // A heading's title line stays with its heading ("COUNT VI" / page break / "(Lanham Act)"):
    // the new page's marker waits one block.
    const headingTitle = prev && isHeadingLine(prev.lines[prev.lines.length - 1]) && b.lines.length === 1 && b.lines[0].length < 120 && !/^\d+\./.test(b.lines[0]);
    if (!headingTitle) marker(b.page);
    prev = b;
    const text = (lines: string[]) => (b.prose ? [joinLines(lines)] : lines.map(l => l.trimEnd()));
    // A paragraph running across a page break stays whole; the next page's marker follows it
    // (a comment line inside a paragraph would cut a phrase like "paragraphs 1 / through 89").
    out.push(...text(b.continued ? [...b.lines, ...b.continued.lines] : b.lines));
    out.push('');
    if (b.continued) marker(b.continued.page);
  }
  return out.join('\n');
}
