/** How a document is named to the user, in hovers and the response chart. */
import * as path from 'path';
import { uriToPath } from '../link/linker';

/**
 * A file's path relative to `near` (another document's folder, so two answers named answer.txt
 * in different folders differ), else its base name; "unsaved draft" for an editor buffer that was
 * never saved.
 */
export function documentName(uri: string, near?: string): string {
  if (uri.startsWith('untitled:')) return 'unsaved draft';
  const file = uriToPath(uri);
  if (!file) return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) || uri;
  const base = near ? uriToPath(near) : undefined;
  return base ? path.relative(path.dirname(base), file) : path.basename(file);
}
