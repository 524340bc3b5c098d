// Extension-host entry for scripts/vsix-smoke.mjs (not part of the mocha suite): runs in a
// workbench where Pleading is installed from the .vsix, with no extensionDevelopmentPath.
// Opens the sample answer the script put in the workspace, waits for the findings, and checks
// hover, outline and the quick fix. Throws (exit code 1) on the first thing that is wrong.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, hoverText, lineOf, openPleading, positionOf, waitForDiagnostics } from './helpers';

const log = (msg: string) => console.log(`vsix smoke: ${msg}`);

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  log(`installed at ${ext.extensionPath}`);
  log(`version ${ext.packageJSON.version}`);

  const answer = await openPleading('answer.txt');
  log(`answer.txt switched to ${answer.languageId}; extension active: ${ext.isActive}`);
  const expected = [
    `paragraph-numbering@${lineOf(answer, '16. In answer to Paragraph 16')}`,
    `paragraph-mismatch@${lineOf(answer, '22. In answer to Paragraph 23')}`,
    `defined-term@${lineOf(answer, 'Coastel denies')}`,
    `punctuation@${lineOf(answer, 'therefore denies them..')}`,
    `incorporation-range@${lineOf(answer, 'paragraphs 1-35')}`,
  ];
  const diags = await waitForDiagnostics(answer.uri, expected, 'the sample answer\'s findings');
  log(`diagnostics: ${diags.map(d => `${codeOf(d)} (line ${d.range.start.line + 1})`).join(', ')}`);

  const at = positionOf(answer, 'paragraphs 1-35', 'paragraphs 1'.length);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', answer.uri, at);
  assert.match(hoverText(hovers), /\*\*Paragraphs 1–35\*\*: 35 paragraphs/);
  log('hover on "paragraphs 1-35": ok');

  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', answer.uri);
  assert.ok(symbols.some(s => s.name === 'COUNT II'), 'COUNT II in the outline');
  log(`outline: ${symbols.length} top-level symbols`);

  const range = diags.find(d => codeOf(d) === 'incorporation-range')!.range;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', answer.uri, range, vscode.CodeActionKind.QuickFix.value);
  assert.ok(actions.some(a => a.title === 'Change the range to end at 34'), `quick fixes: ${actions.map(a => a.title).join(', ')}`);
  log('quick fix offered: ok');
}
