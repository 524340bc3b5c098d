// Import from PDF or Word… and Export to Word in a real extension host: each command runs, writes
// its file beside the source and (import) opens it; the exported answer, imported back by the
// command, has the answer's paragraphs; pleading.export.paper switches to California pleading paper.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { strFromU8, unzipSync } from 'fflate';
import { pleadingPdf } from '../../helpers/filings';
import { extension, openDocument, repoRoot, waitFor, workspaceRoot } from './helpers';

interface DocumentInfo { kind: string; paragraphs: number; counts: number; defenses: number }

async function documentInfo(uri: vscode.Uri): Promise<DocumentInfo> {
  const client = extension().exports.client as { sendRequest(method: string, params: unknown): Promise<DocumentInfo | null> };
  return waitFor(`document info for ${path.basename(uri.fsPath)}`, () => client.sendRequest('pleading/documentInfo', { textDocument: { uri: uri.toString() } }));
}

/** Waits until `uri` is open in the pleading language (detection switches an imported .md). */
const pleadingDocument = (uri: vscode.Uri) => waitFor(`${path.basename(uri.fsPath)} in the pleading language`, () => {
  const doc = openDocument(uri);
  return doc?.languageId === 'pleading' ? doc : undefined;
});

suite('Import from PDF or Word… and Export to Word', () => {
  /** A scratch folder inside the workspace, made afresh for every test and removed after. */
  let dir: string;
  const file = (name: string) => vscode.Uri.file(path.join(dir, name));

  setup(() => {
    dir = path.join(workspaceRoot().fsPath, 'import-export');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('pleading').update('export.paper', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Import from PDF or Word… writes complaint.md beside the PDF and opens it', async () => {
    const complaint = fs.readFileSync(path.join(repoRoot(), 'test/fixtures/seed/complaint.txt'), 'utf8');
    fs.writeFileSync(path.join(dir, 'complaint.pdf'), await pleadingPdf(complaint, { footer: 'SECOND AMENDED COMPLAINT', pleadingPaper: true }));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('pleading.importFile', file('complaint.pdf'));
    assert.strictEqual(written?.fsPath, file('complaint.md').fsPath);
    assert.match(fs.readFileSync(written.fsPath, 'utf8'), /^<!-- imported from complaint\.pdf -->$/m);
    const doc = await pleadingDocument(written);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, written.fsPath, 'the imported text is opened');
    const info = await documentInfo(doc.uri);
    assert.deepStrictEqual([info.kind, info.paragraphs, info.counts], ['complaint', 101, 8]);
  });

  test('Export to Word writes answer.docx beside the answer; imported back by the command it has the same paragraphs', async () => {
    fs.copyFileSync(path.join(repoRoot(), 'test/fixtures/seed/answer.txt'), path.join(dir, 'answer.txt'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('answer.txt')));
    const answer = await pleadingDocument(file('answer.txt'));
    const before = await documentInfo(answer.uri);
    const docx = await vscode.commands.executeCommand<vscode.Uri | undefined>('pleading.exportDocx');
    assert.strictEqual(docx?.fsPath, file('answer.docx').fsPath);
    const parts = unzipSync(new Uint8Array(fs.readFileSync(docx.fsPath)));
    const body = strFromU8(parts['word/document.xml']);
    assert.match(body, /<w:t xml:space="preserve">101\.<\/w:t>/, 'paragraph numbers written as text');
    assert.ok(!parts['word/header1.xml'], 'plain paper: no line numbers');

    const back = await vscode.commands.executeCommand<vscode.Uri | undefined>('pleading.importFile', docx);
    assert.strictEqual(back?.fsPath, file('answer.md').fsPath);
    const after = await documentInfo((await pleadingDocument(back)).uri);
    assert.deepStrictEqual([after.kind, after.paragraphs, after.counts, after.defenses], [before.kind, before.paragraphs, before.counts, before.defenses]);
    assert.deepStrictEqual([before.paragraphs, before.counts, before.defenses], [101, 8, 26]);
  });

  test('pleading.export.paper "california": the exported file is on pleading paper (28 numbered lines)', async () => {
    fs.copyFileSync(path.join(repoRoot(), 'test/fixtures/california/answer.txt'), path.join(dir, 'answer.txt'));
    await vscode.workspace.getConfiguration('pleading').update('export.paper', 'california', vscode.ConfigurationTarget.Global);
    const answer = await vscode.workspace.openTextDocument(file('answer.txt'));
    await pleadingDocument(answer.uri);
    // The server reads the new setting on its own schedule: export until it has (each time to a new file).
    const header = await waitFor('an export on pleading paper', async () => {
      fs.rmSync(file('answer.docx').fsPath, { force: true });
      const docx = await vscode.commands.executeCommand<vscode.Uri | undefined>('pleading.exportDocx', answer.uri);
      const part = docx && unzipSync(new Uint8Array(fs.readFileSync(docx.fsPath)))['word/header1.xml'];
      return part ? strFromU8(part) : undefined;
    });
    assert.deepStrictEqual([...header.matchAll(/<w:t xml:space="preserve">(\d+)<\/w:t>/g)].map(m => Number(m[1])), Array.from({ length: 28 }, (_v, i) => i + 1));
  });
});
