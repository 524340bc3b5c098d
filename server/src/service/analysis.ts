/**
 * One analysis per document version, shared by every feature (diagnostics, symbols, hover,
 * actions): parse once, check once. An answer's analysis also depends on its linked complaint;
 * when only the complaint changes, the answer is re-checked without being re-parsed.
 */
import { inferForum, type ForumId } from '../core/forums';
import { check, LineIndex, parse, type Finding, type Pleading } from '../core';
import { createMemo, type AnalysisMemo } from '../core/memo';
import { looksBinary } from '../core/text';
import type { Settings } from './settings';

/** Another document taking part in an analysis: an answer's complaint, a complaint's answer. */
export interface LinkedDocument {
  uri: string;
  text: string;
  lines: LineIndex;
  pleading: Pleading;
  /** Changes whenever the linked text changes: part of the answer's cache key. */
  key: string;
  /** A complaint read from a PDF or Word file: its name and where its pages start, for hovers. */
  source?: { name: string; pages: { offset: number; page: number }[] };
}

export interface Analysis {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  pleading: Pleading;
  findings: Finding[];
  /** The complaint this answer is checked against, when linked. */
  complaint?: LinkedDocument;
  /** Why the document was not analysed, when it was not. */
  skipped?: string;
  /** The forum whose wording rules were applied: named by .pleadingrc.json, else inferred from the caption. */
  forum?: ForumId;
}

/** Finds the complaint for a parsed answer (or nothing). */
export type Link = (pleading: Pleading) => LinkedDocument | undefined;

function skipReason(text: string, settings: Settings): string | undefined {
  // UTF-16 length is a cheap lower bound on the byte size; good enough for a guard.
  if (text.length > settings.maxFileSizeMB * 1024 * 1024) {
    return `This document is larger than ${settings.maxFileSizeMB} MB (pleading.maxFileSizeMB), so it is not analysed.`;
  }
  return looksBinary(text.length, i => text.charCodeAt(i)) ? 'This looks like a binary file, not a text pleading, so it is not analysed.' : undefined;
}

/** Analyses one version of a document; `memo` carries what the previous version's analysis can lend. */
export function analyze(uri: string, version: number, text: string, settings: Settings, link?: Link, memo?: AnalysisMemo): Analysis {
  const lines = new LineIndex(text);
  const skipped = skipReason(text, settings);
  if (skipped) return { uri, version, text, lines, pleading: parse(''), findings: [], skipped };
  const pleading = parse(text, { memo, lines });
  const complaint = link?.(pleading);
  const forum = settings.forum ?? inferForum(pleading, complaint?.pleading);
  return { uri, version, text, lines, pleading, complaint, forum, findings: check(pleading, { rules: settings.rules, forum, complaint: complaint?.pleading, memo }) };
}

/** Keeps the latest analysis of each open document; a newer version replaces the old one. */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();
  /** Per document: what one version's analysis lends the next (see core/memo.ts). */
  private readonly memos = new Map<string, AnalysisMemo>();

  private memoFor(uri: string): AnalysisMemo {
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = createMemo()));
    return memo;
  }

  get(uri: string, version: number, text: () => string, settings: Settings, link?: Link): Analysis {
    const hit = this.entries.get(uri);
    let a: Analysis;
    if (hit && hit.version === version) {
      if (hit.skipped) return hit;
      const complaint = link?.(hit.pleading);
      if (complaint?.key === hit.complaint?.key) return hit;
      const forum = settings.forum ?? inferForum(hit.pleading, complaint?.pleading);
      a = { ...hit, complaint, forum, findings: check(hit.pleading, { rules: settings.rules, forum, complaint: complaint?.pleading, memo: this.memoFor(uri) }) };
    } else {
      // The stale analysis goes first: its model and text can be collected while the new one is built.
      this.entries.delete(uri);
      a = analyze(uri, version, text(), settings, link, this.memoFor(uri));
    }
    this.entries.set(uri, a);
    return a;
  }

  all(): Analysis[] {
    return [...this.entries.values()];
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.memos.delete(uri);
  }

  clear(): void {
    this.entries.clear();
    this.memos.clear();
  }
}
