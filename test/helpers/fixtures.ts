/** Loads the fixture documents and their hand-written EXPECTED.json manifests. */
import * as fs from 'fs';
import * as path from 'path';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const ROOT = path.join(__dirname, '..', '..');

export interface ExpectedCount { number: number; title: string | null; firstParagraph: number; line: number }
export interface ExpectedSlip { line: number; paragraph: number | null; kind: string; what: string }
export interface ExpectedDocument {
  file: string;
  kind: 'complaint' | 'answer';
  title: string;
  caseNumber: string;
  paragraphs: number;
  firstParagraph: number | null;
  lastParagraph: number | null;
  counts: ExpectedCount[];
  defenses: number;
  definedTerms: Record<string, string>;
  realleging: { paragraph: number; from: number; to: number }[];
  responses?: { paragraph: number | null; targets: number[]; kind: string; line: number }[];
  notParagraphs?: { line: number; text: string }[];
  slips: ExpectedSlip[];
  answers?: string;
  /** Whether the answer pleads a general denial (checked when given). */
  generalDenial?: boolean;
  /** The forum whose wording rules apply (core/forums.ts), as a careful reader places the court (checked when given). */
  forum?: string;
}

export interface FixtureDocument extends ExpectedDocument {
  /** Path of the document, relative to the repository root. */
  relPath: string;
  text: string;
}

/** Every document described by a manifest under test/fixtures. */
export function loadFixtures(): FixtureDocument[] {
  const out: FixtureDocument[] = [];
  const manifests: { file: string; base: string }[] = [
    { file: path.join(FIXTURES, 'samples-EXPECTED.json'), base: ROOT },
  ];
  for (const dir of fs.readdirSync(FIXTURES)) {
    const m = path.join(FIXTURES, dir, 'EXPECTED.json');
    if (fs.existsSync(m)) manifests.push({ file: m, base: path.join(FIXTURES, dir) });
  }
  for (const { file, base } of manifests) {
    for (const doc of JSON.parse(fs.readFileSync(file, 'utf8')) as ExpectedDocument[]) {
      const abs = path.join(base, doc.file);
      out.push({ ...doc, relPath: path.relative(ROOT, abs), text: fs.readFileSync(abs, 'utf8') });
    }
  }
  return out;
}

export function readFixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}
