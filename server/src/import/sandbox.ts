/**
 * Runs the import worker (dist/import-worker.js) in a child process with a time limit and a heap
 * limit: synchronously for the CLI, asynchronously for the language server. Whatever the file
 * does — loops, eats memory, crashes its reader — the caller gets one clear sentence back.
 */
import { spawn, spawnSync } from 'child_process';
import * as path from 'path';
import { bundledFile } from '../bundled';
import { DEFAULT_LIMITS, IMPORT_HEAP_MB, IMPORT_TIMEOUT_MS, type ImportErrorKind, type ImportLimits } from './limits';
import type { WorkerReply } from './worker';

export type ImportOutcome = WorkerReply;

export interface SandboxOptions {
  limits?: Partial<ImportLimits>;
  timeoutMs?: number;
}

function args(file: string, o: SandboxOptions): string[] {
  return [`--max-old-space-size=${IMPORT_HEAP_MB}`, bundledFile('import-worker.js'), path.resolve(file), JSON.stringify({ ...DEFAULT_LIMITS, ...o.limits })];
}

// Inside VS Code the server runs on the editor's own runtime: make it act as plain Node.
const ENV = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };

function failure(kind: ImportErrorKind, error: string): ImportOutcome {
  return { ok: false, kind, error };
}

function readReply(stdout: string, timedOut: boolean, status: number | null, signal: string | null, timeoutMs: number): ImportOutcome {
  if (timedOut) return failure('timeout', `reading this file took more than ${Math.round(timeoutMs / 1000)} s; gave up (a damaged or pathological file?)`);
  try {
    const reply = JSON.parse(stdout) as ImportOutcome;
    if (reply && typeof reply === 'object' && typeof reply.ok === 'boolean') return reply;
  } catch {
    // fall through
  }
  return failure('damaged', `reading this file failed (the reader stopped${signal ? ` with ${signal}` : status ? ` with status ${status}` : ''}; out of memory on a damaged file?)`);
}

/** Imports one file, waiting for it (the CLI). */
export function importFileSync(file: string, o: SandboxOptions = {}): ImportOutcome {
  const timeoutMs = o.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const r = spawnSync(process.execPath, args(file, o), { env: ENV, timeout: timeoutMs, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (r.error && !timedOut) return failure('damaged', `the reader could not be started (${r.error.message})`);
  return readReply(r.stdout ?? '', timedOut, r.status, r.signal, timeoutMs);
}

/** Imports one file in the background (the server): the promise always resolves. */
export function importFile(file: string, o: SandboxOptions = {}): Promise<ImportOutcome> {
  const timeoutMs = o.timeoutMs ?? IMPORT_TIMEOUT_MS;
  return new Promise(resolve => {
    let child;
    try {
      child = spawn(process.execPath, args(file, o), { env: ENV, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      resolve(failure('damaged', `the reader could not be started (${e instanceof Error ? e.message : String(e)})`));
      return;
    }
    const chunks: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', e => { clearTimeout(timer); resolve(failure('damaged', `the reader could not be started (${e.message})`)); });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve(readReply(Buffer.concat(chunks).toString('utf8'), timedOut, status, signal, timeoutMs));
    });
  });
}
