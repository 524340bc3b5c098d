/**
 * Links answers to complaints for the language server. An open editor buffer wins over the file
 * on disk; disk files are cached by modification time; discovery results are cached until a
 * watched file changes or the settings change.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { LineIndex, parse, type Pleading } from '../core';
import { amendmentRank, sameCase } from '../core/caseNumber';
import { readPleadingFile } from '../io';
import type { LinkedDocument } from '../service/analysis';
import { importFormat } from '../import/format';
import { discoverAnswers, discoverCandidates, discoverComplaint, listCandidates, type Candidate, type ImportedTextOf } from './discover';
import { fileOfVirtualUri, pageStarts, virtualUri, type ImportedDocuments } from './imported';


export interface OpenDocuments {
  /** The open buffer for a URI, if any. */
  get(uri: string): { text: string; version: number } | undefined;
  /** URIs of all open documents. */
  uris(): string[];
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

export class Linker {
  private readonly disk = new Map<string, { mtimeMs: number; size: number; doc: LinkedDocument }>();
  private readonly discovered = new Map<string, string | null>();
  /** Per answer and linked complaint: a later amendment of the same case on disk, or null. */
  private readonly later = new Map<string, { uri: string; title: string } | null>();
  /** Per complaint and its amendment rank: the version it amends, on disk, or null. */
  private readonly earlier = new Map<string, string | null>();
  private readonly parsedOpen = new Map<string, { version: number; doc: LinkedDocument }>();

  /** Why a PDF or Word complaint could not be read, by file. */
  private readonly importErrors = new Map<string, string>();

  constructor(private readonly open: OpenDocuments, private readonly workspaceFolders: () => string[], private readonly imports?: ImportedDocuments) {}

  /** Captions of PDF and Word files for discovery: known ones now, the others once extracted. */
  private readonly importedText: ImportedTextOf = (file, captionOnly) => {
    const s = this.imports?.get(file, captionOnly);
    return s && 'text' in s ? s.text : undefined;
  };

  /** The PDF or Word complaint at `file`, as a linked document (its virtual URI), when extracted. */
  private loadImported(file: string): LinkedDocument | undefined {
    const s = this.imports?.get(file);
    if (!s || 'pending' in s) return undefined;
    if ('error' in s) {
      this.importErrors.set(file, s.error);
      return undefined;
    }
    this.importErrors.delete(file);
    const uri = virtualUri(file);
    const hit = this.disk.get(file);
    if (hit && hit.doc.key === `${uri}@${s.sha256}`) return hit.doc;
    const doc: LinkedDocument = {
      uri, text: s.text, lines: new LineIndex(s.text), pleading: parse(s.text), key: `${uri}@${s.sha256}`,
      source: { name: path.basename(file), pages: pageStarts(s.text) },
    };
    this.disk.set(file, { mtimeMs: 0, size: 0, doc });
    return doc;
  }

  /** Why the complaint an answer names in `setting` (a PDF or Word file) could not be read, if so. */
  importProblem(answerUri: string, setting?: string): string | undefined {
    if (!setting || !importFormat(setting)) return undefined;
    const answerPath = uriToPath(answerUri);
    for (const base of [answerPath ? path.dirname(answerPath) : undefined, ...this.workspaceFolders()]) {
      if (base === undefined && !path.isAbsolute(setting)) continue;
      const problem = this.importErrors.get(path.resolve(base ?? '', setting));
      if (problem) return problem;
    }
    return undefined;
  }

  /** Forgets cached files and discovery results (after file events or a settings change). */
  invalidate(changedPath?: string): void {
    if (changedPath) {
      this.disk.delete(changedPath);
      this.imports?.forget(changedPath);
    } else this.disk.clear();
    this.discovered.clear();
    this.later.clear();
    this.earlier.clear();
  }

  /** The version of the complaint at `uri` that it amends: same case, the highest lower amendment near it. */
  earlierVersionOf(uri: string, complaint: Pleading): LinkedDocument | undefined {
    if (complaint.kind !== 'complaint' || !complaint.caption.caseNumber) return undefined;
    const rank = amendmentRank(complaint.caption.title?.text);
    if (rank <= 0) return undefined;
    const key = `${uri}|${rank}`;
    let found = this.earlier.get(key);
    if (found === undefined) {
      const file = uriToPath(uri);
      const older = file
        ? discoverCandidates(file, complaint, this.workspaceFolders())
          .filter(c => sameCase(c.caseNumber, complaint.caption.caseNumber?.text) && amendmentRank(c.title) < rank)
        : [];
      const best = older.reduce<(typeof older)[number] | undefined>((b, c) => (!b || amendmentRank(c.title) > amendmentRank(b.title) ? c : b), undefined);
      found = best ? pathToUri(best.path) : null;
      this.earlier.set(key, found);
    }
    return found ? this.load(found) : undefined;
  }

  /**
   * Complaints an answer could be linked to, for the Link Complaint… picker: text and Markdown by
   * their captions, PDF and Word files by their extracted captions — and, before they are extracted
   * (or in Restricted Mode, where nothing is read on its own), by their names, so they can be chosen.
   */
  complaintCandidates(answerUri: string, answer: Pleading): Candidate[] {
    const answerPath = uriToPath(answerUri);
    if (!answerPath) return [];
    const found = discoverCandidates(answerPath, answer, this.workspaceFolders(), this.imports ? this.importedText : undefined);
    const listed = new Set(found.map(c => path.resolve(c.path)));
    const unread = listCandidates([path.dirname(answerPath)], false, true)
      .filter(f => importFormat(f) && !listed.has(path.resolve(f)) && path.resolve(f) !== path.resolve(answerPath));
    return [...found, ...unread.map(f => ({ path: f, kind: 'unknown' as const }))];
  }

  /**
   * A later amendment of the complaint `linked` (same case number, a higher amendment in its
   * title) near the answer: the answer may be due to be carried over to it.
   */
  laterVersionOf(answerUri: string, answer: Pleading, linked: LinkedDocument | undefined): { uri: string; title: string } | undefined {
    if (answer.kind !== 'answer' || !linked) return undefined;
    const key = `${answerUri}|${linked.uri}`;
    const hit = this.later.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const answerPath = uriToPath(answerUri);
    const linkedPath = uriToPath(linked.uri) ?? fileOfVirtualUri(linked.uri);
    const rank = amendmentRank(linked.pleading.caption.title?.text);
    const newer = answerPath
      ? discoverCandidates(answerPath, answer, this.workspaceFolders(), this.imports ? this.importedText : undefined)
        .filter(c => sameCase(c.caseNumber, answer.caption.caseNumber?.text) && amendmentRank(c.title) > rank && (!linkedPath || path.resolve(c.path) !== path.resolve(linkedPath)))
      : [];
    const best = newer.reduce<(typeof newer)[number] | undefined>((b, c) => (!b || amendmentRank(c.title) > amendmentRank(b.title) ? c : b), undefined);
    const found = best ? { uri: pathToUri(best.path), title: best.title ?? path.basename(best.path) } : null;
    this.later.set(key, found);
    return found ?? undefined;
  }

  /** The document at `uri`: the open buffer if there is one, else the file on disk. */
  load(uri: string): LinkedDocument | undefined {
    const buffer = this.open.get(uri);
    if (buffer) {
      const hit = this.parsedOpen.get(uri);
      if (hit && hit.version === buffer.version) return hit.doc;
      const doc = { uri, text: buffer.text, lines: new LineIndex(buffer.text), pleading: parse(buffer.text), key: `${uri}@v${buffer.version}` };
      this.parsedOpen.set(uri, { version: buffer.version, doc });
      return doc;
    }
    this.parsedOpen.delete(uri);
    const file = uriToPath(uri) ?? fileOfVirtualUri(uri);
    if (!file) return undefined;
    if (importFormat(file)) return this.loadImported(file);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      this.disk.delete(file);
      return undefined;
    }
    const hit = this.disk.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.doc;
    const r = readPleadingFile(file);
    if (!r.ok) return undefined;
    const doc = { uri, text: r.text, lines: new LineIndex(r.text), pleading: parse(r.text), key: `${uri}@${stat.mtimeMs}:${stat.size}` };
    this.disk.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, doc });
    return doc;
  }

  /**
   * The complaint an answer responds to: the `setting` path (relative to the answer's folder or a
   * workspace folder), else discovered by case number in the answer's folder and the workspace.
   */
  complaintFor(answerUri: string, answer: Pleading, setting?: string): LinkedDocument | undefined {
    if (answer.kind !== 'answer') return undefined;
    const answerPath = uriToPath(answerUri);
    if (setting) {
      const bases = [answerPath ? path.dirname(answerPath) : undefined, ...this.workspaceFolders()].filter((b): b is string => !!b);
      for (const base of path.isAbsolute(setting) ? [''] : bases) {
        const doc = this.load(pathToUri(path.resolve(base, setting)));
        if (doc) return doc;
      }
      return undefined;
    }
    // An open complaint with the same case number wins over anything on disk.
    const openMatch = this.openComplaintFor(answerUri, answer);
    if (openMatch) return openMatch;
    if (!answerPath) return undefined;
    let found = this.discovered.get(answerUri);
    if (found === undefined) {
      found = discoverComplaint(answerPath, answer, this.workspaceFolders(), this.imports ? this.importedText : undefined)?.path ?? null;
      this.discovered.set(answerUri, found);
    }
    return found ? this.load(pathToUri(found)) : undefined;
  }

  private openComplaintFor(answerUri: string, answer: Pleading): LinkedDocument | undefined {
    const matches: LinkedDocument[] = [];
    for (const uri of this.open.uris()) {
      if (uri === answerUri) continue;
      const doc = this.load(uri);
      if (doc && doc.pleading.kind === 'complaint' && doc.pleading.caption.caseNumber && answer.caption.caseNumber
        && sameCase(doc.pleading.caption.caseNumber.text, answer.caption.caseNumber.text)) matches.push(doc);
    }
    // An answer that names the version it answers ("Answer to the Complaint") is not re-linked to another open version.
    const named = answer.answers ? amendmentRank(answer.answers) : undefined;
    if (matches.length === 1 && named !== undefined && amendmentRank(matches[0].pleading.caption.title?.text) !== named) return undefined;
    if (matches.length <= 1) return matches[0];
    // Several open: defer to discovery's rules (named amendment, else latest) over these.
    return undefined;
  }

  /** Answers that respond to a complaint: open ones and those on disk in its folder. */
  answersFor(complaintUri: string, complaint: Pleading, setting?: string): LinkedDocument[] {
    const out = new Map<string, LinkedDocument>();
    const consider = (uri: string) => {
      if (uri === complaintUri || out.has(uri)) return;
      const doc = this.load(uri);
      if (doc && doc.pleading.kind === 'answer' && this.complaintFor(uri, doc.pleading, setting)?.uri === complaintUri) out.set(uri, doc);
    };
    for (const uri of this.open.uris()) consider(uri);
    const file = uriToPath(complaintUri);
    if (file) for (const c of discoverAnswers(file, complaint, [path.dirname(file)])) consider(pathToUri(c.path));
    return [...out.values()];
  }
}
