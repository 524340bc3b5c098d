/**
 * PDF and Word complaints for the language server: extracted once in the sandboxed worker, in the
 * background, kept in memory and on disk (keyed by the file's sha256, in a folder outside the
 * workspace), extracted again when the file changes. Shown to the editor as a read-only virtual
 * document (`pleading-import:` + the file's path). In an untrusted workspace nothing is extracted
 * automatically.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { importFormat } from '../import/format';
import { captionPass } from '../import/limits';
import { importFile } from '../import/sandbox';

/** Bump when the importer's output changes, so old cache entries are not used. */
const IMPORTER_VERSION = 2;
export const VIRTUAL_SCHEME = 'pleading-import';

export type ImportState = { text: string; sha256: string } | { error: string } | { pending: true };

interface Entry { mtimeMs: number; size: number; state: ImportState }

export function virtualUri(file: string): string {
  return `${VIRTUAL_SCHEME}:${file.split(path.sep).map(encodeURIComponent).join('/')}`;
}

export function fileOfVirtualUri(uri: string): string | undefined {
  if (!uri.startsWith(`${VIRTUAL_SCHEME}:`)) return undefined;
  const p = uri.slice(VIRTUAL_SCHEME.length + 1).replace(/^\/\/[^/]*/, '').split('/').map(decodeURIComponent).join(path.sep);
  return importFormat(p) ? p : undefined;
}

export class ImportedDocuments {
  private readonly entries = new Map<string, Entry>();
  /** Background work, one file at a time (a folder of PDFs must not take every core). */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      cacheDir: () => string | undefined;
      trusted: () => boolean;
      maxBytes: () => number;
      /** Called when a file's text (or its error) becomes known. */
      ready: (file: string) => void;
    },
  ) {}

  /** The file's text if known; otherwise starts extracting it (when allowed) and says so. */
  get(file: string, wantCaption = false): ImportState {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return { error: 'no such file' };
    }
    const captionOnly = captionPass(wantCaption, stat.size);
    const key = captionOnly ? `caption:${file}` : file;
    const fresh = (e: Entry | undefined) => (e && e.mtimeMs === stat.mtimeMs && e.size === stat.size ? e : undefined);
    const known = fresh(this.entries.get(file)) ?? (captionOnly ? fresh(this.entries.get(key)) : undefined);
    if (known) return known.state;
    if (stat.size > this.options.maxBytes()) {
      return { error: `${path.basename(file)} is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(this.options.maxBytes() / 1048576).toFixed(0)} MB limit (pleading.maxFileSizeMB)` };
    }
    if (!this.options.trusted()) {
      return { error: `${path.basename(file)} is not read in Restricted Mode; trust this workspace, or run "Pleading: Import from PDF or Word…" on it` };
    }
    let sha256: string;
    try {
      sha256 = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    } catch (e) {
      return { error: `${path.basename(file)} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})` };
    }
    const cached = this.readCache(sha256, captionOnly);
    if (cached !== undefined) {
      const state = { text: cached, sha256 };
      this.entries.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, state });
      return state;
    }
    const pending: Entry = { mtimeMs: stat.mtimeMs, size: stat.size, state: { pending: true } };
    this.entries.set(key, pending);
    this.queue = this.queue.then(async () => {
      const r = await importFile(file, captionOnly ? { limits: { onlyPages: 2 } } : {});
      if (this.entries.get(key) !== pending) return;
      pending.state = r.ok ? { text: r.text, sha256 } : { error: `${path.basename(file)}: ${r.error}` };
      if (r.ok) this.writeCache(sha256, captionOnly, r.text);
      this.options.ready(file);
    });
    return pending.state;
  }

  /** Forgets a file (it changed on disk). */
  forget(file: string): void {
    this.entries.delete(file);
    this.entries.delete(`caption:${file}`);
  }

  private cacheFile(sha256: string, captionOnly: boolean): string | undefined {
    const dir = this.options.cacheDir();
    return dir ? path.join(dir, `${sha256}.v${IMPORTER_VERSION}${captionOnly ? '.caption' : ''}.md`) : undefined;
  }

  private readCache(sha256: string, captionOnly: boolean): string | undefined {
    for (const f of [this.cacheFile(sha256, false), captionOnly ? this.cacheFile(sha256, true) : undefined]) {
      if (!f) continue;
      try {
        return fs.readFileSync(f, 'utf8');
      } catch {
        // not cached
      }
    }
    return undefined;
  }

  private writeCache(sha256: string, captionOnly: boolean, text: string): void {
    const f = this.cacheFile(sha256, captionOnly);
    if (!f) return;
    try {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(`${f}.tmp`, text);
      fs.renameSync(`${f}.tmp`, f);
    } catch {
      // A cache that cannot be written only costs a second extraction.
    }
  }
}

/** Offsets where each page starts in an imported text (its `<!-- page N -->` markers). */
export function pageStarts(text: string): { offset: number; page: number }[] {
  const out: { offset: number; page: number }[] = [];
  const re = /^<!-- page (\d+) -->$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ offset: m.index, page: Number(m[1]) });
  return out;
}

/** The page an offset of an imported text is on. */
export function pageAt(starts: { offset: number; page: number }[], offset: number): number | undefined {
  let page: number | undefined;
  for (const s of starts) {
    if (s.offset > offset) break;
    page = s.page;
  }
  return page;
}
