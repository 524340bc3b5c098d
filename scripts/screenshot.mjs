#!/usr/bin/env node
// Takes docs/screenshot.png: the extension at work in a real VS Code workbench (code-server +
// headless Chromium, the harness of test/editor/): the sample answer with its squiggles, the hover
// on the bad incorporation range "paragraphs 1-35", the Outline view and the Problems panel; then
// docs/chart.png: the Response Chart panel beside the answer, its unanswered ¶15 revealed in the
// complaint.
//
//   npm run screenshot [-- --out docs/screenshot.png --chart-out docs/chart.png]
//
// Needs `npm run build` (dist/) and scripts/editor-setup.sh (code-server in the cache).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, killAllSync, openWorkbench, runCommand } from '../test/editor/codeServer.mjs';

const { values: opts } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(REPO_ROOT, 'docs', 'screenshot.png') },
    'chart-out': { type: 'string', default: path.join(REPO_ROOT, 'docs', 'chart.png') },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '960' },
  },
});
for (const f of ['dist/extension.js', 'dist/server.js']) {
  if (!fs.existsSync(path.join(REPO_ROOT, f))) {
    process.stderr.write(`screenshot: ${f} is missing: run npm run build first\n`);
    process.exit(2);
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { killAllSync(); process.exit(130); });

const step = (msg) => process.stderr.write(`[screenshot] ${msg}\n`);
const started = Date.now();
const FILE = 'answer.txt';
const TARGET = 'paragraphs 1-35';
const text = fs.readFileSync(path.join(REPO_ROOT, 'samples', FILE), 'utf8').split('\n');
const line = text.findIndex((l) => l.includes(TARGET));
if (line < 0) throw new Error(`"${TARGET}" not in samples/${FILE}`);
const column = text[line].indexOf(TARGET) + 'paragraphs 1-'.length; // 1-based column of the "-"… +1 below

const wb = await openWorkbench({
  extensionRoot: REPO_ROOT,
  workspace: path.join(REPO_ROOT, 'samples'),
  viewport: { width: Number(opts.width), height: Number(opts.height) },
  settings: {
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.activityBar.location': 'default',
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
    'editor.fontSize': 14,
    'editor.lineHeight': 21,
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'editor.stickyScroll.enabled': false,
    'editor.hover.delay': 100,
    'breadcrumbs.enabled': true,
    'outline.collapseItems': 'alwaysCollapse',
    'workbench.tree.indent': 12,
    'chat.commandCenter.enabled': false,
    'chat.disableAIFeatures': true,
  },
});
const { page } = wb;
try {
  step('workbench ready');
  const editor = page.locator('.editor-instance .monaco-editor').first();

  // Open the answer from Quick Open (a plain .txt: the extension detects it and switches it).
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget .quick-input-box input').fill(FILE);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await editor.waitFor({ timeout: 20_000 });
  await page.locator('.statusbar-item', { hasText: /^Pleading$/ }).first().waitFor({ timeout: 30_000 });
  step('answer.txt is in the Pleading language');

  // The Outline view (in the Explorer, below the folder) and the Problems panel.
  // Collapse the folder tree and the Timeline so that the Outline gets the side bar.
  for (const title of ['Explorer Section: samples', 'Timeline Section']) {
    const header = page.locator(`.pane-header[aria-expanded="true"][aria-label^="${title}"]`);
    if (await header.count()) await header.first().click();
  }
  await runCommand(page, 'Explorer: Focus on Outline View');
  await page.locator('.outline-pane .monaco-list-row').first().waitFor({ timeout: 20_000 });
  // Expand COUNT II (the count with the bad range) by its twistie: a click on the row would move the cursor.
  const count2 = page.locator('.outline-pane .monaco-list-row[aria-label^="COUNT II "]').first();
  await count2.locator('.monaco-tl-twistie').click();
  await page.locator('.outline-pane .monaco-list-row[aria-label^="¶35"]').first().waitFor({ timeout: 10_000 });
  await runCommand(page, 'View: Toggle Problems');
  await page.locator('.markers-panel .monaco-list-row, .markers-panel .monaco-table-tr').first().waitFor({ timeout: 20_000 });
  step('outline and problems shown');

  // Cursor on the range, then the hover (it shows the finding and the range's description).
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget .quick-input-box input').fill(`:${line + 1}:${column + 1}`);
  await page.keyboard.press('Enter');
  await page.locator('.squiggly-error').first().waitFor({ timeout: 20_000 });
  // Scroll the text (not the cursor) so the line sits low and the hover above it has room.
  for (let i = 0; i < 7; i++) await page.keyboard.press('Control+ArrowUp');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.locator('.monaco-hover:not(.hidden)', { hasText: 'Paragraphs 1–35' }).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300); // let the hover's fade-in finish
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  await page.screenshot({ path: opts.out });
  step(`wrote ${path.relative(process.cwd(), path.resolve(opts.out))} in ${((Date.now() - started) / 1000).toFixed(1)}s`);

  // The Response Chart: the panel beside the answer; a click on the unanswered ¶15 opens the
  // complaint at it, beside the chart.
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Hide Panel');
  await runCommand(page, 'View: Close Primary Side Bar');
  await runCommand(page, 'Pleading: Response Chart');
  let chart;
  for (const end = Date.now() + 20_000; !chart && Date.now() < end; await page.waitForTimeout(200)) {
    for (const f of page.frames()) if (await f.locator('#rows tr').count().catch(() => 0) > 0) chart = f;
  }
  if (!chart) throw new Error('the Response Chart did not show its rows');
  await chart.locator('#rows tr[data-paragraph="15"]').click();
  await page.locator('.tab.active', { hasText: 'complaint.txt' }).first().waitFor({ timeout: 20_000 });
  await chart.locator('#rows tr[data-paragraph="15"]').focus();
  await page.waitForTimeout(500);
  await page.screenshot({ path: opts['chart-out'] });
  step(`wrote ${path.relative(process.cwd(), path.resolve(opts['chart-out']))}`);
} catch (err) {
  const debug = path.join(REPO_ROOT, '.editor-test', 'screenshot-failed.png');
  fs.mkdirSync(path.dirname(debug), { recursive: true });
  await page.screenshot({ path: debug }).catch(() => {});
  process.stderr.write(`screenshot: ${err.message} (page as it was: ${debug})\n`);
  process.exitCode = 1;
} finally {
  await wb.close();
}
