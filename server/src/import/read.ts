/**
 * Reading a PDF or Word pleading the way a text one is read: size-checked, extracted in the
 * sandboxed worker, the same one-line error on failure. The CLI waits for it (memoised per file
 * for one run); the server's explicit import does not.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from '../core';
import { DEFAULT_MAX_BYTES, unreadable, writeNewFile, written, type ReadResult, type Written } from '../io';
import { captionPass } from './limits';
import { importFile, importFileSync, type ImportOutcome } from './sandbox';

const memo = new Map<string, ImportOutcome>();

/** Why `file` is not even handed to the worker (missing, a directory, too large), if so. */
function refused(file: string, maxBytes: number): ImportOutcome | undefined {
  const problem = unreadable(file, maxBytes);
  if (!problem) return undefined;
  return { ok: false, kind: problem.tooLarge ? 'too-large' : 'unreadable', error: problem.error };
}

/** Imports `file` (whole, or its first pages for a caption), refusing files over `maxBytes`. */
export function importPleadingSync(file: string, wantCaption = false, maxBytes = DEFAULT_MAX_BYTES): ImportOutcome {
  const no = refused(file, maxBytes);
  if (no) return no;
  const captionOnly = captionPass(wantCaption, fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0);
  const key = `${captionOnly ? 'caption' : 'all'}:${file}`;
  const whole = memo.get(`all:${file}`);
  if (whole) return whole;
  let r = memo.get(key);
  if (!r) memo.set(key, (r = importFileSync(file, captionOnly ? { limits: { onlyPages: 2 } } : {})));
  return r;
}

/**
 * The editor's Import command: `file` extracted in the background and written as Markdown beside
 * it (never over an existing file unless `overwrite`). Asked for explicitly, so it runs in
 * Restricted Mode too, in the same sandbox.
 */
export async function importBeside(file: string, maxBytes: number, overwrite: boolean): Promise<Written> {
  const r = refused(file, maxBytes) ?? await importFile(file);
  if (!r.ok) return { error: `${path.basename(file)}: ${r.error}` };
  const output = importedPathFor(file);
  return written(output, writeNewFile(output, r.text, overwrite), importSummary(r.text, r.pages), emptyPagesWarning(r.emptyPages));
}

/** As readPleadingFile, for a PDF or Word file. */
export function readImportedFile(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  const r = importPleadingSync(file, false, maxBytes);
  return r.ok ? { ok: true, text: r.text } : { ok: false, error: r.error };
}

/** Where an imported pleading goes by default: beside its source, `complaint.pdf` → `complaint.md`. */
export function importedPathFor(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.md`);
}

/** What an import produced, for a message: "12 pages; a complaint with 93 numbered paragraphs, 3 counts". */
export function importSummary(text: string, pages: number): string {
  const p = parse(text);
  const numbered = p.paragraphs.filter(x => x.number !== null && x.region === 'body').length;
  const counts = p.headings.filter(h => h.kind === 'count').length;
  const what = p.kind === 'unknown' ? 'a document' : `a${p.kind === 'answer' ? 'n' : ''} ${p.kind}`;
  return `${pages} page${pages === 1 ? '' : 's'}; ${what} with ${numbered} numbered paragraph${numbered === 1 ? '' : 's'}${counts ? `, ${counts} count${counts === 1 ? '' : 's'}` : ''}`;
}

/** The warning for pages without text among pages with text (scanned pages in a text PDF), if any. */
export function emptyPagesWarning(pages: number[]): string | undefined {
  if (!pages.length) return undefined;
  return `page${pages.length > 1 ? 's' : ''} ${pages.join(', ')} ha${pages.length > 1 ? 've' : 's'} no text layer (scanned?); run OCR for their text`;
}
