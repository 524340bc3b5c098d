/**
 * One analysis per document version, shared by every feature (diagnostics, symbols, hover,
 * actions): parse once, check once. Documents that are too big or binary are not analysed.
 */
import { check, LineIndex, parse, type Finding, type Pleading } from '../core';
import type { Settings } from './settings';

export interface Analysis {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  pleading: Pleading;
  findings: Finding[];
  /** Why the document was not analysed, when it was not. */
  skipped?: string;
}

/** Characters that never occur in text: NUL and most C0 controls. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function analyze(uri: string, version: number, text: string, settings: Settings, complaint?: Pleading): Analysis {
  const lines = new LineIndex(text);
  const limit = settings.maxFileSizeMB * 1024 * 1024;
  // UTF-16 length is a cheap lower bound on the byte size; good enough for a guard.
  const skipped = text.length > limit
    ? `This document is larger than ${settings.maxFileSizeMB} MB (pleading.maxFileSizeMB), so it is not analysed.`
    : looksBinary(text) ? 'This looks like a binary file, not a text pleading, so it is not analysed.' : undefined;
  if (skipped) {
    return { uri, version, text, lines, pleading: parse(''), findings: [], skipped };
  }
  const pleading = parse(text);
  return { uri, version, text, lines, pleading, findings: check(pleading, { rules: settings.rules, complaint }) };
}

/** Keeps the latest analysis of each open document; a newer version replaces the old one. */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  get(uri: string, version: number, text: () => string, settings: Settings, complaint?: Pleading): Analysis {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version) return hit;
    const a = analyze(uri, version, text(), settings, complaint);
    this.entries.set(uri, a);
    return a;
  }

  peek(uri: string): Analysis | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
