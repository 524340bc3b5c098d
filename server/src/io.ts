/**
 * Reading pleadings from disk for the CLI and the server: UTF-8 (with or without BOM), UTF-16 with
 * a BOM, or — where the bytes are not UTF-8 — Windows-1252, which Word's "Plain Text" saves (said in
 * `note`). Binary files and directories give one clear sentence, never a throw.
 */
import * as fs from 'fs';
import { looksBinary } from './core/text';

export type ReadResult = { ok: true; text: string; note?: string } | { ok: false; error: string };

/** Files above this size are not analysed (the server has its own setting). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function decodePleading(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksBinary(bytes.length, i => bytes[i])) return { ok: false, error: 'looks like a binary file, not a text pleading' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Not UTF-8: the Windows code page Word's "Plain Text" writes in the United States and Western Europe.
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), note: 'is not UTF-8; read as Windows-1252 (what Word\'s "Plain Text" saves)' };
  }
}

/** Why a file could not be read, in a few words ("no such file"). */
export function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})`;
}

/**
 * Why a file will not be read (missing, a directory, over `maxBytes`), or undefined when it may
 * be: the same sentence for text, PDF and Word files.
 */
export function unreadable(path: string, maxBytes: number): { error: string; tooLarge?: boolean } | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    return { error: readError(e) };
  }
  if (stat.isDirectory()) return { error: 'is a directory; give the pleading files themselves' };
  if (stat.size > maxBytes) return { error: `is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit`, tooLarge: true };
  return undefined;
}

export function readPleadingFile(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  const problem = unreadable(path, maxBytes);
  if (problem) return { ok: false, error: problem.error };
  try {
    return decodePleading(fs.readFileSync(path));
  } catch (e) {
    return { ok: false, error: readError(e) };
  }
}

export type WriteResult = { ok: true } | { ok: false; exists: boolean; error: string };

/** Writes a file that must not exist yet (an existing one only when `overwrite`); never throws. */
export function writeNewFile(path: string, data: string | Uint8Array, overwrite = false): WriteResult {
  try {
    fs.writeFileSync(path, data, { flag: overwrite ? 'w' : 'wx' });
    return { ok: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EEXIST' ? { ok: false, exists: true, error: 'already exists' } : { ok: false, exists: false, error: `cannot be written (${code ?? 'unknown error'})` };
  }
}

/** What the editor's Import and Export commands get back: the file written, one that exists, or why not. */
export type Written = { path: string; summary: string; warning?: string } | { path: string; exists: true } | { error: string };

/** A write's outcome as the commands report it. */
export function written(output: string, w: WriteResult, summary: string, warning?: string): Written {
  if (w.ok) return { path: output, summary, ...(warning ? { warning } : {}) };
  return w.exists ? { path: output, exists: true } : { error: `${output}: ${w.error}` };
}
