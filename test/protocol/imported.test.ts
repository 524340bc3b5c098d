/**
 * An answer linked to a PDF or Word complaint, over the protocol: the server extracts it in the
 * background (then re-checks the answer), caches it by hash, shows it as a read-only virtual
 * document, names the page in hovers, refuses hostile files with one note and keeps answering,
 * and reads nothing on its own in Restricted Mode.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { zipSync } from 'fflate';
import { pleadingDocx, pleadingPdf } from '../helpers/filings';
import { readFixture } from '../helpers/fixtures';
import { LspClient } from './lspClient';

const doc = (uri: string) => ({ textDocument: { uri } });
const summary = (ds: Diagnostic[]) => ds.map(d => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).sort();

/** Waits for the answer's diagnostics to satisfy `ok` (the first ones may come before the complaint is read). */
async function diagnosticsUntil(client: LspClient, uri: string, first: Diagnostic[], ok: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  let d = first;
  const deadline = Date.now() + 20000;
  while (!ok(d)) {
    if (Date.now() > deadline) throw new Error(`timed out; diagnostics: ${JSON.stringify(summary(d))}`);
    d = await Promise.race([client.diagnostics(uri), new Promise<Diagnostic[]>(r => setTimeout(() => r(d), 20000))]);
  }
  return d;
}
const linked = (d: Diagnostic[]) => d.some(x => x.code === 'count-mismatch');

describe('PDF and Word complaints over the protocol', function () {
  this.timeout(60000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-imported-'));
  const cacheDir = path.join(root, 'cache');
  const answerText = readFixture('seed/answer.txt');
  const complaintText = readFixture('seed/complaint.txt');
  const folder = (name: string, complaint: { file: string; bytes: Uint8Array | string }) => {
    const dir = path.join(root, name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'answer.txt'), answerText);
    fs.writeFileSync(path.join(dir, complaint.file), complaint.bytes);
    return pathToFileURL(path.join(dir, 'answer.txt')).href;
  };
  let txtAnswer: string;
  let pdfAnswer: string;
  let docxAnswer: string;
  let client: LspClient;
  let fromTxt: Diagnostic[];

  before(async () => {
    txtAnswer = folder('txt', { file: 'complaint.txt', bytes: complaintText });
    pdfAnswer = folder('pdf', { file: 'complaint.pdf', bytes: await pleadingPdf(complaintText, { ecf: 'Case 1:14-cv-01559-RWS Document 45 Filed 10/03/14', footer: 'SECOND AMENDED COMPLAINT', pleadingPaper: true }) });
    docxAnswer = folder('docx', { file: 'complaint.docx', bytes: await pleadingDocx(complaintText, { autoNumbering: true }) });
    client = new LspClient();
    await client.initialize({ importCacheDir: cacheDir, trusted: true });
    fromTxt = await client.open(txtAnswer, answerText);
    assert.ok(linked(fromTxt), 'the .txt complaint is linked');
  });
  after(() => client.stop());

  it('an answer beside complaint.pdf gets exactly the diagnostics it gets beside complaint.txt', async () => {
    const d = await diagnosticsUntil(client, pdfAnswer, await client.open(pdfAnswer, answerText), linked);
    assert.deepStrictEqual(summary(d), summary(fromTxt));
    assert.ok(fs.readdirSync(cacheDir).some(f => f.endsWith('.md')), 'the extracted text is cached outside the workspace');
    assert.deepStrictEqual(fs.readdirSync(cacheDir).filter(f => f.endsWith('.caption.md')), [], 'a file under 4 MB is read once, whole: no separate caption pass');
  });

  it('Link Complaint… offers the PDF beside the answer, by its caption once read', async () => {
    const candidates = await client.request<{ relativePath: string; title?: string }[]>('pleading/complaintCandidates', doc(pdfAnswer));
    assert.deepStrictEqual(candidates.filter(c => c.relativePath === 'complaint.pdf').map(c => c.title), ['SECOND AMENDED COMPLAINT AND JURY DEMAND']);
  });

  it('and beside complaint.docx (paragraphs numbered by Word)', async () => {
    const d = await diagnosticsUntil(client, docxAnswer, await client.open(docxAnswer, answerText), linked);
    assert.deepStrictEqual(summary(d), summary(fromTxt));
  });

  it('hover names the PDF and the page; definition opens the read-only extracted text at the paragraph', async () => {
    const line = answerText.split('\n').findIndex(l => l.startsWith('60. '));
    const h = await client.request<Hover>('textDocument/hover', { ...doc(pdfAnswer), position: { line, character: 1 } });
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /\*\*Complaint ¶60\*\*/);
    assert.match(md, /· complaint\\?\.pdf, p\. \d+/);
    const page = Number(/complaint\\?\.pdf, p\. (\d+)/.exec(md)![1]);
    const defs = await client.request<Location[]>('textDocument/definition', { ...doc(pdfAnswer), position: { line, character: 1 } });
    assert.strictEqual(defs.length, 1);
    assert.match(defs[0].uri, /^pleading-import:.*\/pdf\/complaint\.pdf$/);
    const r = await client.request<{ text: string } | null>('pleading/importedText', { uri: defs[0].uri });
    const lines = r!.text.split('\n');
    assert.match(lines[defs[0].range.start.line], /^60\. /);
    // The page the hover names is the last page marker above the paragraph.
    const marker = lines.slice(0, defs[0].range.start.line).reverse().find(l => /^<!-- page \d+ -->$/.test(l));
    assert.strictEqual(marker, `<!-- page ${page} -->`);
    assert.ok(page > 1);
  });

  it('a second server with the same cache links the PDF at once (its first diagnostics)', async () => {
    const second = new LspClient();
    try {
      await second.initialize({ importCacheDir: cacheDir, trusted: true });
      const t0 = Date.now();
      const first = await second.open(pdfAnswer, answerText);
      assert.ok(linked(first), 'linked in the first diagnostics');
      assert.ok(Date.now() - t0 < 5000);
    } finally {
      await second.stop();
    }
  });

  it('a zip-bomb DOCX named as the complaint: one note, and the server keeps answering', async () => {
    const dir = path.join(root, 'bomb');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'complaint.docx'), zipSync({ 'word/document.xml': new Uint8Array(70 * 1024 * 1024).fill(32) }, { level: 9 }));
    fs.writeFileSync(path.join(dir, 'answer.txt'), answerText);
    const uri = pathToFileURL(path.join(dir, 'answer.txt')).href;
    const bomb = new LspClient({ complaint: 'complaint.docx' });
    try {
      await bomb.initialize({ importCacheDir: cacheDir, trusted: true });
      const d = await diagnosticsUntil(bomb, uri, await bomb.open(uri, answerText), x => x.some(y => y.code === 'complaint-unreadable'));
      const notes = d.filter(x => x.code === 'complaint-unreadable');
      assert.strictEqual(notes.length, 1);
      assert.match(notes[0].message, /^complaint\.docx: this Word file's word\/document\.xml unpacks to more than 64 MB \(a zip bomb\?\); not read — this answer is checked without its complaint\.$/);
      assert.ok(!linked(d));
      const h = await bomb.request<Hover>('textDocument/hover', { ...doc(uri), position: { line: answerText.split('\n').findIndex(l => l.startsWith('20. ')), character: 1 } });
      assert.match((h.contents as MarkupContent).value, /¶20/);
    } finally {
      await bomb.stop();
    }
  });

  it('in Restricted Mode a PDF complaint is not read on its own: one note saying so', async () => {
    const restricted = new LspClient({ complaint: 'complaint.pdf' });
    try {
      await restricted.initialize({ importCacheDir: path.join(root, 'cache-restricted'), trusted: false });
      const d = await diagnosticsUntil(restricted, pdfAnswer, await restricted.open(pdfAnswer, answerText), x => x.some(y => y.code === 'complaint-unreadable'));
      assert.match(d.find(x => x.code === 'complaint-unreadable')!.message, /complaint\.pdf is not read in Restricted Mode; trust this workspace/);
      assert.ok(!linked(d));
      assert.ok(!fs.existsSync(path.join(root, 'cache-restricted')), 'nothing extracted');
      // Still offered to be chosen, by its name.
      const candidates = await restricted.request<{ relativePath: string; title?: string }[]>('pleading/complaintCandidates', doc(pdfAnswer));
      assert.deepStrictEqual(candidates.filter(c => c.relativePath === 'complaint.pdf').map(c => c.title ?? null), [null]);
      assert.ok(!fs.existsSync(path.join(root, 'cache-restricted')), 'listing it read nothing');
    } finally {
      await restricted.stop();
    }
  });
});
