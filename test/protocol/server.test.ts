/** The built language server over stdio, driven by a real protocol client. */
import * as assert from 'assert';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { readFixture } from '../helpers/fixtures';
import { applyEdits, LspClient } from './lspClient';

const SEED = 'file:///work/seed/answer.txt';
const seedText = readFixture('seed/answer.txt');

const pos = (line: number, character: number) => ({ line: line - 1, character });
const doc = (uri: string) => ({ textDocument: { uri } });

describe('language server over stdio', function () {
  this.timeout(20000);
  let client: LspClient;
  let seedDiagnostics: Diagnostic[];

  before(async () => {
    client = new LspClient();
    await client.initialize();
    seedDiagnostics = await client.open(SEED, seedText);
  });
  after(() => client.stop());

  it('publishes the seed answer\'s findings with codes, sources and severities', () => {
    const serious = seedDiagnostics.filter(d => d.severity! <= 2).map(d => `${d.range.start.line + 1} ${d.code}`);
    assert.deepStrictEqual(serious, ['58 knowledge-phrase', '190 incorporation-range', '218 defined-term', '226 incorporation-range', '244 citation', '280 party-number']);
    assert.ok(seedDiagnostics.every(d => d.source === 'pleading'));
    const range = seedDiagnostics.find(d => d.code === 'incorporation-range')!;
    assert.strictEqual(seedText.split('\n')[189].slice(range.range.start.character, range.range.end.character), '1-68');
  });

  it('returns a document symbol hierarchy: caption, sections, counts with paragraphs, defenses', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(SEED));
    const names = symbols.map(s => s.name);
    assert.strictEqual(names[0], 'ANSWER');
    assert.ok(names.includes('I. PARTIES, JURISDICTION, AND VENUE'));
    const count1 = symbols.find(s => s.name === 'COUNT I')!;
    assert.strictEqual(count1.detail, 'Copyright Infringement, 17 U.S.C. § 101 et seq.');
    assert.deepStrictEqual(count1.children!.map(c => `${c.name}:${c.detail}`).slice(0, 2), ['¶56:incorporation', '¶57:lack of knowledge']);
    const defenses = symbols.find(s => s.name === 'AFFIRMATIVE DEFENSES')!;
    assert.strictEqual(defenses.children!.length, 26);
    assert.strictEqual(defenses.children![0].name, 'FIRST AFFIRMATIVE DEFENSE (Failure to State a Claim)');
  });

  it('folds sections, counts and long paragraphs', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', doc(SEED));
    const lines = seedText.split('\n');
    const count1 = lines.indexOf('COUNT I');
    const count2 = lines.indexOf('COUNT II');
    assert.ok(folds.some(f => f.startLine === count1 && f.endLine >= count2 - 2 && f.endLine < count2), 'COUNT I folds up to COUNT II');
    const para8 = lines.findIndex(l => l.startsWith('8. In answer'));
    assert.ok(folds.some(f => f.startLine === para8 && f.endLine === para8 + 2), '¶8 spans a page break and folds');
    assert.ok(folds.every(f => f.endLine > f.startLine));
  });

  it('keeps symbols and folding ranges per version: an edit shows at once, undone it goes', async () => {
    const symbolNames = async () => (await client.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(SEED))).map(s => s.name);
    const foldStarts = async () => (await client.request<FoldingRange[]>('textDocument/foldingRange', doc(SEED))).map(f => f.startLine);
    const line = seedText.split('\n').indexOf('COUNT II');
    assert.ok((await symbolNames()).includes('COUNT II') && (await foldStarts()).includes(line));
    const heading = { start: { line, character: 0 }, end: { line, character: 'COUNT II'.length } };
    await client.change(SEED, [{ range: heading, text: 'Count the ways' }]);
    assert.ok(!(await symbolNames()).includes('COUNT II'), 'the renamed heading is no longer a COUNT');
    assert.ok(!(await foldStarts()).includes(line));
    await client.change(SEED, [{ range: { ...heading, end: { line, character: 'Count the ways'.length } }, text: 'COUNT II' }]);
    assert.ok((await symbolNames()).includes('COUNT II') && (await foldStarts()).includes(line));
  });

  it('hovers a reference with the paragraph it points to, and a range with its span', async () => {
    // Line 190: "68. In answer to Paragraph 68, … paragraphs 1-68, inclusive."
    const onRange = await client.request<Hover>('textDocument/hover', { ...doc(SEED), position: pos(190, 154) });
    const md = (onRange.contents as MarkupContent).value;
    assert.match(md, /\*\*Paragraphs 1–68\*\*: 68 paragraphs/);
    assert.match(md, /First: \*\*¶1\*\*/);
    const onRef = await client.request<Hover>('textDocument/hover', { ...doc(SEED), position: pos(190, 20) });
    assert.match((onRef.contents as MarkupContent).value, /^\*\*¶68\*\* — \*incorporation\* · COUNT III — Breach of Contract\n\n> In answer to Paragraph 68, \\\[24\\\]7 incorporates/);
    const onNumber = await client.request<Hover>('textDocument/hover', { ...doc(SEED), position: pos(190, 0) });
    assert.match((onNumber.contents as MarkupContent).value, /Response: \*incorporation\* to Paragraph 68/);
    assert.strictEqual(await client.request('textDocument/hover', { ...doc(SEED), position: pos(2, 0) }), null);
  });

  it('goes to the definition of a reference and finds references to a paragraph', async () => {
    const defs = await client.request<Location[]>('textDocument/definition', { ...doc(SEED), position: pos(190, 20) });
    assert.deepStrictEqual(defs.map(d => d.range.start.line + 1), [190]);
    const line62 = seedText.split('\n').findIndex(l => l.startsWith('62. In answer'));
    const col = seedText.split('\n')[line62].indexOf('1-61');
    const range = await client.request<Location[]>('textDocument/definition', { ...doc(SEED), position: { line: line62, character: col + 1 } });
    assert.strictEqual(range.length, 61, 'paragraphs 1-61 from ¶62');
    const refs = await client.request<Location[]>('textDocument/references', { ...doc(SEED), position: pos(44, 0), context: { includeDeclaration: false } });
    // ¶9 is covered by the incorporation ranges of ¶56, 62, 68, 74, 82, 90, 95, 99 and its own "Paragraph 9".
    assert.ok(refs.length >= 9, `${refs.length} references`);
  });

  it('offers a quick fix that rewrites only the range, and the fixed text checks clean there', async () => {
    const d = seedDiagnostics.find(x => x.code === 'incorporation-range' && x.range.start.line === 189)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...doc(SEED), range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find(a => a.title === 'Change the range to end at 67')!;
    assert.ok(fix, actions.map(a => a.title).join());
    const edits = fix.edit!.changes![SEED];
    assert.deepStrictEqual(edits.map(e => e.newText), ['67']);
    const fixed = applyEdits(seedText, edits);
    assert.strictEqual(fixed.length, seedText.length);
    assert.strictEqual(fixed.split('\n').filter((l, i) => l !== seedText.split('\n')[i]).length, 1, 'only one line changes');
    const all = actions.find(a => a.title === 'Fix all incorporation ranges in this file');
    assert.deepStrictEqual(all?.edit?.changes?.[SEED].map(e => e.newText), ['67', '81']);
  });

  it('applies a fix, re-checks on change, and the finding is gone', async () => {
    const uri = 'file:///work/fix.txt';
    const text = 'ANSWER\n\n1. In answer to Paragraph 1, X denies.\n\n2. In answer to Paragraph 2, X incorporates its responses to paragraphs 1-2.\n';
    const before = (await client.open(uri, text)).filter(x => x.code === 'incorporation-range');
    assert.strictEqual(before.length, 1);
    const [action] = await client.request<CodeAction[]>('textDocument/codeAction', { ...doc(uri), range: before[0].range, context: { diagnostics: before, only: ['quickfix'] } });
    const after = await client.change(uri, action.edit!.changes![uri].map(e => ({ range: e.range, text: e.newText })));
    assert.deepStrictEqual(after.filter(x => x.code === 'incorporation-range'), []);
    assert.deepStrictEqual(await client.close(uri), [], 'closing clears diagnostics');
  });

  it('offers renumbering in a complaint that updates references', async () => {
    const uri = 'file:///work/complaint.txt';
    const text = 'COMPLAINT\n\n1. A.\n\n3. B.\n\n4. Plaintiff realleges paragraphs 1 through 3.\n';
    const diags = await client.open(uri, text);
    const numbering = diags.filter(d => d.code === 'paragraph-numbering');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...doc(uri), range: numbering[0].range, context: { diagnostics: numbering } });
    const renumber = actions.find(a => a.title.startsWith('Renumber from here'))!;
    assert.strictEqual(applyEdits(text, renumber.edit!.changes![uri]), 'COMPLAINT\n\n1. A.\n\n2. B.\n\n3. Plaintiff realleges paragraphs 1 through 2.\n');
  });

  it('completes a new answer paragraph with responses in the document\'s phrasing', async () => {
    const uri = 'file:///work/seed-edit.txt';
    const text = seedText.replace('\n\nANSWER AS TO PRAYER', '\n\n102. \n\nANSWER AS TO PRAYER');
    await client.open(uri, text);
    const line = text.split('\n').findIndex(l => l === '102. ');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { ...doc(uri), position: { line, character: 5 } });
    assert.deepStrictEqual(items.map(i => i.label), ['Deny', 'Lack knowledge or information', 'Admit', 'Admit in part, deny the rest', 'Incorporate earlier responses']);
    assert.strictEqual(items[0].detail, 'In answer to Paragraph 102, [24]7 denies each and every allegation set forth therein.');
    assert.match(items[4].detail!, /^In answer to Paragraph 102, \[24\]7 incorporates herein its admissions, statements, and denials set forth in response to the allegations of paragraphs 1-101, inclusive\.$/);
  });

  it('answers custom requests for the status bar and Go to Paragraph', async () => {
    const info = await client.request<{ paragraphs: number; counts: number; defenses: number; errors: number; forum: { name: string; summary: string } }>('pleading/documentInfo', doc(SEED));
    assert.deepStrictEqual([info.paragraphs, info.counts, info.defenses, info.errors], [101, 8, 26, 2]);
    // S.D.N.Y.: a federal court, whatever state it sits in.
    assert.deepStrictEqual(info.forum, { name: 'Federal', summary: 'federal (FRCP)' });
    const list = await client.request<{ label: string; description: string; line: number }[]>('pleading/paragraphs', doc(SEED));
    assert.strictEqual(list.length, 101);
    assert.deepStrictEqual([list[67].label, list[67].description, list[67].line], ['¶68', 'Answer · COUNT III — Breach of Contract', 189]);
  });

  it('survives requests for closed documents, out-of-range positions and malformed params', async () => {
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', doc('file:///nope.txt')), []);
    assert.strictEqual(await client.request('textDocument/hover', { ...doc(SEED), position: pos(100000, 99999) }), null);
    await assert.rejects(client.request('textDocument/hover', { position: pos(1, 1) }));
    await assert.rejects(client.request('textDocument/definition', null));
    const diags = await client.change(SEED, [{ text: '\u0000\u0001binary' }]);
    assert.strictEqual(diags[0].code, 'not-analysed');
    const back = await client.change(SEED, [{ text: seedText }]);
    assert.strictEqual(back.length, seedDiagnostics.length, 'still alive and analysing');
  });

  it('keeps up with a burst of edits, publishing only for the newest version', async () => {
    const uri = 'file:///work/burst.txt';
    await client.open(uri, 'ANSWER\n\n');
    let text = 'ANSWER\n\n';
    for (let n = 1; n <= 30; n++) {
      const add = `${n}. In answer to Paragraph ${n}, X denies.\n\n`;
      void client.change(uri, [{ range: { start: { line: text.split('\n').length - 1, character: 0 }, end: { line: text.split('\n').length - 1, character: 0 } }, text: add }]);
      text += add;
    }
    const add = '31. In answer to Paragraph 31, X incorporates its responses to paragraphs 1-31.\n';
    const final = client.change(uri, [{ range: { start: { line: text.split('\n').length - 1, character: 0 }, end: { line: text.split('\n').length - 1, character: 0 } }, text: add }]);
    assert.deepStrictEqual((await final).filter(d => d.severity === 1).map(d => d.code), ['incorporation-range']);
  });
});

describe('language server settings', function () {
  this.timeout(20000);
  it('applies per-code severities and turns rules off', async () => {
    const client = new LspClient({ rules: { 'incorporation-range': 'off', punctuation: 'hint' } });
    try {
      await client.initialize();
      const uri = 'file:///work/seed2.txt';
      const diags = await client.open(uri, seedText);
      assert.ok(diags.some(d => d.code === 'defined-term'), 'other rules still report');
      assert.ok(!diags.some(d => d.code === 'incorporation-range'));
      assert.ok(diags.filter(d => d.code === 'punctuation').every(d => d.severity === 4));
    } finally {
      await client.stop();
    }
  });
});

describe('language server size limit', function () {
  this.timeout(20000);
  it('skips a document over pleading.maxFileSizeMB with one clear note', async () => {
    const client = new LspClient({ maxFileSizeMB: 1 });
    try {
      await client.initialize();
      const big = seedText.repeat(Math.ceil((1.5 * 1024 * 1024) / seedText.length));
      const diags = await client.open('file:///work/big.txt', big);
      assert.deepStrictEqual(diags.map(d => [d.code, d.severity]), [['not-analysed', 3]]);
      assert.match(diags[0].message, /larger than 1 MB \(pleading\.maxFileSizeMB\)/);
      assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///work/big.txt' } }), []);
    } finally {
      await client.stop();
    }
  });
});
