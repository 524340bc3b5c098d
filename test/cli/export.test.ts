/**
 * `pleading export` through the built CLI (dist/cli.js loading dist/export-docx.js): the Word file
 * beside the pleading, never over an existing file without --force, the paper, usage errors; and
 * the round trip through the CLI — the exported answer checked as a .docx, the exported complaint
 * linked to its answer — giving the text's findings.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { readFixture, ROOT } from '../helpers/fixtures';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
/** check --format json findings without positions (the Word file's text has its own lines). */
const findings = (json: string) => (JSON.parse(json) as { diagnostics: { code: string; message: string }[] }[])[0].diagnostics.map(d => `${d.code} ${d.message}`).sort();

describe('pleading export', function () {
  this.timeout(60000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-export-'));
  const answerText = readFixture('seed/answer.txt');
  const complaintText = readFixture('seed/complaint.txt');
  fs.writeFileSync(path.join(dir, 'answer.txt'), answerText);

  it('writes answer.docx beside the answer and says what it holds', () => {
    const r = run(['export', 'answer.txt'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stderr, 'pleading: wrote answer.docx (101 numbered paragraphs, 8 counts, 26 defenses; plain paper)\n');
    const bytes = fs.readFileSync(path.join(dir, 'answer.docx'));
    assert.strictEqual(bytes.subarray(0, 2).toString(), 'PK');
  });

  it('never overwrites an existing file without --force', () => {
    const before = fs.readFileSync(path.join(dir, 'answer.docx'));
    const again = run(['export', 'answer.txt'], dir);
    assert.strictEqual(again.code, 2);
    assert.strictEqual(again.stderr, 'pleading: answer.docx: already exists; not overwriting it (give another name with --docx, or --force)\n');
    assert.ok(fs.readFileSync(path.join(dir, 'answer.docx')).equals(before), 'untouched');
    const forced = run(['export', 'answer.txt', '--force', '--paper', 'california'], dir);
    assert.strictEqual(forced.code, 0, forced.stderr);
    assert.match(forced.stderr, /California pleading paper\)\n$/);
    const header = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, 'answer.docx'))))['word/header1.xml']);
    assert.match(header, />28</, 'pleading paper: the line numbers');
  });

  it('--docx names the file; usage errors exit 2 with one message', () => {
    assert.strictEqual(run(['export', 'answer.txt', '--docx', 'named.docx'], dir).code, 0);
    assert.ok(fs.existsSync(path.join(dir, 'named.docx')));
    const nowhere = run(['export', 'answer.txt', '--docx', 'no-such-folder/x.docx'], dir);
    assert.strictEqual(nowhere.code, 2);
    assert.strictEqual(nowhere.stderr, 'pleading: no-such-folder/x.docx: cannot be written (ENOENT)\n');
    for (const [args, message] of [
      [['export', 'answer.txt', '--paper', 'a4'], /unknown paper "a4" \(use plain or california\)/],
      [['export', 'answer.txt', '--docx', 'answer.pdf'], /--docx writes a \.docx file, not answer\.pdf/],
      [['export'], /export needs exactly one FILE/],
      [['export', '-'], /export from standard input needs --docx OUT\.docx/],
    ] as const) {
      const r = run([...args], dir);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr.split('\n')[0], message);
    }
    const missing = run(['export', 'nothing.txt'], dir);
    assert.strictEqual(missing.code, 2);
    assert.strictEqual(missing.stderr, 'pleading: nothing.txt: no such file\n');
  });

  it('the exported answer, checked as a Word file, has the text\'s findings', () => {
    fs.writeFileSync(path.join(dir, 'complaint.txt'), complaintText);
    const round = path.join(dir, 'round');
    fs.mkdirSync(round);
    fs.copyFileSync(path.join(dir, 'complaint.txt'), path.join(round, 'complaint.txt'));
    assert.strictEqual(run(['export', path.join(dir, 'answer.txt'), '--docx', path.join(round, 'answer.docx')], dir).code, 0);
    const viaDocx = run(['check', 'answer.docx', '--format', 'json'], round);
    assert.match(viaDocx.stderr, /answer\.docx answers complaint\.txt \(same case number\)/);
    const viaText = run(['check', 'answer.txt', '--format', 'json'], dir);
    assert.deepStrictEqual(findings(viaDocx.stdout), findings(viaText.stdout));
    assert.strictEqual(findings(viaText.stdout).length, 12);
  });

  it('the seed complaint exported to Word and linked by case number gives the answer exactly the .txt\'s findings', () => {
    const linked = path.join(dir, 'linked');
    fs.mkdirSync(linked);
    fs.writeFileSync(path.join(linked, 'answer.txt'), answerText);
    assert.strictEqual(run(['export', path.join(dir, 'complaint.txt'), '--docx', path.join(linked, 'complaint.docx')], dir).code, 0);
    const viaDocx = run(['check', 'answer.txt', '--format', 'json'], linked);
    assert.match(viaDocx.stderr, /answers complaint\.docx \(same case number\)/);
    const viaText = run(['check', 'answer.txt', '--format', 'json'], dir);
    assert.deepStrictEqual(JSON.parse(viaDocx.stdout)[0].diagnostics, JSON.parse(viaText.stdout)[0].diagnostics);
  });

  it('draft-answer -o, like import and export, replaces a file only with --force', () => {
    const draft = path.join(dir, 'draft.txt');
    fs.writeFileSync(draft, 'keep me');
    const refused = run(['draft-answer', 'complaint.txt', '-o', 'draft.txt'], dir);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /draft\.txt: already exists; not overwriting it \(give another name with -o, or --force\)/);
    assert.strictEqual(fs.readFileSync(draft, 'utf8'), 'keep me');
    assert.strictEqual(run(['draft-answer', 'complaint.txt', '-o', 'draft.txt', '--force'], dir).code, 0);
    assert.match(fs.readFileSync(draft, 'utf8'), /^1\. /m);
  });
});
