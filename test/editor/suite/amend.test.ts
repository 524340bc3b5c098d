// Amended complaints in a real extension host: Compare with Earlier Complaint… opens the redline
// beside the amended complaint; Answer the Amended Complaint… opens the carried-over answer as a
// new document and leaves the answer untouched.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { draftAnswer, parse } from '../../../server/src/core';
import { openDocument, repoRoot, waitFor, workspaceRoot } from './helpers';

suite('Amended complaints', () => {
  let dir: string;
  const file = (name: string) => vscode.Uri.file(path.join(dir, name));
  const fixture = (name: string) => fs.readFileSync(path.join(repoRoot(), 'test/fixtures/amended', name), 'utf8');

  setup(() => {
    dir = path.join(workspaceRoot().fsPath, 'amend');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'complaint.txt'), fixture('complaint.txt'));
    fs.writeFileSync(path.join(dir, 'first-amended-complaint.txt'), fixture('first-amended-complaint.txt'));
    fs.writeFileSync(path.join(dir, 'answer.txt'), draftAnswer(parse(fixture('complaint.txt'))));
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const openPleading = async (name: string) => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(name)));
    return waitFor(`${name} in the pleading language`, () => openDocument(file(name))?.languageId === 'pleading');
  };

  test('Compare with Earlier Complaint… opens the redline beside the amended complaint', async () => {
    await openPleading('first-amended-complaint.txt');
    const report = await vscode.commands.executeCommand<vscode.Uri | undefined>('pleading.compareComplaints', file('complaint.txt'));
    assert.ok(report, 'the report opened');
    const text = openDocument(report)!.getText();
    // Linked back to both documents.
    assert.match(text, /^# \[first-amended-complaint\.txt\]\(file:[^)]*first-amended-complaint\.txt\) compared with \[complaint\.txt\]\(file:[^)]*complaint\.txt\)\n\n\*\*¶¶ 3, 10, 14, 20–22 new;/);
    assert.match(text, /~~the parties are citizens~~ \*\*Meridian is a citizen\*\*/);
  });

  test('Answer the Amended Complaint… opens the answer carried over, the answer itself untouched', async () => {
    await openPleading('answer.txt');
    const before = openDocument(file('answer.txt'))!.getText();
    const migrated = await vscode.commands.executeCommand<vscode.Uri | undefined>('pleading.migrateAnswer', file('first-amended-complaint.txt'), file('complaint.txt'));
    assert.ok(migrated, 'the migrated answer opened');
    // The one shown: an untitled document may take the name ("Untitled-1") of one closed a moment
    // ago (the previous test's redline), which workspace.textDocuments can still list.
    const doc = vscode.window.visibleTextEditors.map(e => e.document).find(d => d.uri.toString() === migrated.toString());
    assert.ok(doc, 'the migrated answer is shown');
    assert.strictEqual(doc.languageId, 'pleading');
    assert.strictEqual(doc.isUntitled, true, 'a new document, not a file written over anything');
    assert.match(doc.getText(), /\nANSWER TO FIRST AMENDED COMPLAINT\n/);
    assert.match(doc.getText(), /<!-- review: new in the amended complaint: ¶3;/);
    assert.strictEqual(openDocument(file('answer.txt'))!.getText(), before);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'answer.txt'), 'utf8'), before);
  });
});
