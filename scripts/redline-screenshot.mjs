#!/usr/bin/env node
// The README's picture of a redline: `pleading compare --format html` on the fixture amendment
// (test/fixtures/amended), rendered by headless Chromium (/usr/bin/chromium, as for the editor
// tests) and cut to its first screenful.
//   npm run screenshot:redline [-- --out docs/redline.png]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--out');
const out = path.resolve(i > 0 ? process.argv[i + 1] : path.join(root, 'docs', 'redline.png'));
const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'compare', 'test/fixtures/amended/complaint.txt', 'test/fixtures/amended/first-amended-complaint.txt', '--format', 'html'], { cwd: root, encoding: 'utf8' });
if (r.status !== 0) {
  process.stderr.write(`screenshot:redline: pleading compare failed:\n${r.stderr}`);
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-redline-'));
const html = path.join(dir, 'redline.html');
fs.writeFileSync(html, r.stdout);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(html).href);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1100, height: 1000 } });
} finally {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.stderr.write(`screenshot:redline: wrote ${path.relative(process.cwd(), out)}\n`);
