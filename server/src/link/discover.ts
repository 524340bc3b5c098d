/**
 * Finding the complaint an answer responds to (and the answers to a complaint) among files on
 * disk: same case number, the right kind, and — among several complaints — the amendment the
 * answer names, else the latest. Used by the CLI and the language server.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, type Pleading } from '../core';
import { amendmentRank, sameCase } from '../core/caseNumber';
import { importFormat } from '../import/format';
import { ecfCaseNumber } from '../import/model';
import { readPleadingFile } from '../io';

const EXTENSIONS = /\.(?:txt|md|markdown|pleading)$/i;

/**
 * The text of a PDF or Word file, when the caller can give it (the CLI extracts it; the server
 * answers from its cache and extracts in the background). `captionOnly`: the first pages suffice.
 */
export type ImportedTextOf = (file: string, captionOnly: boolean) => string | undefined;
/** Enough of a file to read its caption. */
const HEAD_BYTES = 32 * 1024;
const MAX_FILES = 2000;
const MAX_DEPTH = 4;

export interface Candidate {
  path: string;
  title?: string;
  kind: Pleading['kind'];
  caseNumber?: string;
}

/** Reads only the caption of a file: fast enough to scan a folder. */
export function readCaptionOf(file: string, imported?: ImportedTextOf): Candidate | undefined {
  if (importFormat(file)) {
    const text = imported?.(file, true);
    if (text === undefined) return undefined;
    const p = parse(text.slice(0, HEAD_BYTES));
    // A filed PDF whose caption leaves the number blank still has it in its ECF header.
    return { path: file, title: p.caption.title?.text, kind: p.kind, caseNumber: p.caption.caseNumber?.text ?? ecfCaseNumber(text) };
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = fs.readSync(fd, buf, 0, HEAD_BYTES, 0);
    if (buf.subarray(0, n).includes(0)) return undefined;
    const p = parse(buf.subarray(0, n).toString('utf8'));
    return { path: file, title: p.caption.title?.text, kind: p.kind, caseNumber: p.caption.caseNumber?.text };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Pleading-like files in `dirs` (the first non-recursively, the rest up to a small depth). */
export function listCandidates(dirs: string[], recursive: boolean, withImports = false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isFile() && (EXTENSIONS.test(e.name) || (withImports && importFormat(e.name))) && !seen.has(full)) {
        seen.add(full);
        out.push(full);
      } else if (e.isDirectory() && recursive && depth < MAX_DEPTH) walk(full, depth + 1);
    }
  };
  for (const d of dirs) walk(d, 0);
  return out;
}

/**
 * Picks the complaint for an answer among `candidates`: same case number, kind complaint; the
 * one whose amendment matches what the answer says it answers, else the latest amendment.
 */
export function chooseComplaint(answer: Pleading, candidates: Candidate[]): Candidate | undefined {
  const matching = candidates.filter(c => c.kind === 'complaint' && sameCase(c.caseNumber, answer.caption.caseNumber?.text));
  if (!matching.length) return undefined;
  const named = answer.answers ? amendmentRank(answer.answers) : undefined;
  const exact = named !== undefined ? matching.filter(c => amendmentRank(c.title) === named) : [];
  const pool = exact.length ? exact : matching;
  return pool.reduce((best, c) => (amendmentRank(c.title) > amendmentRank(best.title) ? c : best));
}

export function discoverComplaint(answerPath: string, answer: Pleading, extraDirs: string[] = [], imported?: ImportedTextOf): Candidate | undefined {
  if (answer.kind !== 'answer') return undefined;
  const own = path.resolve(answerPath);
  const files = [
    ...listCandidates([path.dirname(own)], false, !!imported),
    ...listCandidates(extraDirs, true, !!imported),
  ].filter(f => path.resolve(f) !== own);
  const candidates = [...new Set(files)].map(f => readCaptionOf(f, imported)).filter((c): c is Candidate => !!c);
  return chooseComplaint(answer, candidates);
}

/** Answers in `dirs` that respond to `complaint` (same case number). */
export function discoverAnswers(complaintPath: string, complaint: Pleading, dirs: string[]): Candidate[] {
  const own = path.resolve(complaintPath);
  return listCandidates(dirs, false)
    .filter(f => path.resolve(f) !== own)
    .map(f => readCaptionOf(f))
    .filter((c): c is Candidate => !!c && c.kind === 'answer' && sameCase(c.caseNumber, complaint.caption.caseNumber?.text));
}

/** Reads and parses a complaint file; undefined with a reason when it cannot be read. */
export function loadPleading(file: string): { pleading: Pleading; text: string } | { error: string } {
  const r = readPleadingFile(file);
  return r.ok ? { pleading: parse(r.text), text: r.text } : { error: r.error };
}

/** Complaints a user might link an answer to: every complaint near it, same case number first. */
export function discoverCandidates(answerPath: string, answer: Pleading, extraDirs: string[] = [], imported?: ImportedTextOf): Candidate[] {
  const own = path.resolve(answerPath);
  const files = [...new Set([...listCandidates([path.dirname(own)], false, !!imported), ...listCandidates(extraDirs, true, !!imported)])].filter(f => path.resolve(f) !== own);
  const complaints = files.map(f => readCaptionOf(f, imported)).filter((c): c is Candidate => !!c && c.kind === 'complaint');
  const same = (c: Candidate) => (sameCase(c.caseNumber, answer.caption.caseNumber?.text) ? 0 : 1);
  return complaints.sort((x, y) => same(x) - same(y) || amendmentRank(y.title) - amendmentRank(x.title));
}
