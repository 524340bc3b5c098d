/** Two documents over the protocol: an answer and its complaint, linked by case number. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type Hover, type Location, type MarkupContent } from 'vscode-languageserver-protocol';
import { readFixture, ROOT } from '../helpers/fixtures';
import type { ChartView } from '../../server/src/service/chartView';
import { applyEdits, LspClient } from './lspClient';

const doc = (uri: string) => ({ textDocument: { uri } });
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex(l => l.startsWith(prefix));

describe('answer and complaint over the protocol', function () {
  this.timeout(30000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-linked-'));
  const answerText = fs.readFileSync(path.join(ROOT, 'samples/answer.txt'), 'utf8');
  const complaintText = fs.readFileSync(path.join(ROOT, 'samples/complaint.txt'), 'utf8');
  fs.writeFileSync(path.join(dir, 'answer.txt'), answerText);
  fs.writeFileSync(path.join(dir, 'complaint.txt'), complaintText);
  fs.mkdirSync(path.join(dir, 'seed'));
  fs.writeFileSync(path.join(dir, 'seed', 'answer.txt'), readFixture('seed/answer.txt'));
  fs.writeFileSync(path.join(dir, 'seed', 'complaint.txt'), readFixture('seed/complaint.txt'));
  const ANSWER = pathToFileURL(path.join(dir, 'answer.txt')).href;
  const COMPLAINT = pathToFileURL(path.join(dir, 'complaint.txt')).href;
  let client: LspClient;
  let answerDiagnostics: Diagnostic[];

  before(async () => {
    client = new LspClient();
    await client.initialize();
    // Only the answer is open: the complaint is found on disk by its case number.
    answerDiagnostics = await client.open(ANSWER, answerText);
  });
  after(() => client.stop());

  it('links each diagnostic to its rule page', () => {
    const d = answerDiagnostics.find(x => x.code === 'incorporation-range')!;
    assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/incorporation-range\.md$/);
  });

  it('finds the complaint on disk and reports unanswered paragraphs where responses belong', () => {
    const unanswered = answerDiagnostics.filter(d => d.code === 'unanswered-paragraph');
    // Each from the blank line where its response belongs through the next response's number; the
    // preamble's "Except as expressly admitted below, Coastal denies each and every allegation"
    // (FRCP 8(b)(3)) covers them, so they are information naming it.
    assert.deepStrictEqual(unanswered.map(d => [d.range.start.line + 1, d.range.end.line + 1]), [[58, 59], [70, 71]]);
    assert.match(unanswered[0].message, /^Paragraph 15 of the complaint is answered only by the general denial in the preamble: “Mr\. Lindqvist also told/);
    assert.deepStrictEqual(unanswered.map(d => d.severity), [DiagnosticSeverity.Information, DiagnosticSeverity.Information]);
  });

  it('shows the linked complaint in the document info', async () => {
    const info = await client.request<{ complaint?: { uri: string; title: string } }>('pleading/documentInfo', doc(ANSWER));
    assert.deepStrictEqual(info.complaint, { uri: COMPLAINT, title: 'COMPLAINT' });
  });

  it('hovers an answer paragraph with the complaint\'s text and a link to it', async () => {
    const line = lineOf(answerText, '20. ');
    const h = await client.request<Hover>('textDocument/hover', { ...doc(ANSWER), position: { line, character: 1 } });
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /\*\*Complaint ¶20\*\* · FACTUAL ALLEGATIONS/);
    assert.ok(md.includes(`](${COMPLAINT}#L${lineOf(complaintText, '20. ') + 1})`), md);
  });

  it('goes from the answer to the complaint and back', async () => {
    const line = lineOf(answerText, '20. ');
    const toComplaint = await client.request<Location[]>('textDocument/definition', { ...doc(ANSWER), position: { line, character: 1 } });
    assert.deepStrictEqual(toComplaint.map(l => [l.uri, l.range.start.line]), [[COMPLAINT, lineOf(complaintText, '20. ')]]);
    await client.open(COMPLAINT, complaintText);
    const back = await client.request<Location[]>('textDocument/definition', { ...doc(COMPLAINT), position: { line: lineOf(complaintText, '20. '), character: 0 } });
    assert.deepStrictEqual(back.map(l => [l.uri, l.range.start.line]), [[ANSWER, line]]);
    const refs = await client.request<Location[]>('textDocument/references', { ...doc(COMPLAINT), position: { line: lineOf(complaintText, '20. '), character: 0 }, context: { includeDeclaration: true } });
    assert.ok(refs.some(r => r.uri === ANSWER) && refs.some(r => r.uri === COMPLAINT), JSON.stringify(refs));
  });

  it('hovers a complaint paragraph number with the answer\'s response', async () => {
    const h = await client.request<Hover>('textDocument/hover', { ...doc(COMPLAINT), position: { line: lineOf(complaintText, '15. '), character: 0 } });
    assert.match((h.contents as MarkupContent).value, /\*\*Not answered\*\* in answer\\\.txt\./);
  });

  it('names each answer in a complaint paragraph\'s hover: the file, or an unsaved draft', async () => {
    const draft = 'untitled:Untitled-1';
    await client.open(draft, answerText);
    try {
      const h = await client.request<Hover>('textDocument/hover', { ...doc(COMPLAINT), position: { line: lineOf(complaintText, '20. '), character: 0 } });
      const md = (h.contents as MarkupContent).value;
      const answers = md.split('\n').filter(l => l.startsWith('**Answer ¶20**'));
      assert.deepStrictEqual(answers.map(l => /^\*\*Answer ¶20\*\* \((.*?)\) — \*admitted\*/.exec(l)?.[1]), ['answer\\.txt', 'unsaved draft'], md);
      assert.ok(md.includes(`[Open in unsaved draft](${draft}#L`), md);
    } finally {
      await client.close(draft);
    }
  });

  it('inserts a missing response with a quick fix; only text is added, and it checks clean', async () => {
    const d = answerDiagnostics.find(x => x.code === 'unanswered-paragraph')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...doc(ANSWER), range: d.range, context: { diagnostics: [d] } });
    assert.deepStrictEqual(actions.filter(a => a.title.startsWith('Insert response')).map(a => a.title), [
      'Insert response to ¶15: Deny', 'Insert response to ¶15: Lack knowledge or information', 'Insert response to ¶15: Admit', 'Insert response to ¶15: Admit in part, deny the rest',
    ]);
    const deny = actions[0].edit!.changes![ANSWER];
    assert.strictEqual(deny.length, 1);
    assert.deepStrictEqual(deny[0].range.start, deny[0].range.end, 'an insertion, not a replacement');
    assert.match(deny[0].newText, /^\n\n15\. In answer to Paragraph 15, Coastal denies/);
    const fixed = applyEdits(answerText, deny);
    assert.strictEqual(fixed.replace(deny[0].newText, ''), answerText);
    const after = await client.change(ANSWER, deny.map(e => ({ range: e.range, text: e.newText })));
    assert.ok(!after.some(x => x.code === 'unanswered-paragraph' && x.message.startsWith('Paragraph 15 ')), 'finding gone');
    assert.ok(!after.some(x => x.code === 'paragraph-numbering'), 'the numbering gap closed too');
    answerDiagnostics = after;
  });

  it('after a response is deleted, offers its insertion from the emptied line, and no renumbering', async () => {
    const folder = path.join(dir, 'deleted');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'complaint.txt'), readFixture('seed/complaint.txt'));
    const seed = readFixture('seed/answer.txt');
    const line = lineOf(seed, '50. In answer to Paragraph 50');
    const lines = seed.split('\n');
    const emptied = [...lines.slice(0, line), '', ...lines.slice(line + 1)].join('\n');
    const uri = pathToFileURL(path.join(folder, 'answer.txt')).href;
    const original = await client.open(pathToFileURL(path.join(folder, 'original.txt')).href, seed);
    const diagnostics = await client.open(uri, emptied);
    const errors = (ds: Diagnostic[]) => ds.filter(d => d.severity === 1).map(d => d.code).sort();
    assert.deepStrictEqual(errors(diagnostics), [...errors(original), 'unanswered-paragraph'].sort(), 'one error for one deleted response');
    // Ctrl+. on the emptied line: the client sends the diagnostics that touch the cursor.
    const at = { line, character: 0 };
    const touching = diagnostics.filter(d => (d.range.start.line < line || (d.range.start.line === line && d.range.start.character === 0)) && d.range.end.line >= line);
    assert.deepStrictEqual(touching.map(d => d.code), ['unanswered-paragraph']);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...doc(uri), range: { start: at, end: at }, context: { diagnostics: touching } });
    assert.deepStrictEqual(actions.map(a => a.title), [
      'Insert response to ¶50: Deny', 'Insert response to ¶50: Lack knowledge or information', 'Insert response to ¶50: Admit', 'Insert response to ¶50: Admit in part, deny the rest',
    ]);
    assert.strictEqual(actions[0].isPreferred, true);
    const edits = actions[0].edit!.changes![uri];
    const fixed = applyEdits(emptied, edits);
    assert.strictEqual(fixed.split('\n')[line], edits[0].newText, 'the response fills the emptied line');
    assert.deepStrictEqual(errors(await client.change(uri, edits.map(e => ({ range: e.range, text: e.newText })))), errors(original), 'back to the errors the answer had');
  });

  it('offers no renumbering of an answer paragraph that names the complaint paragraph of its own number', async () => {
    const standalone = pathToFileURL(path.join(dir, 'alone', 'answer.txt')).href;
    // Another case number: no complaint is linked, so the gap is a numbering slip.
    const numbering = (await client.open(standalone, answerText.replace('3:26-cv-01234-XYZ', '3:26-cv-09999-XYZ'))).find(d => d.code === 'paragraph-numbering')!;
    assert.match(numbering.message, /skips from 14 to 16/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...doc(standalone), range: numbering.range, context: { diagnostics: [numbering] } });
    assert.deepStrictEqual(actions.map(a => a.title), [], '"16. In answer to Paragraph 16" is numbered right: changing it to 15 would misalign it');
  });

  it('re-checks the answer when the open complaint is edited (unsaved)', async () => {
    // Remove the complaint's last paragraph in the buffer: the answer's ¶42 now answers nothing.
    const lines = complaintText.split('\n');
    const l42 = lineOf(complaintText, '42. ');
    const waiting = client.diagnostics(ANSWER);
    await client.change(COMPLAINT, [{ range: { start: { line: l42, character: 0 }, end: { line: l42, character: lines[l42].length } }, text: '' }]);
    const updated = await waiting;
    assert.ok(updated.some(x => x.code === 'unknown-paragraph' && /Paragraph 42/.test(x.message)), updated.map(x => x.message).join('\n'));
  });

  it('drafts an answer and charts the responses on request', async () => {
    const draft = await client.request<{ text: string }>('pleading/draftAnswer', doc(COMPLAINT));
    assert.match(draft.text, /^UNITED STATES DISTRICT COURT/);
    const refused = await client.request<{ error: string }>('pleading/draftAnswer', doc(ANSWER));
    assert.match(refused.error, /This is an answer/);
    // The chart panel's data: the core's rows, each with its label and its places in both documents.
    const chart = await client.request<ChartView>('pleading/responseChart', doc(ANSWER));
    assert.deepStrictEqual([chart.answer.name, chart.complaint?.name, chart.complaint?.uri], ['answer.txt', 'complaint.txt', COMPLAINT]);
    const row22 = chart.rows.find(r => r.paragraph === 22)!;
    assert.deepStrictEqual([row22.heading, row22.response, row22.label, row22.answeredBy, row22.answerAt], ['FACTUAL ALLEGATIONS', 'general-denial', 'denied (general denial)', [], []]);
    assert.deepStrictEqual(row22.complaintAt, { line: lineOf(complaintText, '22. '), character: 0 });
    const row35 = chart.rows.find(r => r.paragraph === 35)!;
    assert.strictEqual(row35.label, 'incorporation');
    assert.deepStrictEqual(row35.answerAt.map(p => p.line), [lineOf(answerText, '35. ') + 2], 'the inserted ¶15 moved it two lines down');
    assert.strictEqual(chart.totals.total, chart.rows.length);
    // Export…: the CLI's formats.
    const md = await client.request<{ text: string }>('pleading/responseChartText', { ...doc(ANSWER), format: 'md' });
    assert.match(md.text, /^\| ¶ \| Heading \| Allegation begins \| Answered by \| Response \|\n/);
    assert.match(md.text, /^\| 22 \| FACTUAL ALLEGATIONS \| .* \| — \| denied \(general denial\) \|$/m);
    const csv = await client.request<{ text: string }>('pleading/responseChartText', { ...doc(ANSWER), format: 'csv' });
    assert.strictEqual(csv.text.split('\n')[0], 'paragraph,heading,first_words,answered_by,response');
    assert.match((await client.request<{ error: string }>('pleading/responseChart', doc(COMPLAINT))).error, /is for an answer/);
  });

  it('Go to Paragraph with a number: the paragraphs it numbers first, in both documents, then a few that mention it', async () => {
    type Item = { uri: string; label: string; description: string; detail: string; line: number };
    const items = await client.request<Item[]>('pleading/paragraphs', { ...doc(ANSWER), number: 20 });
    assert.deepStrictEqual(items.slice(0, 2).map(i => [i.uri, i.label]), [[ANSWER, '¶20'], [COMPLAINT, '¶20']]);
    assert.strictEqual(items[1].line, lineOf(complaintText, '20. '));
    assert.deepStrictEqual(items.slice(0, 2).map(i => i.description), ['Answer · FACTUAL ALLEGATIONS', 'Complaint · FACTUAL ALLEGATIONS']);
    // Then what mentions 20 as a number of its own ("June 20, 2025"), with the words around it; at most 8.
    const loose = items.slice(2);
    assert.ok(loose.length >= 1 && loose.length <= 8, JSON.stringify(loose));
    for (const i of loose) assert.match(i.detail, /(?<![\d.,])20(?!\d|[.,]\d)/, i.detail);
    // A number inside a bigger one is no match: "$142,500" holds 500, "2025" holds 202.
    for (const n of [500, 202]) assert.deepStrictEqual(await client.request<Item[]>('pleading/paragraphs', { ...doc(ANSWER), number: n }), []);
    assert.strictEqual((await client.request<Item[]>('pleading/paragraphs', doc(ANSWER))).length, 41 + 42, 'no number: every paragraph of both');
  });

  it('lists complaint candidates with the same case number first', async () => {
    const candidates = await client.request<{ relativePath: string }[]>('pleading/complaintCandidates', doc(ANSWER));
    assert.strictEqual(candidates[0].relativePath, 'complaint.txt');
  });

  it('applies a .pleadingrc.json beside the document, and re-reads it when it changes', async () => {
    const rc = path.join(dir, '.pleadingrc.json');
    fs.writeFileSync(rc, '{"rules": {"unanswered-paragraph": "off"}}');
    const waiting = client.diagnostics(ANSWER);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 1 }] });
    const updated = await waiting;
    assert.ok(!updated.some(d => d.code === 'unanswered-paragraph'), updated.map(d => d.code).join());
    fs.writeFileSync(rc, '{oops');
    const broken = client.diagnostics(ANSWER);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    const withError = await broken;
    assert.ok(withError.some(d => d.code === 'config-error' && /not valid JSON/.test(d.message)));
    fs.unlinkSync(rc);
    const restored = client.diagnostics(ANSWER);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 3 }] });
    assert.ok(!(await restored).some(d => d.code === 'config-error'));
  });

  it('links the seed answer to its complaint, and survives the complaint being deleted', async () => {
    const uri = pathToFileURL(path.join(dir, 'seed', 'answer.txt')).href;
    const linked = await client.open(uri, readFixture('seed/answer.txt'));
    assert.ok(linked.some(d => d.code === 'count-mismatch'), 'COUNT VI title differs from the complaint');
    fs.unlinkSync(path.join(dir, 'seed', 'complaint.txt'));
    const waiting = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'seed', 'complaint.txt')).href, type: 3 }] });
    const unlinked = await waiting;
    assert.ok(!unlinked.some(d => d.code === 'count-mismatch'), 'no complaint, no complaint-aware findings');
    assert.ok(unlinked.some(d => d.code === 'incorporation-range'), 'single-document checks go on');
  });

  it('follows the complaint when it is renamed, and survives it becoming unreadable', async () => {
    const folder = path.join(dir, 'renamed');
    fs.mkdirSync(folder);
    const answerPath = path.join(folder, 'answer.txt');
    fs.writeFileSync(answerPath, readFixture('seed/answer.txt'));
    fs.writeFileSync(path.join(folder, 'complaint.txt'), readFixture('seed/complaint.txt'));
    const uri = pathToFileURL(answerPath).href;
    const event = (file: string, type: 1 | 2 | 3) => ({ uri: pathToFileURL(path.join(folder, file)).href, type });
    assert.ok((await client.open(uri, readFixture('seed/answer.txt'))).some(d => d.code === 'count-mismatch'));

    // Renamed: found again under its new name by its case number.
    fs.renameSync(path.join(folder, 'complaint.txt'), path.join(folder, 'first-complaint.txt'));
    let waiting = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [event('complaint.txt', 3), event('first-complaint.txt', 1)] });
    assert.ok((await waiting).some(d => d.code === 'count-mismatch'), 'still linked after the rename');

    // Unreadable: binary content where the complaint was. The answer is still checked on its own.
    fs.writeFileSync(path.join(folder, 'first-complaint.txt'), Buffer.from([0, 1, 2, 0, 255, 0]));
    waiting = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [event('first-complaint.txt', 2)] });
    const alone = await waiting;
    assert.ok(!alone.some(d => d.code === 'count-mismatch'), 'no complaint, no complaint-aware findings');
    assert.ok(alone.some(d => d.code === 'incorporation-range'), 'single-document checks go on');
    // And the server still answers requests: a hover on "Paragraph 1" in the first response.
    const line = readFixture('seed/answer.txt').split('\n').findIndex(l => l.startsWith('1. In answer to Paragraph 1,'));
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 'In answer to Paragraph 1'.length } });
    // Without its complaint, the reference shows the answer's own ¶1 and how it responds.
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /^\*\*¶1\*\* — \*admitted in part\*/);
  });
});
