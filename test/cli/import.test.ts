/**
 * `pleading import` and PDF/Word complaints in `pleading check`, through the built CLI and import
 * worker, on files the test lays out like real filings (test/helpers/filings.ts); then hostile
 * files; then, when ../shared/corpus is there, the real court files read from it.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { zipSync } from 'fflate';
import { check, parse } from '../../server/src/core';
import { readFixture, ROOT } from '../helpers/fixtures';
import { emptyPagesPdf, encryptedPdf, pleadingDocx, pleadingPdf } from '../helpers/filings';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const body = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Numbered paragraphs of the body as number → text. */
const paragraphs = (text: string) => new Map(parse(text).paragraphs.filter(p => p.number !== null && p.region === 'body').map(p => [p.number!, body(p.body)]));
/** Findings as "code message", without lines (the imported text has its own line numbers). */
const findings = (answer: string, complaintText: string) => check(parse(answer), { complaint: parse(complaintText) }).map(f => `${f.code} ${f.message}`).sort();

describe('pleading import', function () {
  this.timeout(60000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-import-'));
  const complaintText = readFixture('seed/complaint.txt');
  const answerText = readFixture('seed/answer.txt');
  const ECF = 'Case 1:14-cv-01559-RWS Document 45 Filed 10/03/14';
  const files: Record<string, Uint8Array> = {};

  before(async () => {
    files['filed.pdf'] = await pleadingPdf(complaintText, { ecf: ECF, footer: 'SECOND AMENDED COMPLAINT', pleadingPaper: true });
    files['plain.pdf'] = await pleadingPdf(complaintText, { footer: 'SECOND AMENDED COMPLAINT' });
    files['two-columns.pdf'] = await pleadingPdf(complaintText, { twoColumns: true });
    files['typed.docx'] = await pleadingDocx(complaintText);
    files['auto-numbered.docx'] = await pleadingDocx(complaintText, { autoNumbering: true });
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  });

  const imported = (name: string) => {
    const r = run(['import', path.join(dir, name), '-o', '-']);
    assert.strictEqual(r.code, 0, r.stderr);
    return r.stdout;
  };

  for (const name of ['filed.pdf', 'plain.pdf', 'typed.docx', 'auto-numbered.docx']) {
    it(`${name}: every numbered paragraph comes back with its text, and the seed answer gets the .txt's findings`, () => {
      const text = imported(name);
      const want = paragraphs(complaintText);
      const got = paragraphs(text);
      assert.deepStrictEqual([...got.keys()], [...want.keys()]);
      for (const [n, t] of want) assert.strictEqual(got.get(n), t, `¶${n}`);
      assert.deepStrictEqual(findings(answerText, text), findings(answerText, complaintText));
    });
  }

  it('the filed PDF: source comment with the file\'s sha256, one marker per page, no ECF header, margin numbers or footer left', () => {
    const text = imported('filed.pdf');
    const sha = createHash('sha256').update(files['filed.pdf']).digest('hex');
    assert.ok(text.startsWith(`<!-- imported from filed.pdf -->\n<!-- sha256 ${sha} -->\n<!-- ECF header: ${ECF} Page 1 of `), text.slice(0, 300));
    const pages = Number(/Page 1 of (\d+)/.exec(text)![1]);
    assert.deepStrictEqual(text.match(/^<!-- page \d+ -->$/gm)!.map(m => Number(/\d+/.exec(m)![0])), Array.from({ length: pages }, (_v, i) => i + 1));
    const lines = text.split('\n').filter(l => !l.startsWith('<!--'));
    assert.deepStrictEqual(lines.filter(l => /Document 45|SECOND AMENDED COMPLAINT$|^- \d+ -$|^\d{1,2}$/.test(l.trim())), []);
    // The layout hyphenated long words at line ends; each came back whole.
    assert.ok(!/[a-z]-\s/.test(text.replace(/\b(?:non|self|co|pre|post|anti|quasi|ex|well)-/gi, '')), 'no word left split by a hyphen');
  });

  it('a two-column PDF is read column by column: every paragraph in order with its text', () => {
    const got = paragraphs(imported('two-columns.pdf'));
    const want = paragraphs(complaintText);
    assert.deepStrictEqual([...got.keys()], [...want.keys()]);
    for (const [n, t] of want) assert.strictEqual(got.get(n), t, `¶${n}`);
  });

  it('writes OUT beside the source by default, never over an existing file', () => {
    const source = path.join(dir, 'beside.pdf');
    fs.writeFileSync(source, files['plain.pdf']);
    const first = run(['import', source]);
    assert.strictEqual(first.code, 0, first.stderr);
    assert.match(first.stderr, /wrote .*beside\.md \(\d+ pages; a complaint with 101 numbered paragraphs, 8 counts\)/);
    assert.ok(fs.existsSync(path.join(dir, 'beside.md')));
    const again = run(['import', source]);
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /already exists; not overwriting it/);
    assert.strictEqual(run(['import', path.join(dir, 'beside.md')]).code, 2, 'import reads only .pdf and .docx');
  });

  it('check links an answer to the PDF complaint beside it by case number', () => {
    const folder = fs.mkdtempSync(path.join(dir, 'linked-'));
    fs.writeFileSync(path.join(folder, 'answer.txt'), answerText);
    fs.writeFileSync(path.join(folder, 'complaint.pdf'), files['filed.pdf']);
    const viaPdf = run(['check', 'answer.txt', '--format', 'json'], folder);
    assert.match(viaPdf.stderr, /answer\.txt answers complaint\.pdf \(same case number\)/);
    fs.writeFileSync(path.join(folder, 'complaint.pdf'), '');
    fs.rmSync(path.join(folder, 'complaint.pdf'));
    fs.writeFileSync(path.join(folder, 'complaint.txt'), complaintText);
    const viaTxt = run(['check', 'answer.txt', '--format', 'json'], folder);
    assert.deepStrictEqual(JSON.parse(viaPdf.stdout), JSON.parse(viaTxt.stdout));
  });

  describe('hostile and broken files: one clear message, exit 2', () => {
    const refuse = async (name: string, bytes: Uint8Array | (() => Promise<Uint8Array>), message: RegExp) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, typeof bytes === 'function' ? await bytes() : bytes);
      const t0 = Date.now();
      const r = run(['import', file, '-o', '-']);
      assert.strictEqual(r.code, 2, r.stdout.slice(0, 200) + r.stderr);
      assert.strictEqual(r.stdout, '');
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 1, r.stderr);
      assert.match(lines[0], message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      return Date.now() - t0;
    };
    it('an encrypted PDF', () => refuse('encrypted.pdf', encryptedPdf, /encrypted\.pdf: this PDF is password-protected/));
    it('a truncated PDF', () => refuse('truncated.pdf', files['plain.pdf'].subarray(0, 900), /truncated\.pdf: this PDF (is damaged|cannot be read|has no text layer)/));
    it('not a PDF at all', () => refuse('fake.pdf', Buffer.from('hello, this is not a PDF'), /fake\.pdf: this PDF is damaged or is not a PDF/));
    it('a PDF of 300 empty pages: no text layer', () => refuse('empty.pdf', () => emptyPagesPdf(300), /this PDF has no text layer \(a scan\); run OCR first/));
    it('a PDF of thousands of empty pages: over the page limit', () => refuse('huge.pdf', () => emptyPagesPdf(2500), /has 2500 pages, over the 2000-page limit/));
    it('a zip-bomb DOCX (70 MB of XML in a few KB)', async () => {
      const bomb = zipSync({ 'word/document.xml': new Uint8Array(70 * 1024 * 1024).fill(32) }, { level: 9 });
      assert.ok(bomb.length < 200 * 1024, `${bomb.length} bytes`);
      await refuse('bomb.docx', bomb, /word\/document\.xml unpacks to more than 64 MB \(a zip bomb\?\); not read/);
    });
    it('a DOCX that is not a zip, and an old .doc renamed', async () => {
      await refuse('text.docx', Buffer.from('plain text'), /not a Word \(\.docx\) file/);
      await refuse('old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old-format Word file \(\.doc\) or a password-protected \.docx/);
    });
  });
});

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus', 'files');

describe('real court files (../shared/corpus/files)', function () {
  this.timeout(120000);
  before(function () {
    if (!fs.existsSync(CORPUS)) {
      console.log(`    (skipped: ${CORPUS} is not here; these tests read the real PDF and Word files from it)`);
      this.skip();
    }
  });
  const importReal = (rel: string) => run(['import', path.join(CORPUS, rel), '-o', '-']);
  const numbered = (text: string) => parse(text).paragraphs.filter(p => p.number !== null && p.region === 'body').map(p => p.number!);
  const numberingSlips = (text: string) => check(parse(text), {}).filter(f => f.code === 'paragraph-numbering').map(f => f.message);

  it('E.D. Cal. complaint on pleading paper: 93 numbered paragraphs, 3 causes of action, no numbering error', () => {
    const r = importReal('freelawproject+x-ray/gov.uscourts.caed.373457.1.0.pdf');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(numbered(r.stdout), Array.from({ length: 93 }, (_v, i) => i + 1));
    assert.deepStrictEqual(parse(r.stdout).headings.filter(h => h.kind === 'count').map(h => h.text), ['FIRST CAUSE OF ACTION', 'SECOND CAUSE OF ACTION', 'THIRD CAUSE OF ACTION']);
    assert.deepStrictEqual(numberingSlips(r.stdout), []);
    assert.match(r.stdout, /^<!-- ECF header: Case 1:20-cv-00713-NONE-SAB Document 1 Filed 05\/21\/20 Page 1 of 24 -->$/m);
    assert.doesNotMatch(r.stdout.replace(/^<!--.*-->$/gm, ''), /258445_7\.doc|Page \d+ of 24/);
  });

  it('N.D. Cal. second amended complaint (87 pages): paragraphs 1–307 in order', () => {
    const r = importReal('freelawproject+x-ray/gov.uscourts.cand.316263.220.0.pdf');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(numbered(r.stdout), Array.from({ length: 307 }, (_v, i) => i + 1));
    assert.deepStrictEqual(numberingSlips(r.stdout), []);
  });

  it('D. Md. amended complaint (a redline): paragraphs 1–50, no "Deleted:" balloon text, three counts', () => {
    const r = importReal('freelawproject+x-ray/D.Md._1_20-cv-03068-RDB_37_1.pdf');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(numbered(r.stdout), Array.from({ length: 50 }, (_v, i) => i + 1));
    assert.doesNotMatch(r.stdout, /Deleted:/);
    assert.strictEqual(parse(r.stdout).headings.filter(h => h.kind === 'count').length, 3);
  });

  it('the scanned N.J. answer: "no text layer", exit 2', () => {
    const r = importReal('XTX33+FaithFrontier/20250903-answer-first-appearance-by-devon-barber.pdf');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /this PDF has no text layer \(a scan\); run OCR first/);
  });

  it('the Word answer template: paragraphs numbered by Word\'s automatic numbering come out numbered', () => {
    const r = importReal('GBLS+docassemble-MAEvictionDefense/SummaryProcessAnswer.docx');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^1\. My name is \{\{ tenant\.name \}\}\.$/m);
    assert.ok(numbered(r.stdout).length >= 80, `${numbered(r.stdout).length} numbered paragraphs`);
  });

  it('every PDF and Word file imports or is refused with one line, never a crash', () => {
    for (const folder of fs.readdirSync(CORPUS)) {
      const full = path.join(CORPUS, folder);
      if (!fs.statSync(full).isDirectory()) continue;
      for (const name of fs.readdirSync(full).filter(n => /\.(pdf|docx)$/i.test(n))) {
        const r = importReal(path.join(folder, name));
        assert.ok(r.code === 0 || (r.code === 2 && r.stderr.trim().split('\n').length === 1), `${name}: ${r.code} ${r.stderr}`);
        if (r.code === 0) assert.ok(r.stdout.length > 300, name);
      }
    }
  });
});
