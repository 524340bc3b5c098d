// The Response Chart driven as a user drives it: code-server in headless Chromium, the seed answer
// and its complaint, keyboard and mouse only. Inside the chart's webview: totals, filters, sorting,
// a row's click revealing the paragraph in the editors, live updates and Export… to CSV.
//
//   npx mocha --no-config --timeout 240000 test/editor/ui/*.test.mjs     (npm run test:editor runs it)
import assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, openWorkbench, runCommand } from '../codeServer.mjs';

const DEADLINE = 20_000;

/** Polls `probe` until it returns something truthy; fails after the deadline saying what it waited for. */
async function until(what, probe, timeoutMs = DEADLINE) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise(r => setTimeout(r, 150));
  }
}

describe('Response Chart in the editor (code-server + Chromium)', function () {
  this.timeout(240_000);
  let wb;
  let page;
  let chart; // the webview's frame
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-chart-ui-'));
  for (const f of ['answer.txt', 'complaint.txt']) fs.copyFileSync(path.join(REPO_ROOT, 'test/fixtures/seed', f), path.join(dir, f));

  const rows = () => chart.locator('#rows tr');
  const rowNumbers = async () => (await rows().evaluateAll(trs => trs.map(tr => Number(tr.dataset.paragraph))));
  /** The text an editor group shows, by the name on its active tab. */
  const editorText = async name => (await page.locator('.editor-group-container', { has: page.locator('.tab.active', { hasText: name }) }).locator('.view-lines').innerText())
    .replace(/\u00a0/g, ' '); // the editor renders spaces as no-break spaces

  before(async () => {
    wb = await openWorkbench({
      extensionRoot: REPO_ROOT,
      workspace: dir,
      viewport: { width: 1600, height: 1000 },
      settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'chat.disableAIFeatures': true, 'files.simpleDialog.enable': true },
    });
    page = wb.page;
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget .quick-input-box input').fill('answer.txt');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: DEADLINE });
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: /^Pleading$/ }).first().waitFor({ timeout: 30_000 });
    // Linked to its complaint once the status bar names it.
    await page.locator('.statusbar-item', { hasText: 'complaint.txt' }).first().waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await wb?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens as one tab with the totals and a row per complaint paragraph', async () => {
    await runCommand(page, 'Pleading: Response Chart');
    chart = await until('the chart webview', async () => {
      for (const f of page.frames()) if (await f.locator('#rows tr').count().catch(() => 0) > 0) return f;
      return undefined;
    });
    assert.strictEqual(await rows().count(), 101);
    assert.match(await chart.locator('#totals').innerText(), /101\s+paragraphs/);
    assert.match(await chart.locator('#documents').innerText(), /answer\.txt answering complaint\.txt/);
    assert.strictEqual(await page.locator('.tab', { hasText: 'Response Chart' }).count(), 1);
    assert.strictEqual(await page.locator('.tab', { hasText: 'Untitled' }).count(), 0, 'no unsaved documents');
  });

  it('follows the answer as it is edited: a deleted response shows as unanswered', async () => {
    const seed = fs.readFileSync(path.join(dir, 'answer.txt'), 'utf8').split('\n');
    const line = seed.findIndex(l => l.startsWith('50. In answer to Paragraph 50')) + 1;
    await page.locator('.editor-group-container', { has: page.locator('.tab.active', { hasText: 'answer.txt' }) }).locator('.view-lines').click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget .quick-input-box input').fill(`:${line}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await until('row 50 unanswered', async () => (await chart.locator('#rows tr[data-paragraph="50"] .response').innerText()) === 'UNANSWERED');
    assert.match(await chart.locator('#totals').innerText(), /1\s+unanswered/);
    await page.keyboard.press('Control+S');
  });

  it('filters: unanswered only, by response, by COUNT', async () => {
    await chart.locator('#unanswered').check();
    await until('only row 50', async () => JSON.stringify(await rowNumbers()) === '[50]');
    await chart.locator('#unanswered').uncheck();
    await chart.locator('#heading').selectOption({ label: 'COUNT II — Misappropriation of Trade Secrets' });
    await until('COUNT II\'s rows', async () => JSON.stringify(await rowNumbers()) === JSON.stringify([62, 63, 64, 65, 66, 67]));
    await chart.locator('#kind').selectOption('incorporation');
    await until('COUNT II\'s incorporation', async () => JSON.stringify(await rowNumbers()) === '[62]');
    assert.match(await chart.locator('#shown').innerText(), /^1 of 101 rows$/);
    await chart.locator('#kind').selectOption('');
    await chart.locator('#heading').selectOption('');
    await until('every row again', async () => (await rows().count()) === 101);
  });

  it('sorts by a column header, and back', async () => {
    await chart.locator('th[data-key="paragraph"] button').click();
    await until('descending order', async () => (await rowNumbers())[0] === 101);
    assert.strictEqual(await chart.locator('th[data-key="paragraph"]').getAttribute('aria-sort'), 'descending');
    await chart.locator('th[data-key="paragraph"] button').click();
    await until('ascending order', async () => (await rowNumbers())[0] === 1);
  });

  it('a click on a row reveals the complaint paragraph and its response side by side', async () => {
    await chart.locator('#rows tr[data-paragraph="62"]').click();
    await until('the complaint at ¶62', async () => /62\.\s+LivePerson repeats and realleges/.test(await editorText('complaint.txt')));
    await until('the answer at its response', async () => /62\.\s+In answer to Paragraph 62/.test(await editorText('answer.txt')));
    // An unanswered row: the complaint's paragraph.
    await chart.locator('#rows tr[data-paragraph="50"]').click();
    await until('the complaint at ¶50', async () => /50\.\s+\[24\]7's statements in Exhibit C/.test(await editorText('complaint.txt')));
    // By keyboard: Enter on a focused row.
    await chart.locator('#rows tr[data-paragraph="90"]').focus();
    await page.keyboard.press('Enter');
    await until('the answer at ¶90', async () => /90\.\s+In answer to Paragraph 90/.test(await editorText('answer.txt')));
    if (process.env.PLEADING_UI_SHOT) await page.screenshot({ path: process.env.PLEADING_UI_SHOT });
  });

  it('exports to CSV, as the CLI writes it', async () => {
    const target = path.join(dir, 'exported.csv');
    await chart.locator('#export').click();
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: DEADLINE });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'CSV' }).first().click();
    // The save dialog (VS Code's own, in the quick input): type the path, Enter.
    await until('the save dialog', async () => (await input.inputValue()).endsWith('answer-chart.csv'));
    await input.fill(target);
    await page.keyboard.press('Enter');
    await until('the exported file', () => fs.existsSync(target) && fs.statSync(target).size > 0);
    const cli = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'chart', path.join(dir, 'answer.txt'), '--complaint', path.join(dir, 'complaint.txt'), '--format', 'csv'], { encoding: 'utf8' });
    assert.strictEqual(cli.status, 0, cli.stderr);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), cli.stdout);
    assert.match(cli.stdout, /^50,/m);
  });
});
