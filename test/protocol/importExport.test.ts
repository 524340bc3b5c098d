/**
 * The requests behind the editor's Import from PDF or Word… and Export to Word, over stdio:
 * files written beside their source, never over an existing one unless asked, the export of the
 * buffer as the editor holds it (unsaved edits included) on the paper the setting names, the
 * import of a file the user chose even in Restricted Mode, and one clear error for a bad file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from '../../server/src/core';
import { convertBytes } from '../../server/src/import/convert';
import { DEFAULT_LIMITS } from '../../server/src/import/limits';
import type { Written } from '../../server/src/io';
import { encryptedPdf, pleadingPdf } from '../helpers/filings';
import { readFixture } from '../helpers/fixtures';
import { LspClient } from './lspClient';

describe('import and export requests over the protocol', function () {
  this.timeout(60000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-files-'));
  const answerText = readFixture('seed/answer.txt');
  const complaintText = readFixture('seed/complaint.txt');
  const answerPath = path.join(root, 'answer.txt');
  const answerUri = pathToFileURL(answerPath).href;
  let client: LspClient;

  before(async () => {
    fs.writeFileSync(answerPath, answerText);
    client = new LspClient({ export: { paper: 'california' } });
    await client.initialize({ importCacheDir: path.join(root, 'cache'), trusted: true });
    await client.open(answerUri, answerText);
  });
  after(() => client.stop());

  const exportDocx = (overwrite = false) => client.request<Written>('pleading/exportDocx', { textDocument: { uri: answerUri }, overwrite });

  it('pleading/exportDocx writes answer.docx beside the answer, on the paper of pleading.export.paper', async () => {
    const r = await exportDocx();
    assert.deepStrictEqual(r, { path: path.join(root, 'answer.docx'), summary: '101 numbered paragraphs, 8 counts, 26 defenses; California pleading paper' });
    const files = unzipSync(new Uint8Array(fs.readFileSync(path.join(root, 'answer.docx'))));
    assert.match(strFromU8(files['word/header1.xml']), />28</);
  });

  it('an existing .docx is reported, not replaced, until the client says to overwrite; the unsaved buffer is what is exported', async () => {
    const before = fs.readFileSync(path.join(root, 'answer.docx'));
    assert.deepStrictEqual(await exportDocx(), { path: path.join(root, 'answer.docx'), exists: true });
    assert.ok(fs.readFileSync(path.join(root, 'answer.docx')).equals(before));
    // An edit the editor has not saved: ¶2's response becomes an admission.
    const line = answerText.split('\n').findIndex(l => l.startsWith('2. '));
    const old = answerText.split('\n')[line];
    await client.change(answerUri, [{ range: { start: { line, character: 0 }, end: { line, character: old.length } }, text: '2. In answer to Paragraph 2, [24]7 admits the allegations of Paragraph 2.' }]);
    const r = await exportDocx(true);
    assert.ok('summary' in r, JSON.stringify(r));
    const back = parse((await convertBytes(new Uint8Array(fs.readFileSync(path.join(root, 'answer.docx'))), 'answer.docx', DEFAULT_LIMITS)).text);
    assert.strictEqual(back.paragraphs.find(p => p.number === 2)?.response?.kind, 'admit');
    assert.strictEqual(fs.readFileSync(answerPath, 'utf8'), answerText, 'the answer on disk is untouched');
  });

  it('a document with no file (untitled) cannot be exported beside itself: one sentence', async () => {
    await client.open('untitled:Untitled-1', answerText);
    const r = await client.request<Written>('pleading/exportDocx', { textDocument: { uri: 'untitled:Untitled-1' } });
    assert.deepStrictEqual(r, { error: 'Save the pleading to a file first: the Word file is written beside it.' });
  });

  it('pleading/importFile writes complaint.md beside the PDF, in Restricted Mode too, and never over an existing file unless asked', async () => {
    const pdf = path.join(root, 'complaint.pdf');
    fs.writeFileSync(pdf, await pleadingPdf(complaintText, { footer: 'SECOND AMENDED COMPLAINT' }));
    const restricted = new LspClient();
    try {
      await restricted.initialize({ importCacheDir: path.join(root, 'cache-restricted'), trusted: false });
      const r = await restricted.request<Written>('pleading/importFile', { path: pdf });
      assert.ok('summary' in r, JSON.stringify(r));
      assert.strictEqual(r.path, path.join(root, 'complaint.md'));
      assert.match(r.summary, /^\d+ pages; a complaint with 101 numbered paragraphs, 8 counts$/);
      const text = fs.readFileSync(r.path, 'utf8');
      assert.match(text, /^<!-- imported from complaint\.pdf -->$/m);
      assert.strictEqual(parse(text).paragraphs.filter(p => p.number !== null).length, 101);
      fs.writeFileSync(r.path, 'my edits');
      assert.deepStrictEqual(await restricted.request<Written>('pleading/importFile', { path: pdf }), { path: r.path, exists: true });
      assert.strictEqual(fs.readFileSync(r.path, 'utf8'), 'my edits');
      assert.ok('summary' in await restricted.request<Written>('pleading/importFile', { path: pdf, overwrite: true }));
      assert.match(fs.readFileSync(r.path, 'utf8'), /^<!-- imported from complaint\.pdf -->$/m);
    } finally {
      await restricted.stop();
    }
  });

  it('a password-protected PDF, a text file and a missing file: one sentence each, and the server keeps answering', async () => {
    const locked = path.join(root, 'locked.pdf');
    fs.writeFileSync(locked, await encryptedPdf());
    assert.deepStrictEqual(await client.request<Written>('pleading/importFile', { path: locked }), { error: 'locked.pdf: this PDF is password-protected; save an unprotected copy (or print it to PDF) and try again' });
    assert.ok(!fs.existsSync(path.join(root, 'locked.md')));
    assert.deepStrictEqual(await client.request<Written>('pleading/importFile', { path: answerPath }), { error: 'Choose a .pdf or .docx file to import.' });
    assert.deepStrictEqual(await client.request<Written>('pleading/importFile', { path: path.join(root, 'gone.docx') }), { error: 'gone.docx: no such file' });
    const info = await client.request<{ paragraphs: number } | null>('pleading/documentInfo', { textDocument: { uri: answerUri } });
    assert.strictEqual(info?.paragraphs, 101);
  });
});
