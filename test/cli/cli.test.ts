/** The built `pleading` command (dist/cli.js), run as a user would. `npm test` builds it first. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pleading check', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm test builds it)'));

  it('prints path:line:col (paragraph)  severity  message  [code] and exits 1 on errors', () => {
    const r = run(['check', 'samples/answer.txt', '--no-complaint']);
    assert.strictEqual(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length >= 5, r.stdout);
    for (const l of lines) assert.match(l, /^samples\/answer\.txt:\d+:\d+( \(¶\d+\))? {2}(error|warning|information|hint) {2}.+ {2}\[[a-z-]+\]$/);
    assert.ok(lines.some(l => l.startsWith('samples/answer.txt:105:106 (¶35)  error  ¶35 incorporates paragraphs 1-35')), r.stdout);
    // The summary names severities as the lines do, and the forum whose wording rules applied.
    assert.match(r.stderr, /^\d+ findings: 3 errors, 1 warning, \d+ information \(rules: federal \(FRCP\)\)\n$/);
    const ny = run(['check', 'test/fixtures/new-york/answer.txt', '--no-complaint', '--format', 'json']);
    assert.strictEqual(JSON.parse(ny.stdout)[0].forum, 'new-york');
  });

  it('names the paragraph each finding lies in: text, JSON and SARIF', () => {
    const seed = ['check', 'test/fixtures/seed/answer.txt', '--no-complaint'];
    assert.match(run(seed).stdout, /^test\/fixtures\/seed\/answer\.txt:218:496 \(¶80\) {2}information {2}Doubled punctuation ",,"/m);
    const json = JSON.parse(run([...seed, '--format', 'json']).stdout)[0].diagnostics;
    const doubled = json.find((d: { message: string }) => d.message.startsWith('Doubled punctuation'));
    assert.deepStrictEqual([doubled.line, doubled.paragraph, doubled.paragraphName], [218, 80, '¶80']);
    // Outside any paragraph (a COUNT heading, the defenses): no paragraph.
    const citation = json.find((d: { code: string }) => d.code === 'citation');
    assert.deepStrictEqual([citation.paragraph, citation.paragraphName], [undefined, undefined]);
    // An unnumbered response is named by what it responds to.
    const md = JSON.parse(run(['check', 'test/fixtures/federal-md/answer.md', '--no-complaint', '--format', 'json']).stdout)[0].diagnostics;
    const evasive = md.find((d: { code: string }) => d.code === 'evasive-response');
    assert.deepStrictEqual([evasive.paragraph, evasive.respondsTo, evasive.paragraphName], [undefined, [19], 'Response to ¶19']);
    const sarif = JSON.parse(run([...seed, '--format', 'sarif']).stdout).runs[0].results;
    const result = sarif.find((x: { message: { text: string } }) => x.message.text.startsWith('Doubled punctuation'));
    assert.deepStrictEqual(result.locations[0].logicalLocations, [{ name: '¶80', kind: 'paragraph' }]);
    assert.strictEqual(result.properties.paragraph, 80);
  });

  it('exits 0 when nothing is an error, and with --exit-zero', () => {
    const clean = run(['check', 'test/fixtures/pdf-extracted/answer.txt']);
    assert.strictEqual(clean.code, 0, clean.stdout + clean.stderr);
    assert.doesNotMatch(clean.stdout, / {2}(error|warning) {2}/);
    assert.match(clean.stderr, /0 errors, 0 warnings|No problems found/);
    assert.strictEqual(run(['check', 'samples/answer.txt', '--exit-zero']).code, 0);
  });

  it('reports the seed answer\'s real slips and nothing else above information', () => {
    const serious = (args: string[]) => JSON.parse(run(['check', 'test/fixtures/seed/answer.txt', '--format', 'json', ...args]).stdout)[0].diagnostics
      .filter((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning')
      .map((d: { line: number; code: string }) => `${d.line} ${d.code}`);
    // ¶14's "for lack of knowledge", ¶68/¶82's self-including ranges, "[24]’s", the Lanham Act under Title 28, "Defendants deny".
    const real = ['58 knowledge-phrase', '190 incorporation-range', '218 defined-term', '226 incorporation-range', '244 citation', '280 party-number'];
    assert.deepStrictEqual(serious(['--no-complaint']), real);
    // Linked to its complaint (found beside it by case number), the COUNT VI title differs from the complaint's too.
    assert.deepStrictEqual(serious([]), [...real.slice(0, 4), '244 count-mismatch', ...real.slice(4)]);
  });

  it('links an answer to the complaint in its folder with the same case number, and says so', () => {
    const r = run(['check', 'test/fixtures/amended/answer.txt', '--format', 'json']);
    assert.match(r.stderr, /answers test\/fixtures\/amended\/first-amended-complaint\.txt/);
    assert.strictEqual(r.code, 0, r.stdout);
    const linked = run(['check', 'samples/answer.txt', '--format', 'json']);
    const codes = JSON.parse(linked.stdout)[0].diagnostics.map((d: { line: number; code: string }) => `${d.line} ${d.code}`);
    assert.ok(codes.includes('58 unanswered-paragraph') && codes.includes('70 unanswered-paragraph'), codes.join());
  });

  it('checks against an explicitly named complaint, even the wrong one', () => {
    const r = run(['check', 'test/fixtures/amended/answer.txt', '--complaint', 'test/fixtures/amended/complaint.txt', '--format', 'json']);
    const codes = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(codes.includes('unknown-paragraph'), codes.join());
    assert.strictEqual(r.code, 1);
  });

  it('writes JSON in the documented shape, 1-based', () => {
    const r = run(['check', 'samples/answer.txt', 'samples/complaint.txt', '--format', 'json', '--no-complaint']);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(out.map((f: { file: string }) => f.file), ['samples/answer.txt', 'samples/complaint.txt']);
    const d = out[0].diagnostics.find((x: { code: string }) => x.code === 'incorporation-range');
    assert.deepStrictEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'paragraph', 'paragraphName', 'severity']);
    assert.deepStrictEqual([d.line, d.column, d.endLine, d.endColumn, d.severity], [105, 106, 105, 110, 'error']);
    const line = fs.readFileSync(path.join(ROOT, 'samples/answer.txt'), 'utf8').split('\n')[104];
    assert.strictEqual(line.slice(d.column - 1, d.endColumn - 1), '1-35');
  });

  it('writes SARIF 2.1.0 with rules and locations', () => {
    const sarif = JSON.parse(run(['check', 'samples/answer.txt', '--format', 'sarif', '--no-complaint']).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'incorporation-range'));
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'punctuation');
    assert.strictEqual(res.level, 'note');
    assert.strictEqual(res.locations[0].physicalLocation.artifactLocation.uri, 'samples/answer.txt');
    assert.strictEqual(res.locations[0].physicalLocation.region.startLine, 81);
  });

  it('applies --rule overrides', () => {
    const r = run(['check', 'samples/answer.txt', '--no-complaint', '--rule', 'paragraph-numbering=off', '--rule=paragraph-mismatch=warning', '--rule', 'incorporation-range=off', '--format', 'json']);
    const codes = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);
    assert.ok(!codes.some((c: string) => c.startsWith('paragraph-numbering') || c.startsWith('incorporation-range')), codes.join());
    assert.ok(codes.includes('paragraph-mismatch:warning'));
    assert.strictEqual(r.code, 0);
  });

  it('reads .pleadingrc.json beside the file, and --config', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-rc-'));
    fs.copyFileSync(path.join(ROOT, 'samples/answer.txt'), path.join(dir, 'answer.txt'));
    fs.writeFileSync(path.join(dir, '.pleadingrc.json'), '{"rules": {"paragraph-numbering": "off", "nope": "off"}}');
    const r = run(['check', path.join(dir, 'answer.txt'), '--format', 'json']);
    const codes = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(!codes.includes('paragraph-numbering') && codes.includes('incorporation-range'), codes.join());
    assert.match(r.stderr, /\.pleadingrc\.json: unknown rule "nope" \(ignored\)/);
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, '{"rules": {"incorporation-range": "off"}}');
    const codes2 = JSON.parse(run(['check', path.join(dir, 'answer.txt'), '--config', other, '--format', 'json']).stdout)[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(codes2.includes('paragraph-numbering') && !codes2.includes('incorporation-range'), codes2.join());
    fs.writeFileSync(path.join(dir, '.pleadingrc.json'), '{"rules": ');
    const bad = run(['check', path.join(dir, 'answer.txt')]);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /\.pleadingrc\.json: not valid JSON/);
  });

  it('reads standard input with -', () => {
    const r = run(['check', '-'], '1. A.\n\n3. C.\n');
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /^-:3:1 \(¶3\) {2}error {2}Paragraph numbering skips from 1 to 3/);
  });

  it('accepts --complaint', () => {
    assert.strictEqual(run(['check', 'samples/answer.txt', '--complaint', 'samples/complaint.txt', '--exit-zero']).code, 0);
  });
});

describe('pleading draft-answer', () => {
  it('drafts an answer skeleton that checks clean against its complaint', () => {
    const draft = run(['draft-answer', 'test/fixtures/seed/complaint.txt']);
    assert.strictEqual(draft.code, 0);
    assert.match(draft.stdout, /^UNITED STATES DISTRICT COURT\n[\s\S]*Case No\. 14-CV-01559-RWS\n\nANSWER TO SECOND AMENDED COMPLAINT\n\nDefendant \[24\]7 Customer, Inc\. \("\[24\]7"\)/);
    assert.match(draft.stdout, /\n56\. \[24\]7 incorporates its responses to paragraphs 1 through 55 as if fully set forth herein\.\n/);
    assert.match(draft.stdout, /\nCOUNT VIII\n\nUnjust Enrichment\n\n99\. /);
    const checked = run(['check', '-', '--complaint', 'test/fixtures/seed/complaint.txt', '--format', 'json'], draft.stdout);
    assert.deepStrictEqual(JSON.parse(checked.stdout)[0].diagnostics, []);
    assert.strictEqual(checked.code, 0);
  });

  it('writes to -o FILE and refuses to overwrite', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-draft-')), 'answer.txt');
    assert.strictEqual(run(['draft-answer', 'samples/complaint.txt', '-o', out]).code, 0);
    assert.match(fs.readFileSync(out, 'utf8'), /^42\. Coastal denies the allegations of Paragraph 42\.$/m);
    const again = run(['draft-answer', 'samples/complaint.txt', '-o', out]);
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /already exists/);
  });

  it('refuses an answer or a file without paragraphs', () => {
    assert.match(run(['draft-answer', 'samples/answer.txt']).stderr, /is an answer, not a complaint/);
    assert.strictEqual(run(['draft-answer', '-'], 'Just a letter.\n').code, 2);
  });
});

describe('pleading compare and migrate', () => {
  const OLD = 'test/fixtures/amended/complaint.txt';
  const NEW = 'test/fixtures/amended/first-amended-complaint.txt';

  it('compares two versions: the summary and each changed paragraph (md), every paragraph (json), a redline page (html)', () => {
    const md = run(['compare', OLD, NEW]);
    assert.strictEqual(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# first-amended-complaint\.txt compared with complaint\.txt\n\n\*\*¶¶ 3, 10, 14, 20–22 new; old ¶¶ 16, 19 deleted;/);
    assert.match(md.stdout, /### ¶4 \(was ¶3\) — reworded\n\nThis Court has subject matter jurisdiction under 28 U\.S\.C\. § 1332\(a\) because ~~the parties are citizens~~ \*\*Meridian is a citizen\*\*/);
    const json = JSON.parse(run(['compare', OLD, NEW, '--format', 'json']).stdout);
    assert.deepStrictEqual(json.paragraphs.filter((p: { change: string }) => p.change === 'deleted').map((p: { oldNumber: number }) => p.oldNumber), [16, 19]);
    assert.deepStrictEqual(json.counts.map((c: { change: string }) => c.change), ['unchanged', 'new', 'renumbered']);
    const html = run(['compare', OLD, NEW, '--format', 'html']).stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<del>the parties are citizens <\/del>/);
  });

  it('migrates a drafted answer to the amendment: it answers every paragraph, says what changed, and never overwrites', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-migrate-'));
    const answer = path.join(dir, 'answer.txt');
    assert.strictEqual(run(['draft-answer', OLD, '-o', answer]).code, 0);
    const out = path.join(dir, 'answer-fac.txt');
    const r = run(['migrate', answer, '--from', OLD, '--to', NEW, '-o', out]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stderr, /^pleading: wrote .*answer-fac\.txt\nAmendment: ¶¶ 3, 10, 14, 20–22 new;/);
    assert.match(r.stderr, /Dropped \(2\): answer ¶16 \(answered paragraph 16, deleted from the amended complaint\); answer ¶19/);
    const migrated = fs.readFileSync(out, 'utf8');
    assert.match(migrated, /\nANSWER TO FIRST AMENDED COMPLAINT\n/);
    assert.match(migrated, /<!-- review: new in the amended complaint: ¶3; this denial is a placeholder -->\n3\. Bluestem denies the allegations of Paragraph 3\./);
    const checked = JSON.parse(run(['check', out, '--complaint', NEW, '--format', 'json']).stdout)[0].diagnostics;
    assert.deepStrictEqual(checked.filter((d: { code: string }) => d.code === 'unanswered-paragraph' || d.code === 'unknown-paragraph'), []);
    const again = run(['migrate', answer, '--from', OLD, '--to', NEW, '-o', out]);
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /already exists/);
  });

  it('says what is wrong with its arguments', () => {
    assert.match(run(['compare', OLD]).stderr, /compare needs two files/);
    assert.match(run(['migrate', 'samples/answer.txt', '--from', OLD]).stderr, /migrate needs --from OLD .* and --to NEW/);
    assert.match(run(['migrate', OLD, '--from', OLD, '--to', NEW]).stderr, /is a complaint, not an answer/);
    assert.match(run(['compare', 'samples/answer.txt', NEW]).stderr, /is an answer, not a complaint/);
    assert.strictEqual(run(['compare', OLD, NEW, '--format', 'csv']).code, 2);
  });
});

describe('pleading chart', () => {
  it('charts each complaint paragraph against its response, with totals', () => {
    const r = run(['chart', 'samples/answer.txt', '--format', 'json']);
    const chart = JSON.parse(r.stdout);
    assert.strictEqual(chart.rows.length, 42);
    // The preamble's "Except as expressly admitted below, Coastal denies each and every allegation" answers what no response does.
    assert.deepStrictEqual(chart.rows[14], { paragraph: 15, heading: 'FACTUAL ALLEGATIONS', firstWords: chart.rows[14].firstWords, answeredBy: [], response: 'general-denial' });
    assert.deepStrictEqual(chart.rows[22].answeredBy, [22, 23], 'the mismatched ¶22 and ¶23 both answer 23');
    assert.strictEqual(chart.rows.filter((r: { response: string }) => r.response === 'general-denial').length, 2);
    assert.strictEqual(chart.totals.unanswered, 0);
    assert.strictEqual(chart.totals.total, 42);
    // Each total counts the rows that show its label: the three incorporation rows are not "other".
    const kinds = (k: string) => chart.rows.filter((r: { response: string }) => r.response === k).length;
    assert.deepStrictEqual([chart.totals.incorporated, chart.totals.noResponseRequired, chart.totals.other], [kinds('incorporation'), kinds('no-response-required'), kinds('other')]);
    assert.strictEqual(chart.totals.incorporated, 3);
  });

  it('writes Markdown and CSV', () => {
    const md = run(['chart', 'samples/answer.txt']).stdout;
    assert.match(md, /^\| ¶ \| Heading \| Allegation begins \| Answered by \| Response \|$/m);
    assert.match(md, /^\| 15 \| FACTUAL ALLEGATIONS \| .* \| — \| denied \(general denial\) \|$/m);
    assert.match(md, /^\*\*Totals\*\* — 42 paragraphs: 6 admitted, 12 denied, 6 lack of knowledge, 14 admitted in part, 3 incorporation, 1 no response required, 0 other response, 0 unanswered\.$/m);
    const csv = run(['chart', 'samples/answer.txt', '--format', 'csv']).stdout.split('\n');
    assert.strictEqual(csv[0], 'paragraph,heading,first_words,answered_by,response');
    assert.strictEqual(csv.length, 44);
  });
});

describe('pleading outline', () => {
  it('prints the seed answer\'s structure as JSON: 101 paragraphs, 8 counts, 26 defenses', () => {
    const tree = JSON.parse(run(['outline', 'test/fixtures/seed/answer.txt', '--format', 'json']).stdout);
    const kinds: Record<string, number> = {};
    const visit = (nodes: { kind: string; children: unknown[]; line: number; endLine: number }[]) => {
      for (const n of nodes) {
        kinds[n.kind] = (kinds[n.kind] ?? 0) + 1;
        assert.ok(n.line <= n.endLine);
        visit(n.children as never);
      }
    };
    visit(tree);
    assert.strictEqual(kinds.paragraph, 101);
    assert.strictEqual(kinds.count, 8);
    assert.strictEqual(kinds.defense, 26);
    assert.strictEqual(kinds.caption, 1);
    const count6 = tree.flatMap((n: { children: unknown[] }) => [n, ...n.children]).find((n: { kind: string; number?: number }) => n.kind === 'count' && n.number === 6);
    assert.deepStrictEqual([count6.name, count6.detail, count6.line, count6.children.length], ['COUNT VI', 'Lanham Act Unfair Competition, 28 U.S.C. § 1125(a)', 242, 5]);
    assert.deepStrictEqual(count6.children[0], { kind: 'paragraph', name: '¶90', number: 90, detail: 'incorporation', line: 246, endLine: 246, children: [] });
    // A defense spans its heading, title and body; the signature ends on the file's last line.
    const defenses = tree.find((n: { kind: string }) => n.kind === 'defenses');
    const last = defenses.children[defenses.children.length - 1];
    assert.deepStrictEqual([last.name, last.line, last.endLine], ['TWENTY-SIXTH AFFIRMATIVE DEFENSE (Lack of Particularity; Reservation of Rights)', 413, 416]);
    assert.strictEqual(defenses.endLine, 416);
    const lines = fs.readFileSync(path.join(ROOT, 'test/fixtures/seed/answer.txt'), 'utf8').split('\n');
    assert.deepStrictEqual(tree[tree.length - 1].kind === 'signature' && [tree[tree.length - 1].endLine, lines[tree[tree.length - 1].endLine - 1]], [lines.length, lines[lines.length - 1]]);
  });

  it('prints an indented text tree', () => {
    const r = run(['outline', 'samples/complaint.txt']);
    assert.strictEqual(r.code, 0);
    // A complaint's paragraphs show their first words (an answer's, their responses).
    assert.match(r.stdout, /^COUNT I — Breach of Contract {2}\(lines \d+-\d+\)\n {2}¶\d+ — [A-Z][^\n]+… {2}\(line/m);
    assert.match(r.stdout, /^ {2}¶2 — Coastal sold Harbor Lane the oven for \$142,500… {2}\(line 25\)$/m);
    // A title on the COUNT's own line is not repeated beside it.
    const inline = run(['outline', '-'], 'COMPLAINT\n\n1. A.\n\nCOUNT I - BREACH OF CONTRACT\n\n2. B.\n');
    assert.match(inline.stdout, /^COUNT I - BREACH OF CONTRACT {2}\(lines \d+-\d+\)$/m);
  });
});

describe('pleading: bad input', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-cli-'));

  const cases: [string, string[], RegExp][] = [
    ['no arguments', [], /^Usage:/m],
    ['an unknown command', ['lint', 'x'], /unknown command "lint"/],
    ['an unknown option', ['check', 'samples/answer.txt', '--fast'], /unknown option --fast/],
    ['an unknown format', ['check', 'samples/answer.txt', '--format', 'xml'], /unknown format "xml"/],
    ['an unknown rule', ['check', 'samples/answer.txt', '--rule', 'nope=off'], /unknown rule "nope"/],
    ['a bad severity', ['check', 'samples/answer.txt', '--rule', 'punctuation=loud'], /unknown severity "loud"/],
    ['a missing file', ['check', 'no/such/file.txt'], /^pleading: no\/such\/file\.txt: no such file$/m],
    ['a directory', ['check', 'samples'], /samples: is a directory/],
    ['a missing complaint', ['check', 'samples/answer.txt', '--complaint', 'nope.txt'], /complaint nope\.txt: no such file/],
    ['--format without a value', ['check', 'samples/answer.txt', '--format'], /--format needs a value/],
  ];
  for (const [what, args, message] of cases) {
    it(`exits 2 with one clear line on ${what}`, () => {
      const r = run(args);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('exits 2 on binary files; reads text that is not UTF-8 as Windows-1252, saying so', () => {
    // (A .pdf or .docx is imported instead: test/cli/import.test.ts.)
    const bin = path.join(tmp, 'x.bin');
    fs.writeFileSync(bin, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    assert.match(run(['check', bin]).stderr, /binary file/);
    // What Word's "Plain Text" saves: curly quotes and é as single Windows-1252 bytes.
    const cp1252 = path.join(tmp, 'word-plain-text.txt');
    fs.writeFileSync(cp1252, Buffer.concat([
      Buffer.from('ANSWER\n\n1. Defendant admits the allegations of Paragraph 1 about the caf'), Buffer.from([0xe9]),
      Buffer.from('.\n\n2. Defendant denies that it is '), Buffer.from([0x93]), Buffer.from('liable'), Buffer.from([0x94]), Buffer.from('..\n'),
    ]));
    const r = run(['check', cp1252, '--no-complaint', '--format', 'json']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stderr, /word-plain-text\.txt: is not UTF-8; read as Windows-1252/);
    const diagnostics = JSON.parse(r.stdout)[0].diagnostics as { code: string; message: string }[];
    assert.deepStrictEqual(diagnostics.map(d => d.code), ['punctuation'], 'read: the doubled full stop after the closing quote is found');
  });

  it('exits 2 with one clear line on a file the user may not read', function () {
    // Root reads any file, so as root the command runs as "nobody" (setpriv, from util-linux), from
    // a copy of the bundle in a directory that user can enter.
    const root = process.getuid?.() === 0;
    const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(p => fs.existsSync(p));
    if (process.platform === 'win32' || (root && !setpriv)) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-perm-'));
    fs.chmodSync(dir, 0o755);
    const cli = path.join(dir, 'cli.js');
    fs.copyFileSync(CLI, cli);
    fs.chmodSync(cli, 0o644);
    const secret = path.join(dir, 'answer.txt');
    fs.writeFileSync(secret, '1. Admitted.\n');
    fs.chmodSync(secret, 0o000);
    const command = root ? [setpriv!, '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const r = spawnSync(command[0], [...command.slice(1), cli, 'check', secret], { cwd: dir, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(r.status, 2, r.stderr);
    assert.strictEqual(r.stderr, `pleading: ${secret}: permission denied\n`);
  });

  it('reads UTF-16 with a byte-order mark and UTF-8 with a BOM', () => {
    const u16 = path.join(tmp, 'u16.txt');
    fs.writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('1. A.\n\n3. C.\n', 'utf16le')]));
    assert.match(run(['check', u16]).stdout, /u16\.txt:3:1 \(¶3\) {2}error/);
    const bom = path.join(tmp, 'bom.txt');
    fs.writeFileSync(bom, '\uFEFF1. A.\n\n2. B.\n');
    assert.strictEqual(run(['check', bom]).code, 0);
  });

  it('prints its version and help', () => {
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    const help = run(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /pleading check FILE/);
  });
});
