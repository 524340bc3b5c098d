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

  it('prints path:line:col  severity  message  [code] and exits 1 on errors', () => {
    const r = run(['check', 'samples/answer.txt']);
    assert.strictEqual(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length >= 5, r.stdout);
    for (const l of lines) assert.match(l, /^samples\/answer\.txt:\d+:\d+ {2}(error|warning|information|hint) {2}.+ {2}\[[a-z-]+\]$/);
    assert.ok(lines.some(l => l.startsWith('samples/answer.txt:105:106  error  ¶35 incorporates paragraphs 1-35')), r.stdout);
    assert.match(r.stderr, /findings: 3 error/);
  });

  it('exits 0 when nothing is an error, and with --exit-zero', () => {
    const clean = run(['check', 'test/fixtures/pdf-extracted/answer.txt']);
    assert.strictEqual(clean.code, 0, clean.stdout + clean.stderr);
    assert.strictEqual(clean.stdout, '');
    assert.match(clean.stderr, /No problems found/);
    assert.strictEqual(run(['check', 'samples/answer.txt', '--exit-zero']).code, 0);
  });

  it('reports the seed answer\'s real slips and nothing else above information', () => {
    const r = run(['check', 'test/fixtures/seed/answer.txt', '--format', 'json']);
    const [report] = JSON.parse(r.stdout);
    const serious = report.diagnostics.filter((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning')
      .map((d: { line: number; code: string }) => `${d.line} ${d.code}`);
    assert.deepStrictEqual(serious, ['190 incorporation-range', '218 defined-term', '226 incorporation-range']);
  });

  it('writes JSON in the documented shape, 1-based', () => {
    const r = run(['check', 'samples/answer.txt', 'samples/complaint.txt', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(out.map((f: { file: string }) => f.file), ['samples/answer.txt', 'samples/complaint.txt']);
    const d = out[0].diagnostics.find((x: { code: string }) => x.code === 'incorporation-range');
    assert.deepStrictEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity']);
    assert.deepStrictEqual([d.line, d.column, d.endLine, d.endColumn, d.severity], [105, 106, 105, 110, 'error']);
    const line = fs.readFileSync(path.join(ROOT, 'samples/answer.txt'), 'utf8').split('\n')[104];
    assert.strictEqual(line.slice(d.column - 1, d.endColumn - 1), '1-35');
  });

  it('writes SARIF 2.1.0 with rules and locations', () => {
    const sarif = JSON.parse(run(['check', 'samples/answer.txt', '--format', 'sarif']).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'incorporation-range'));
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'punctuation');
    assert.strictEqual(res.level, 'note');
    assert.strictEqual(res.locations[0].physicalLocation.artifactLocation.uri, 'samples/answer.txt');
    assert.strictEqual(res.locations[0].physicalLocation.region.startLine, 81);
  });

  it('applies --rule overrides', () => {
    const r = run(['check', 'samples/answer.txt', '--rule', 'paragraph-numbering=off', '--rule=paragraph-mismatch=warning', '--rule', 'incorporation-range=off', '--format', 'json']);
    const codes = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);
    assert.ok(!codes.some((c: string) => c.startsWith('paragraph-numbering') || c.startsWith('incorporation-range')), codes.join());
    assert.ok(codes.includes('paragraph-mismatch:warning'));
    assert.strictEqual(r.code, 0);
  });

  it('reads standard input with -', () => {
    const r = run(['check', '-'], '1. A.\n\n3. C.\n');
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /^-:3:1 {2}error {2}Paragraph numbering skips from 1 to 3/);
  });

  it('accepts --complaint', () => {
    assert.strictEqual(run(['check', 'samples/answer.txt', '--complaint', 'samples/complaint.txt', '--exit-zero']).code, 0);
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
  });

  it('prints an indented text tree', () => {
    const r = run(['outline', 'samples/complaint.txt']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^COUNT I — Breach of Contract {2}\(lines \d+-\d+\)\n {2}¶\d+ {2}\(line/m);
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

  it('exits 2 on binary files and on text that is not UTF-8', () => {
    const bin = path.join(tmp, 'x.pdf');
    fs.writeFileSync(bin, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    const latin = path.join(tmp, 'latin1.txt');
    fs.writeFileSync(latin, Buffer.from('1. Caf\xe9 au lait.\n', 'latin1'));
    assert.match(run(['check', bin]).stderr, /binary file/);
    const r = run(['check', latin]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /is not UTF-8 text/);
  });

  it('reads UTF-16 with a byte-order mark and UTF-8 with a BOM', () => {
    const u16 = path.join(tmp, 'u16.txt');
    fs.writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('1. A.\n\n3. C.\n', 'utf16le')]));
    assert.match(run(['check', u16]).stdout, /u16\.txt:3:1 {2}error/);
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
