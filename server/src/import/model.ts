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
export function sourceComment(fileName: string, sha256: string): string {
  const name = fileName.replace(/--/g, '- -').slice(0, 120);
  return `<!-- imported from ${name} -->\n<!-- sha256 ${sha256} -->\n`;
}

export function pageMarker(page: number): string {
  return `<!-- page ${page} -->`;
}

/** Writes blocks as pleading text. */
export function renderBlocks(blocks: ImportBlock[], withPageMarkers: boolean): string {
  const out: string[] = [];
  let page = 0;
  const marker = (p: number) => {
    if (withPageMarkers && p !== page) out.push(pageMarker(p));
    page = p;
  };
  for (const b of blocks) {
    marker(b.page);
    const text = (lines: string[]) => (b.prose ? [joinLines(lines)] : lines.map(l => l.trimEnd()));
    if (b.continued) {
      out.push(...text(b.lines));
      marker(b.continued.page);
      out.push(...text(b.continued.lines));
    } else {
      out.push(...text(b.lines));
    }
    out.push('');
  }
  return out.join('\n');
}
