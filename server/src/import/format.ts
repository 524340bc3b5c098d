/** Which files the importer reads: known by their extension, so nothing else is ever opened as one. */
import * as path from 'path';

export type ImportFormat = 'pdf' | 'docx';

/** The format a file's name says it has, if it is one the importer reads. */
export function importFormat(file: string): ImportFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : undefined;
}
