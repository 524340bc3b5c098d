// The extension in a real VS Code extension host: language detection, diagnostics, hover,
// outline, definition, quick fixes, settings and restarting the server.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  codeOf, extension, fileUri, flattenSymbols, hoverText, lineOf, openDocument, openPleading, pleadingDiagnostics,
  positionOf, revert, syncFixtures, waitFor, waitForDiagnostics,
} from './helpers';

interface DocumentInfo {
  kind: string; paragraphs: number; counts: number; defenses: number; errors: number; warnings: number;
  complaint?: { uri: string };
}

/** pleading/documentInfo (what the status bar shows), through the client the extension exports. */
async function documentInfo(uri: vscode.Uri): Promise<DocumentInfo> {
  const client = extension().exports.client as { sendRequest(method: string, params: unknown): Promise<DocumentInfo | null> } | undefined;
  assert.ok(client, 'activate() returns { client }');
  const info = await client.sendRequest('pleading/documentInfo', { textDocument: { uri: uri.toString() } });
  assert.ok(info, `documentInfo for ${uri.path}`);
  return info;
}

/** The five deliberate slips of samples/answer.txt, as "code@line" (0-based lines). */
function sampleSlips(doc: vscode.TextDocument): string[] {
  return [
    `paragraph-numbering@${lineOf(doc, '16. In answer to Paragraph 16')}`,
    `paragraph-mismatch@${lineOf(doc, '22. In answer to Paragraph 23')}`,
    `defined-term@${lineOf(doc, 'Coastel denies')}`,
    `punctuation@${lineOf(doc, 'therefore denies them..')}`,
    `incorporation-range@${lineOf(doc, 'paragraphs 1-35')}`,
  ].sort();
}

suite('Pleading extension', () => {
  let answer: vscode.TextDocument;

  suiteSetup(async () => {
    await vscode.workspace.getConfiguration('pleading').update('rules', undefined, vscode.ConfigurationTarget.Global);
  });

  // Every test starts from the fixtures as they are in the repo, whatever the last one did.
  setup(() => syncFixtures());

  teardown(async () => {
    if (answer) await revert(answer);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a plain answer.txt is detected and switched to the pleading language', async () => {
    answer = await openPleading('answer.txt');
    assert.strictEqual(answer.languageId, 'pleading');
    assert.ok(extension().isActive, 'the extension is active');
  });

  test('every command the extension contributes is registered once it is active', async () => {
    answer = await openPleading('answer.txt');
    const contributed: { command: string }[] = extension().packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.map(c => c.command).filter(c => !registered.has(c)), [], 'contributed but not registered');
  });

  test('the status bar\'s document info: the sample answer on its own, the Markdown answer linked to its complaint', async () => {
    answer = await openPleading('answer.txt');
    await waitForDiagnostics(answer.uri, sampleSlips(answer));
    const info = await documentInfo(answer.uri);
    assert.strictEqual(info.kind, 'answer');
    assert.deepStrictEqual([info.paragraphs, info.counts, info.defenses, info.errors, info.warnings], [41, 3, 6, 3, 1]);
    assert.strictEqual(info.complaint, undefined, 'no complaint with its case number in the workspace');
    const md = fileUri('federal-md/answer.pleading.md');
    await vscode.workspace.openTextDocument(md);
    await waitFor('the Markdown answer to be linked', () => pleadingDiagnostics(md).some(d => codeOf(d) === 'unanswered-paragraph'));
    const linked = await documentInfo(md);
    assert.strictEqual(linked.kind, 'answer');
    assert.ok(linked.complaint?.uri.endsWith('/federal-md/complaint.md'), JSON.stringify(linked.complaint));
  });

  test('the sample answer gets its five findings, each on its line and with its code', async () => {
    answer = await openPleading('answer.txt');
    const diags = await waitForDiagnostics(answer.uri, sampleSlips(answer), 'the sample answer\'s findings');
    const range = diags.find(d => codeOf(d) === 'incorporation-range')!;
    assert.strictEqual(range.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(answer.getText(range.range), '1-35', 'the squiggle sits on the range');
    assert.match(range.message, /¶35 incorporates paragraphs 1-35\b.*\b34\b/);
    const term = diags.find(d => codeOf(d) === 'defined-term')!;
    assert.strictEqual(term.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(answer.getText(term.range), 'Coastel');
    const punct = diags.find(d => codeOf(d) === 'punctuation')!;
    assert.strictEqual(punct.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(answer.getText(punct.range), '..');
  });

  test('hover on "paragraphs 1-35" describes the range; hover on a paragraph number gives its response', async () => {
    answer = await openPleading('answer.txt');
    const onRange = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', answer.uri, positionOf(answer, 'paragraphs 1-35', 'paragraphs 1'.length));
    const md = hoverText(onRange);
    assert.match(md, /\*\*Paragraphs 1–35\*\*: 35 paragraphs/, md);
    assert.match(md, /First: \*\*¶1\*\*/, md);
    assert.match(md, /Not in this document: ¶15/, md);
    const onNumber = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', answer.uri, new vscode.Position(lineOf(answer, '35. In answer'), 0));
    assert.match(hoverText(onNumber), /\*\*¶35\*\* · COUNT II — Breach of Express Warranty/);
    assert.match(hoverText(onNumber), /Response: \*incorporation\* to Paragraph 35/);
    const onCaption = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', answer.uri, new vscode.Position(0, 3));
    assert.strictEqual(hoverText(onCaption), '', 'no hover on the court line');
  });

  test('the outline has the caption, sections, COUNTs with their paragraphs and the defenses', async () => {
    answer = await openPleading('answer.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', answer.uri);
    assert.ok(symbols?.length, 'document symbols');
    const top = symbols.map(s => s.name);
    for (const name of ['ANSWER AND AFFIRMATIVE DEFENSES', 'NATURE OF THE ACTION', 'FACTUAL ALLEGATIONS', 'COUNT I', 'COUNT II', 'COUNT III', 'AFFIRMATIVE DEFENSES']) {
      assert.ok(top.includes(name), `top-level symbol ${name} in ${JSON.stringify(top)}`);
    }
    const count2 = symbols.find(s => s.name === 'COUNT II')!;
    assert.strictEqual(count2.kind, vscode.SymbolKind.Class);
    assert.deepStrictEqual(count2.children.map(c => c.name), ['¶35', '¶36', '¶37', '¶38', '¶39']);
    assert.strictEqual(count2.children[0].kind, vscode.SymbolKind.Number);
    assert.strictEqual(count2.children[0].selectionRange.start.line, lineOf(answer, '35. In answer'));
    const defenses = symbols.find(s => s.name === 'AFFIRMATIVE DEFENSES')!;
    assert.strictEqual(defenses.children.length, 6);
    const paragraphs = flattenSymbols(symbols).filter(s => s.kind === vscode.SymbolKind.Number);
    assert.strictEqual(paragraphs.length, 41, '¶1-¶42 without ¶15');
  });

  test('go to definition: a reference goes to its paragraph, a range to each of its paragraphs', async () => {
    answer = await openPleading('answer.txt');
    type Loc = vscode.Location | vscode.LocationLink;
    const lineOfLoc = (l: Loc) => ('targetRange' in l ? (l.targetSelectionRange ?? l.targetRange) : l.range).start.line;
    // "22. In answer to Paragraph 23" (the mismatch): Paragraph 23 is answered by ¶22 (this very
    // response) and by ¶23, and the reference leads to both.
    const one = await vscode.commands.executeCommand<Loc[]>('vscode.executeDefinitionProvider', answer.uri, positionOf(answer, 'Paragraph 23', 'Paragraph 2'.length));
    assert.deepStrictEqual(one.map(lineOfLoc), [lineOf(answer, '22. In answer'), lineOf(answer, '23. In answer')]);
    // "... the allegations of Paragraph 12." inside ¶12: the paragraph itself.
    const own = await vscode.commands.executeCommand<Loc[]>('vscode.executeDefinitionProvider', answer.uri, positionOf(answer, 'allegations of Paragraph 12', 'allegations of Paragraph 1'.length));
    assert.deepStrictEqual(own.map(lineOfLoc), [lineOf(answer, '12. In answer')]);
    const range = await vscode.commands.executeCommand<Loc[]>('vscode.executeDefinitionProvider', answer.uri, positionOf(answer, 'paragraphs 1-35', 'paragraphs 1-3'.length));
    assert.strictEqual(range.length, 34, 'paragraphs 1-35 without the missing ¶15');
    assert.ok(range.every(l => ('targetUri' in l ? l.targetUri : l.uri).toString() === answer.uri.toString()));
    assert.strictEqual(lineOfLoc(range[0]), lineOf(answer, '1. In answer'));
    assert.strictEqual(lineOfLoc(range[range.length - 1]), lineOf(answer, '35. In answer'));
  });

  test('the incorporation-range quick fix changes only "35" to "34", and its finding disappears', async () => {
    answer = await openPleading('answer.txt');
    const slips = sampleSlips(answer);
    const diags = await waitForDiagnostics(answer.uri, slips);
    const d = diags.find(x => codeOf(x) === 'incorporation-range')!;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', answer.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map(a => a.title);
    // The preferred quick fix for this finding (not "Fix all …", which has no diagnostics and is not preferred).
    const fix = actions.find((a): a is vscode.CodeAction => 'edit' in a && !!a.edit && a.isPreferred === true);
    assert.ok(fix?.edit, `a preferred quick fix in ${JSON.stringify(titles)}`);
    assert.match(fix.title, /34/, 'the fix names the corrected end');
    // (vscode.executeCodeActionProvider does not hand back CodeAction.diagnostics.)
    const entries = fix.edit.entries();
    assert.strictEqual(entries.length, 1);
    assert.strictEqual(entries[0][0].toString(), answer.uri.toString());
    assert.strictEqual(entries[0][1].length, 1, 'one text edit');

    const before = answer.getText();
    const at = answer.getText().indexOf('paragraphs 1-35') + 'paragraphs 1-'.length;
    const onDisk = fs.readFileSync(answer.uri.fsPath, 'utf8');
    await vscode.window.showTextDocument(answer); // as a user would: the fix applies in an open editor
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit');
    const doc = openDocument(answer.uri)!;
    assert.ok(doc.isDirty, 'the fix edits the buffer');
    assert.strictEqual(doc.getText(), `${before.slice(0, at)}34${before.slice(at + 2)}`, 'only the range\'s end changed');
    assert.ok(doc.lineAt(d.range.start.line).text.includes('paragraphs 1-34 as if fully set forth'));
    await waitForDiagnostics(answer.uri, slips.filter(s => !s.startsWith('incorporation-range@')), 'the findings without incorporation-range');
    await revert(doc);
    assert.strictEqual(fs.readFileSync(answer.uri.fsPath, 'utf8'), onDisk, 'nothing was saved to disk');
    await waitForDiagnostics(answer.uri, slips, 'the finding back after the revert');
  });

  test('restarting the server (pleading.restartServer) brings the diagnostics back', async () => {
    answer = await openPleading('answer.txt');
    const slips = sampleSlips(answer);
    await waitForDiagnostics(answer.uri, slips);
    let changes = 0;
    const sub = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === answer.uri.toString())) changes++;
    });
    try {
      await vscode.commands.executeCommand('pleading.restartServer');
      await waitFor('diagnostics republished after the restart', () => changes > 0 && pleadingDiagnostics(answer.uri).length > 0);
      await waitForDiagnostics(answer.uri, slips, 'the findings after the restart');
    } finally {
      sub.dispose();
    }
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', answer.uri, positionOf(answer, 'paragraphs 1-35', 'paragraphs 1'.length));
    assert.match(hoverText(hovers), /Paragraphs 1–35/, 'the restarted server answers requests');
  });

  test('pleading.rules turns a check off and back on', async () => {
    answer = await openPleading('answer.txt');
    const slips = sampleSlips(answer);
    await waitForDiagnostics(answer.uri, slips);
    const config = vscode.workspace.getConfiguration('pleading');
    try {
      await config.update('rules', { punctuation: 'off', 'defined-term': 'error' }, vscode.ConfigurationTarget.Global);
      await waitFor('punctuation off and defined-term an error', () => {
        const diags = pleadingDiagnostics(answer.uri);
        return !diags.some(d => codeOf(d) === 'punctuation')
          && diags.find(d => codeOf(d) === 'defined-term')?.severity === vscode.DiagnosticSeverity.Error;
      });
      await waitForDiagnostics(answer.uri, slips.filter(s => !s.startsWith('punctuation@')), 'the other findings unchanged');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('punctuation back after the setting is removed', () => pleadingDiagnostics(answer.uri).some(d => codeOf(d) === 'punctuation'));
    await waitForDiagnostics(answer.uri, slips, 'the findings as before');
  });

  test('a *.pleading.md answer is a pleading by its name and is checked against the complaint beside it', async () => {
    const uri = fileUri('federal-md/answer.pleading.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.languageId, 'pleading', 'by filename pattern, without detection');
    const first21 = lineOf(doc, '**RESPONSE TO PARAGRAPH 21:**');
    // test/fixtures/federal-md/EXPECTED.json: the second response to ¶21, no response to complaint
    // ¶15 (reported where it belongs, from the blank line before the response to ¶16; only because federal-md/complaint.md,
    // same case number, is linked automatically), and the observation that the response to ¶19
    // ("speaks for itself", neither admitted nor denied) is evasive.
    const diags = await waitForDiagnostics(uri, [
      `duplicate-response@${lineOf(doc, '**RESPONSE TO PARAGRAPH 21:**', first21 + 1)}`,
      `unanswered-paragraph@${lineOf(doc, '**RESPONSE TO PARAGRAPH 16:**') - 1}`,
      `evasive-response@${lineOf(doc, 'speaks for itself', lineOf(doc, '**RESPONSE TO PARAGRAPH 19:**'))}`,
    ], 'the findings of the linked Markdown answer');
    assert.strictEqual(diags.find(d => codeOf(d) === 'duplicate-response')!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diags.find(d => codeOf(d) === 'unanswered-paragraph')!.message, /15/);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(symbols.some(s => s.name === 'PARTIES'), JSON.stringify(symbols.map(s => s.name)));
  });

  test('go to definition from a linked answer leads to the complaint\'s paragraph', async () => {
    const uri = fileUri('federal-md/answer.pleading.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const complaintUri = fileUri('federal-md/complaint.md');
    const complaintLines = Buffer.from(await vscode.workspace.fs.readFile(complaintUri)).toString('utf8').split(/\r?\n/);
    const para9 = complaintLines.findIndex(l => l.startsWith('9. '));
    // Linked once its diagnostics include the cross-document finding.
    await waitFor('the answer to be linked to its complaint', () => pleadingDiagnostics(uri).some(d => codeOf(d) === 'unanswered-paragraph'));
    type Loc = vscode.Location | vscode.LocationLink;
    const defs = await vscode.commands.executeCommand<Loc[]>('vscode.executeDefinitionProvider', uri, positionOf(doc, 'RESPONSE TO PARAGRAPH 9:', 'RESPONSE TO PARAGRAPH '.length));
    const where = defs.map(l => ('targetUri' in l ? `${l.targetUri.path}:${l.targetRange.start.line}` : `${l.uri.path}:${l.range.start.line}`));
    assert.deepStrictEqual(where, [`${complaintUri.path}:${para9}`]);
  });

  test('a Markdown complaint is detected; an ordinary text file is left alone', async () => {
    const notes = fileUri('notes.txt');
    const plain = await vscode.workspace.openTextDocument(notes);
    assert.strictEqual(plain.languageId, 'plaintext');
    // Opened after notes.txt: once complaint.md has switched, notes.txt would have too.
    const complaint = await openPleading('federal-md/complaint.md');
    assert.strictEqual(complaint.languageId, 'pleading');
    assert.strictEqual(openDocument(notes)?.languageId, 'plaintext', 'notes.txt is not a pleading');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', complaint.uri);
    assert.ok(flattenSymbols(symbols).filter(s => s.kind === vscode.SymbolKind.Number).length > 20, 'the complaint\'s paragraphs are in its outline');
  });

  test('a pleading wraps its long lines, with a hanging indent; other text keeps the user\'s setting', async () => {
    answer = await openPleading('answer.txt');
    const editor = vscode.workspace.getConfiguration('editor', answer);
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('wrappingIndent'), 'indent');
    const notes = await vscode.workspace.openTextDocument(fileUri('notes.txt'));
    assert.strictEqual(vscode.workspace.getConfiguration('editor', notes).get('wordWrap'), 'off');
  });

  test('a deleted response: one finding, and Ctrl+. on the emptied line offers its insertion, not a renumbering', async () => {
    answer = await openPleading('seed/answer.txt');
    await waitFor('the seed answer linked to its complaint', () => pleadingDiagnostics(answer.uri).some(d => codeOf(d) === 'count-mismatch'));
    const errors = () => pleadingDiagnostics(answer.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error).map(d => `${codeOf(d)}@${d.range.start.line}`).sort();
    const before = errors();
    const line = lineOf(answer, '50. In answer to Paragraph 50');
    const emptied = new vscode.WorkspaceEdit();
    emptied.delete(answer.uri, answer.lineAt(line).range);
    assert.ok(await vscode.workspace.applyEdit(emptied));
    await waitFor('one more error, unanswered-paragraph over the emptied line', () => {
      const now = errors();
      return now.length === before.length + 1 && now.includes(`unanswered-paragraph@${line - 1}`) && !now.some(e => e.startsWith('paragraph-numbering')) && now;
    });
    const at = new vscode.Range(line, 0, line, 0);
    // Asked until the diagnostics VS Code holds and the server's analysis are of the same version.
    const actions = await waitFor('the insertions at the emptied line', async () => {
      const list = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', answer.uri, at, vscode.CodeActionKind.QuickFix.value);
      return list.some(a => a.title.startsWith('Insert response to ¶50')) && list;
    });
    const titles = actions.map(a => a.title);
    assert.deepStrictEqual(titles.filter(t => t.startsWith('Insert response to ¶50')).length, 4, JSON.stringify(titles));
    assert.ok(!titles.some(t => t.startsWith('Change ¶') || t.startsWith('Renumber')), JSON.stringify(titles));
    const preferred = actions.find(a => a.isPreferred)!;
    assert.strictEqual(preferred.title, 'Insert response to ¶50: Deny');
    await vscode.window.showTextDocument(openDocument(answer.uri)!);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    const doc = openDocument(answer.uri)!;
    assert.match(doc.lineAt(line).text, /^50\. In answer to Paragraph 50, \[24\]7 denies/);
    assert.deepStrictEqual([doc.lineAt(line - 1).text, doc.lineAt(line + 1).text], ['', ''], 'one blank line either side, no more');
    await waitFor('the errors the answer had before', () => JSON.stringify(errors()) === JSON.stringify(before));
  });

  test('hovering a complaint paragraph names each answer: the file, and an unsaved draft', async () => {
    const complaint = await openPleading('seed/complaint.txt');
    const draft = await vscode.workspace.openTextDocument({ language: 'pleading', content: fs.readFileSync(fileUri('seed/answer.txt').fsPath, 'utf8') });
    try {
      const at = new vscode.Position(lineOf(complaint, '50. '), 0);
      const text = await waitFor('both answers in the hover', async () => {
        const md = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', complaint.uri, at));
        return md.split('**Answer ¶50**').length === 3 && md;
      });
      const answers = text.split('\n').filter(l => l.startsWith('**Answer ¶50**'));
      assert.deepStrictEqual(answers.map(l => /\((.*?)\)/.exec(l)?.[1]), ['answer\\.txt', 'unsaved draft'], text);
    } finally {
      await vscode.window.showTextDocument(draft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('the Response Chart opens as one webview tab, and no other document', async () => {
    answer = await openPleading('seed/answer.txt');
    await vscode.window.showTextDocument(answer);
    await waitFor('the seed answer linked to its complaint', () => pleadingDiagnostics(answer.uri).some(d => codeOf(d) === 'count-mismatch'));
    const documentsBefore = vscode.workspace.textDocuments.length;
    const tabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs);
    await vscode.commands.executeCommand('pleading.responseChart');
    const chartTabs = () => tabs().filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('pleading.responseChart'));
    const [tab] = await waitFor('the chart tab', () => chartTabs().length === 1 && chartTabs());
    await waitFor('the tab titled after the answer', () => chartTabs()[0]?.label === 'Response Chart — answer.txt');
    assert.ok(tab);
    assert.strictEqual(vscode.workspace.textDocuments.filter(d => d.isUntitled).length, 0, 'no untitled document');
    assert.strictEqual(vscode.workspace.textDocuments.length, documentsBefore, 'no document opened');
    // Asked again for the same answer: the same tab.
    await vscode.window.showTextDocument(answer);
    await vscode.commands.executeCommand('pleading.responseChart');
    assert.strictEqual(chartTabs().length, 1);
  });
});
