/**
 * One file's bytes to pleading text: a PDF through pdf.js and the layout, a Word file through its
 * XML; the source comment and page markers on top. Runs in the import worker.
 */
import { createHash } from 'crypto';
import * as path from 'path';
import { readDocx } from './docx';
import { importFormat } from './format';
import { layoutPages } from './layout';
import { ImportError, type ImportLimits } from './limits';
import { renderBlocks, sourceComment, type ImportBlock, type ImportedText } from './model';
import { readPdf } from './pdf';

/** Fewer visible characters than this per page, on average, is a scan, not a text PDF. */
const MIN_CHARS_PER_PAGE = 100;

export async function convertBytes(bytes: Uint8Array, fileName: string, limits: ImportLimits): Promise<ImportedText> {
  const format = importFormat(fileName) ?? (bytes[0] === 0x25 && bytes[1] === 0x50 ? 'pdf' : 'docx');
  // Hashed first: pdf.js takes the bytes over (the buffer is detached once read).
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let blocks: ImportBlock[];
  let pages: number;
  let emptyPages: number[] = [];
  let ecfHeader: string | undefined;
  if (format === 'pdf') {
    if (!bytes.length) throw new ImportError('damaged', 'this PDF is empty (0 bytes)');
    const positioned = await readPdf(bytes, limits);
    pages = positioned.length;
    ({ blocks, emptyPages, ecfHeader } = layoutPages(positioned));
    const visible = blocks.reduce((n, b) => n + [...b.lines, ...(b.continued?.lines ?? [])].join('').replace(/\s/g, '').length, 0);
    if (!pages || visible < MIN_CHARS_PER_PAGE * pages) {
      throw new ImportError('no-text', 'this PDF has no text layer (a scan); run OCR first (e.g. ocrmypdf), then import the result');
    }
  } else {
    ({ blocks, pages } = readDocx(bytes, limits));
    if (!blocks.length) throw new ImportError('no-text', 'this Word file has no text');
  }
  const text = sourceComment(path.basename(fileName), sha256, ecfHeader) + renderBlocks(blocks, true);
  return { text, pages, emptyPages };
}
