// Bundles the CLI, the language server, the extension client and the in-editor tests into dist/.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { PLEADING_VERSION: JSON.stringify(pkg.version) },
};

const builds = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The pure core on its own, for the benchmark (scripts/bench.mjs); not shipped in the .vsix.
  { entryPoints: ['server/src/core/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // PDF and Word reading (pdf.js, fflate) in its own bundle, run as a child process only when
  // such a file is met: the server and the CLI never load it themselves.
  { entryPoints: ['server/src/import/worker.ts'], outfile: 'dist/import-worker.js', logOverride: { 'empty-import-meta': 'silent' } },
  // The docx library and the Word writer, required on the first export only.
  { entryPoints: ['server/src/export/word.ts'], outfile: 'dist/export-docx.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The Response Chart's webview: a browser script and its styles, loaded from dist/ by the panel.
  { entryPoints: ['client/src/chart/webview/main.ts'], outfile: 'dist/chart.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { entryPoints: ['client/src/chart/webview/chart.css'], outfile: 'dist/chart.css' },
].filter(b => existsSync(b.entryPoints[0]));

if (existsSync('test/editor/suite/index.ts')) {
  builds.push({
    entryPoints: ['test/editor/suite/*.ts'],
    outdir: 'dist/test/editor',
    external: ['vscode', 'mocha'],
  });
}

await Promise.all(builds.map(b => esbuild.build({ ...common, ...b })));
