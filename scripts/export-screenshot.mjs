#!/usr/bin/env node
// Takes docs/export.png: the first page of two answers exported to Word by `pleading export` —
// the seed answer on plain paper and the California fixture on California pleading paper — as
// LibreOffice lays the .docx out (soffice --convert-to pdf, then pdftoppm), side by side.
//
//   npm run screenshot:export [-- --out docs/export.png]
//
// Needs `npm run build` (dist/), and LibreOffice Writer and poppler-utils
// (apt-get install libreoffice-writer-nogui poppler-utils); headless Chromium (playwright-core,
// /usr/bin/chromium, as for the editor tests) sets the two pages side by side.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { out: { type: 'string', default: path.join(root, 'docs', 'export.png') }, dpi: { type: 'string', default: '70' } } });

const run = (cmd, args, o = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...o });
  if (r.error?.code === 'ENOENT') {
    process.stderr.write(`screenshot:export: ${cmd} is not installed (apt-get install libreoffice-writer-nogui poppler-utils)\n`);
    process.exit(2);
  }
  if (r.status !== 0) {
    process.stderr.write(`screenshot:export: ${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
    process.exit(1);
  }
  return r;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-export-shot-'));
try {
  const pages = [];
  for (const [name, source, paper] of [['plain', 'test/fixtures/seed/answer.txt', 'plain'], ['california', 'test/fixtures/california/answer.txt', 'california']]) {
    const docx = path.join(dir, `${name}.docx`);
    run(process.execPath, [path.join(root, 'dist', 'cli.js'), 'export', path.join(root, source), '--docx', docx, '--paper', paper]);
    // A private LibreOffice profile: no first-run state written to the user's home.
    run('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx]);
    run('pdftoppm', ['-r', opts.dpi, '-png', '-f', '1', '-l', '1', '-singlefile', path.join(dir, `${name}.pdf`), path.join(dir, name)]);
    pages.push(path.join(dir, `${name}.png`));
  }
  // The pages side by side on a grey ground, each with a thin border.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const imgs = pages.map(p => `<img src="data:image/png;base64,${fs.readFileSync(p).toString('base64')}">`).join('');
    await page.setContent(`<body style="margin:0"><div id="pages" style="display:inline-flex;gap:14px;padding:14px;background:#d0d0d0">${imgs.replace(/<img /g, '<img style="border:1px solid #9a9a9a;display:block" ')}</div></body>`);
    await page.locator('#pages').screenshot({ path: opts.out });
  } finally {
    await browser.close();
  }
  process.stderr.write(`screenshot:export: wrote ${path.relative(process.cwd(), opts.out)}\n`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
