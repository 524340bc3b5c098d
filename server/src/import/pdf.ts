/**
 * A PDF's text layer with positions, through Mozilla's pdf.js: nothing rendered, no fonts loaded,
 * no scripts (isEvalSupported: false, the setting that matters for CVE-2024-4367), no XFA.
 * Runs inside the import worker (a child process with a time and memory limit), never in the server.
 */
import type { PositionedPage, TextPiece } from './layout';
import { ImportError, type ImportLimits } from './limits';

/** pdf.js's own worker code, run in this process (we are the worker process already). */
async function loadPdfjs() {
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export async function readPdf(bytes: Uint8Array, limits: ImportLimits): Promise<PositionedPage[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
  } as Parameters<typeof pdfjs.getDocument>[0]);
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new ImportError('encrypted', 'this PDF is password-protected; save an unprotected copy (or print it to PDF) and try again');
    if (name === 'InvalidPDFException') throw new ImportError('damaged', 'this PDF is damaged or is not a PDF (no readable structure)');
    throw new ImportError('damaged', `this PDF cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new ImportError('too-large', `this PDF has ${doc.numPages} pages, over the ${limits.maxPages}-page limit`);
    }
    const pages: PositionedPage[] = [];
    for (let n = 1; n <= doc.numPages && n <= (limits.onlyPages ?? Infinity); n++) {
      let page;
      try {
        page = await doc.getPage(n);
      } catch (e) {
        throw new ImportError('damaged', `page ${n} of this PDF cannot be read (${e instanceof Error ? e.message : String(e)})`);
      }
      const [x0, y0, x1, y1] = page.view;
      const height = y1 - y0;
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // Upright text only: rotated stamps in the margins are not the pleading.
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) continue;
        pieces.push({ str: item.str, x: e - x0, y: y1 - f, width: item.width, size: Math.hypot(c, d) || item.height || 1 });
      }
      pages.push({ number: n, width: x1 - x0, height, pieces });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
