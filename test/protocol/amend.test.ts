/** Amended complaints over the protocol: the redline of an open complaint, and an open answer carried over. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { draftAnswer, parse } from '../../server/src/core';
import { readFixture } from '../helpers/fixtures';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const doc = (uri: string) => ({ textDocument: { uri } });

describe('amended complaints over the protocol', function () {
  this.timeout(30000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-amend-'));
  const original = readFixture('amended/complaint.txt');
  const amended = readFixture('amended/first-amended-complaint.txt');
  const answer = draftAnswer(parse(original));
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  let client: LspClient;
  let answerDiagnostics: Diagnostic[];
  // On disk as a user keeps them: the answer, the complaint it answers, and the amendment.
  fs.writeFileSync(path.join(dir, 'complaint.txt'), original);
  fs.writeFileSync(path.join(dir, 'first-amended-complaint.txt'), amended);
  fs.writeFileSync(path.join(dir, 'answer.txt'), answer);

  before(async () => {
    client = new LspClient();
    await client.initialize();
    answerDiagnostics = await client.open(uri('answer.txt'), answer);
    await client.open(uri('first-amended-complaint.txt'), amended);
  });
  after(() => client.stop());

  it('notes once, on the title, that a later amendment of the linked complaint is beside the answer, with the action that carries it over', async () => {
    const notes = answerDiagnostics.filter(d => d.code === 'later-amendment');
    assert.strictEqual(notes.length, 1, answerDiagnostics.map(d => d.code).join(', '));
    assert.strictEqual(notes[0].severity, DiagnosticSeverity.Information);
    assert.match(notes[0].message, /^first-amended-complaint\.txt \(FIRST AMENDED COMPLAINT\) amends the complaint this answer is checked against \(complaint\.txt\)/);
    assert.strictEqual(notes[0].range.start.line, answer.split('\n').findIndex(l => l === 'ANSWER TO COMPLAINT'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...doc(uri('answer.txt')), range: notes[0].range, context: { diagnostics: notes } });
    const carry = actions.find(x => x.command?.command === 'pleading.migrateAnswer');
    assert.deepStrictEqual(carry?.command?.arguments, [uri('first-amended-complaint.txt'), uri('complaint.txt')]);
    // The answer is still checked against the complaint it names.
    assert.ok(!answerDiagnostics.some(d => d.code === 'unanswered-paragraph' || d.code === 'unknown-paragraph'));
  });

  it('hovering a paragraph number of the amended complaint says what changed since the version it amends', async () => {
    const lineOf = (prefix: string) => amended.split('\n').findIndex(l => l.startsWith(prefix));
    const at = (n: number) => client.request<Hover>('textDocument/hover', { ...doc(uri('first-amended-complaint.txt')), position: { line: lineOf(`${n}. `), character: 0 } });
    const text = async (n: number) => ((await at(n)).contents as MarkupContent).value;
    assert.match(await text(4), /\*\*Since complaint\\\.txt:\*\* reworded \(was ¶3\)\.\n\n> .*~~the parties are citizens~~ \*\*Meridian is a citizen\*\*/);
    assert.match(await text(3), /\*\*Since complaint\\\.txt:\*\* new in this version\./);
    assert.match(await text(5), /\*\*Since complaint\\\.txt:\*\* unchanged \(was ¶4\)\./);
    // The answer to the earlier complaint is not shown as answering the amendment's paragraphs.
    assert.doesNotMatch(await text(4), /answer\\\.txt/);
  });

  it('compares the open amended complaint with the earlier one the client sends', async () => {
    const r = await client.request<{ markdown: string; summary: string }>('pleading/compareComplaints', { ...doc(uri('first-amended-complaint.txt')), earlier: { uri: uri('complaint.txt'), text: original } });
    assert.match(r.summary, /^¶¶ 3, 10, 14, 20–22 new; old ¶¶ 16, 19 deleted;/);
    // Linked back to both documents, at the paragraph's line in each.
    const lineIn = (t: string, prefix: string) => t.split('\n').findIndex(l => l.startsWith(prefix)) + 1;
    assert.ok(r.markdown.includes(`### ¶4 (was ¶3) — reworded [open](${uri('first-amended-complaint.txt')}#L${lineIn(amended, '4. ')}) [earlier](${uri('complaint.txt')}#L${lineIn(original, '3. ')})`), r.markdown.slice(0, 1500));
    assert.ok(r.markdown.startsWith(`# [first-amended-complaint.txt](${uri('first-amended-complaint.txt')}) compared with [complaint.txt](${uri('complaint.txt')})`));
    const refused = await client.request<{ error: string }>('pleading/compareComplaints', { ...doc(uri('answer.txt')), earlier: { uri: uri('complaint.txt'), text: original } });
    assert.match(refused.error, /This is an answer/);
    const missing = await client.request<{ error: string }>('pleading/compareComplaints', doc(uri('first-amended-complaint.txt')));
    assert.match(missing.error, /Choose the earlier complaint/);
  });

  it('carries the open answer over, leaving it as it was', async () => {
    const r = await client.request<{ text: string; summary: string }>('pleading/migrateAnswer', {
      ...doc(uri('answer.txt')), from: { uri: uri('complaint.txt'), text: original }, to: { uri: uri('first-amended-complaint.txt'), text: amended },
    });
    assert.match(r.text, /\nANSWER TO FIRST AMENDED COMPLAINT\n/);
    assert.match(r.text, /<!-- review: new in the amended complaint: ¶3;/);
    assert.match(r.summary, /Dropped \(2\)/);
    // The open answer is not edited by the request: its analysis still answers the original.
    const info = await client.request<{ paragraphs: number }>('pleading/documentInfo', doc(uri('answer.txt')));
    assert.strictEqual(info.paragraphs, parse(answer).paragraphs.filter(p => p.number !== null).length);
    const wrong = await client.request<{ error: string }>('pleading/migrateAnswer', { ...doc(uri('answer.txt')), from: { uri: uri('answer.txt'), text: answer }, to: { uri: uri('x.txt'), text: amended } });
    assert.match(wrong.error, /answer\.txt is not a complaint with numbered paragraphs/);
  });
});
