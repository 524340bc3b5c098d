/** Limits on what an import may cost, and the one kind of error an import reports. */

export interface ImportLimits {
  /** A PDF with more pages is refused. */
  maxPages: number;
  /** Every DOCX zip entry's decompressed size is capped (zip bombs). */
  maxEntryBytes: number;
  /** All of a DOCX's read entries together. */
  maxTotalBytes: number;
  /** Read only the first pages (enough for a caption), when set. */
  onlyPages?: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxPages: 2000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
};

/**
 * Files up to this size are read whole even when only a caption is asked for (finding an
 * answer's complaint): a caption pass costs a worker start and pdf.js's load, about 0.4 s, and a
 * complaint that is linked must then be read whole anyway. Larger files (exhibits, scans) get the
 * caption pass first.
 */
export const WHOLE_FILE_BYTES = 4 * 1024 * 1024;

/** Whether a request for a file's caption reads only its first pages. */
export function captionPass(captionOnly: boolean, size: number): boolean {
  return captionOnly && size > WHOLE_FILE_BYTES;
}

/** How long one file may take to extract before its worker is killed. */
export const IMPORT_TIMEOUT_MS = 20_000;
/** The worker's heap: a pathological file runs out here, not in the server. */
export const IMPORT_HEAP_MB = 512;

export type ImportErrorKind = 'no-text' | 'encrypted' | 'damaged' | 'too-large' | 'timeout' | 'unsupported' | 'unreadable';

/** A file that cannot be imported, with the one sentence that says why. */
export class ImportError extends Error {
  constructor(readonly kind: ImportErrorKind, message: string) {
    super(message);
  }
}
