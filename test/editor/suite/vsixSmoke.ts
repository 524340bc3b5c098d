// Extension-host entry for scripts/vsix-smoke.mjs (not part of the mocha suite): runs in a
// workbench where Pleading is installed from the .vsix (the development extension is an empty
// stub). Opens the sample answer the script put in the workspace next to the sample complaint,
// waits for the findings (including one that needs the complaint: the linker works in the
// packaged server), and checks hover, outline and the quick fix, then exports the answer to Word
// and imports it back (the bundles the .vsix loads on demand). Throws (exit code 1) on the
// first thing that is wrong.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, hoverText, lineOf, openPleading, pleadingDiagnostics, positionOf, summary, waitFor } from './helpers';

const log = (msg: string) => console.log(`vsix smoke: ${msg}`);

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  log(`installed at ${ext.extensionPath}`);
  log(`version ${ext.packageJSON.version}`);

  const answer = await openPleading('answer.txt');
  log(`answer.txt switched to ${answer.languageId}; extension active: ${ext.isActive}`);
  // The deliberate slips of test/fixtures/samples-EXPECTED.json (at least these). With the
  // complaint linked, the missing ¶15 is one finding, from the blank line where it belongs.
  const expected = [
    `unanswered-paragraph@${lineOf(answer, '16. In answer to Paragraph 16') - 1}`,
    `paragraph-mismatch@${lineOf(answer, '22. In answer to Paragraph 23')}`,
    `defined-term@${lineOf(answer, 'Coastel denies')}`,
    `punctuation@${lineOf(answer, 'therefore denies them..')}`,
    `incorporation-range@${lineOf(answer, 'paragraphs 1-35')}`,
  ];
  const diags = await waitFor(`the sample answer's findings ${JSON.stringify(expected)}`, () => {
    const now = pleadingDiagnostics(answer.uri);
    const have = new Set(summary(now));
    return expected.every(e => have.has(e)) ? now : undefined;
  });
  log(`diagnostics: ${diags.map(d => `${codeOf(d)} (line ${d.range.start.line + 1})`).join(', ')}`);

  const at = positionOf(answer, 'paragraphs 1-35', 'paragraphs 1'.length);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', answer.uri, at);
  assert.match(hoverText(hovers), /Paragraphs 1–35/);
  log('hover on "paragraphs 1-35": ok');

  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', answer.uri);
  assert.ok(symbols.some(s => s.name === 'COUNT II'), 'COUNT II in the outline');
  log(`outline: ${symbols.length} top-level symbols`);

  const range = diags.find(d => codeOf(d) === 'incorporation-range')!.range;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', answer.uri, range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find(a => a.isPreferred && a.edit);
  assert.ok(fix?.edit, `a preferred quick fix among: ${actions.map(a => a.title).join(', ')}`);
  const edits = fix.edit.entries().flatMap(([, e]) => e);
  assert.strictEqual(edits.length, 1, 'one edit');
  const line = answer.lineAt(range.start.line).text;
  const e = edits[0];
  assert.strictEqual(e.range.start.line, e.range.end.line);
  const fixed = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
  assert.ok(fixed.includes('paragraphs 1-34 as if fully set forth'), fixed);
  log(`quick fix offered: "${fix.title}"`);

  await vscode.window.showTextDocument(answer);
  await vscode.commands.executeCommand('pleading.responseChart');
  await waitFor('the Response Chart tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
    .some(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('pleading.responseChart') && t.label === 'Response Chart — answer.txt'));
  log('response chart: a webview tab');
  // The packaged bundles that load only on demand: the Word writer and the import worker.
  const docx = await vscode.commands.executeCommand<vscode.Uri | undefined>('pleading.exportDocx', answer.uri);
  assert.ok(docx && fs.readFileSync(docx.fsPath).subarray(0, 2).toString() === 'PK', `a Word file written (${docx?.fsPath})`);
  const back = await vscode.commands.executeCommand<vscode.Uri | undefined>('pleading.importFile', docx);
  assert.ok(back && /^1\. In answer to Paragraph 1,/m.test(fs.readFileSync(back.fsPath, 'utf8')), `the Word file imported back (${back?.fsPath})`);
  log(`export to Word and import back: ok (${docx.fsPath.split('/').pop()} → ${back.fsPath.split('/').pop()})`);
}
