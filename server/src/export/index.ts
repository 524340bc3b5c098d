/**
 * Exporting a pleading to Word: the layout from the parsed model (layout.ts), then the .docx
 * (word.ts, its own bundle dist/export-docx.js, required on the first export only, so neither the
 * server's start-up nor the CLI's other commands load the docx library).
 */
import * as path from 'path';
import type { Pleading } from '../core';
import { bundledFile } from '../bundled';
import { writeNewFile, written, type WriteResult, type Written } from '../io';
import { exportLayout } from './layout';
import type * as Word from './word';

/** Plain paper, or California pleading paper (numbered lines, rules, the title in the footer). */
export type Paper = 'plain' | 'california';
export const PAPERS: readonly Paper[] = ['plain', 'california'];

let word: typeof Word | undefined;

function wordWriter(): typeof Word {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (word ??= require(bundledFile('export-docx.js')) as typeof Word);
}

/** The .docx of a parsed pleading. */
export async function exportDocx(pleading: Pleading, paper: Paper): Promise<Uint8Array> {
  return wordWriter().wordDocument(exportLayout(pleading), paper);
}

/** Where a pleading's Word file goes by default: beside it, `answer.md` → `answer.docx`. */
export function docxPathFor(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.docx`);
}

/** Exports a pleading to `output`, never over an existing file unless `overwrite`. */
export async function exportToFile(pleading: Pleading, output: string, paper: Paper, overwrite = false): Promise<WriteResult> {
  const bytes = await exportDocx(pleading, paper);
  return writeNewFile(output, bytes, overwrite);
}

/** The editor's Export command: the Word file beside the pleading (never over one unless `overwrite`). */
export async function exportBeside(pleading: Pleading, file: string, paper: Paper, overwrite: boolean): Promise<Written> {
  const output = docxPathFor(file);
  try {
    return written(output, await exportToFile(pleading, output, paper, overwrite), exportSummary(pleading, paper));
  } catch (e) {
    return { error: `${path.basename(output)} could not be made (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** What was exported, for a message: "101 numbered paragraphs, 8 counts, 26 defenses; California pleading paper". */
export function exportSummary(p: Pleading, paper: Paper): string {
  const numbered = p.paragraphs.filter(x => x.number !== null).length;
  const counts = p.headings.filter(h => h.kind === 'count').length;
  const parts = [`${numbered} numbered paragraph${numbered === 1 ? '' : 's'}`];
  if (counts) parts.push(`${counts} count${counts === 1 ? '' : 's'}`);
  if (p.defenses.length) parts.push(`${p.defenses.length} defense${p.defenses.length === 1 ? '' : 's'}`);
  return `${parts.join(', ')}; ${paper === 'california' ? 'California pleading paper' : 'plain paper'}`;
}
