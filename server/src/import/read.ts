/**
 * Reading a PDF or Word pleading the way a text one is read (the CLI): size-checked, extracted in
 * the sandboxed worker, the same one-line error on failure. Memoised per file for one run.
 */
import * as fs from 'fs';
import { DEFAULT_MAX_BYTES, type ReadResult } from '../io';
import { importFileSync, type ImportOutcome } from './sandbox';

const memo = new Map<string, ImportOutcome>();

/** Imports `file` (whole, or its first pages for a caption), refusing files over `maxBytes`. */
export function importPleadingSync(file: string, captionOnly = false, maxBytes = DEFAULT_MAX_BYTES): ImportOutcome {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, kind: 'unreadable', error: 'is a directory; give the pleading files themselves' };
    size = stat.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, kind: 'unreadable', error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})` };
  }
  if (size > maxBytes) return { ok: false, kind: 'too-large', error: `is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit` };
  const key = `${captionOnly ? 'caption' : 'all'}:${file}`;
  const whole = memo.get(`all:${file}`);
  if (whole) return whole;
  let r = memo.get(key);
  if (!r) memo.set(key, (r = importFileSync(file, captionOnly ? { limits: { onlyPages: 2 } } : {})));
  return r;
}

/** As readPleadingFile, for a PDF or Word file. */
export function readImportedFile(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  const r = importPleadingSync(file, false, maxBytes);
  return r.ok ? { ok: true, text: r.text } : { ok: false, error: r.error };
}
