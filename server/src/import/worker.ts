/**
 * The import worker: a child process that reads one PDF or Word file and prints the result as
 * JSON on stdout. The server and the CLI run it with a time limit and a heap limit, so a hostile
 * or pathological file can only end this process, never hang or crash them.
 *   node dist/import-worker.js FILE '{"maxPages":2000,…}'
 */
import * as fs from 'fs';
import { readError } from '../io';
import { convertBytes } from './convert';
import { DEFAULT_LIMITS, ImportError, type ImportLimits } from './limits';

export type WorkerReply =
  | { ok: true; text: string; pages: number; emptyPages: number[] }
  | { ok: false; kind: ImportError['kind']; error: string };

async function main(): Promise<WorkerReply> {
  const [file, limitsJson] = process.argv.slice(2);
  const limits: ImportLimits = { ...DEFAULT_LIMITS, ...(limitsJson ? JSON.parse(limitsJson) as Partial<ImportLimits> : {}) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    return { ok: false, kind: 'unreadable', error: readError(e) };
  }
  try {
    return { ok: true, ...(await convertBytes(bytes, file, limits)) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, kind: e.kind, error: e.message };
    return { ok: false, kind: 'damaged', error: `this file cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

// pdf.js warns on the console: keep stdout for the reply alone.
console.log = console.info = console.warn = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
void main().then(reply => {
  process.stdout.write(JSON.stringify(reply), () => process.exit(0));
});
