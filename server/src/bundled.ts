/** Files esbuild writes into dist/ beside the bundles, found from a bundle or from the source tree. */
import * as fs from 'fs';
import * as path from 'path';

/** `dist/NAME` beside the running bundle, or dist/ of the source tree (tests run from source). */
export function bundledFile(name: string): string {
  const beside = path.join(__dirname, name);
  return fs.existsSync(beside) ? beside : path.join(__dirname, '..', '..', 'dist', name);
}
