/** Random edit sequences through the real server, and response templates from settings. */
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { readFixture, ROOT } from '../helpers/fixtures';
import { LspClient } from './lspClient';

const FRAGMENTS = ['\n', '\n\n', '12. ', 'COUNT II\n', 'In answer to Paragraph 4, ', 'paragraphs 1-', '¶¶ ', 'WHEREFORE', '/s/ ', '“', '\uD800', '😀', 'x', '', '\r\n', 'AFFIRMATIVE DEFENSES\n'];

/** Every diagnostic range lies inside the text. */
function assertInside(text: string, diagnostics: Diagnostic[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} of ${lines.length}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} on line ${p.line}`);
    }
  }
}

describe('random edit sequences through the server', function () {
  this.timeout(120000);
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(() => client.stop());

  it('stays up and keeps every diagnostic inside the document', async () => {
    let doc = 0;
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 300 }), ins: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })) });
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 10 }), async edits => {
      const uri = `file:///work/fuzz-${doc++}.txt`;
      let text = readFixture('seed/answer.txt');
      assertInside(text, await client.open(uri, text));
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        const end = Math.min(text.length, at + e.del);
        const pos = (o: number) => {
          const before = text.slice(0, o).split(/\r\n|\r|\n/);
          return { line: before.length - 1, character: before[before.length - 1].length };
        };
        // A change must not split a CRLF pair or a surrogate pair for the position maths above.
        if (/\r$/.test(text.slice(0, at)) || /\r$/.test(text.slice(0, end))) continue;
        const range = { start: pos(at), end: pos(end) };
        text = text.slice(0, at) + e.ins + text.slice(end);
        assertInside(text, await client.change(uri, [{ range, text: e.ins }]));
      }
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
      await client.close(uri);
    }), { numRuns: 15 });
  });
});

describe('response templates from settings', function () {
  this.timeout(20000);
  it('quick fixes insert the configured phrasing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-templates-'));
    fs.copyFileSync(path.join(ROOT, 'samples/answer.txt'), path.join(dir, 'answer.txt'));
    fs.copyFileSync(path.join(ROOT, 'samples/complaint.txt'), path.join(dir, 'complaint.txt'));
    const client = new LspClient({ responseTemplates: { deny: '{party} flatly denies Paragraph {n}.' } });
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(dir, 'answer.txt')).href;
      const diagnostics = await client.open(uri, fs.readFileSync(path.join(dir, 'answer.txt'), 'utf8'));
      const d = diagnostics.find(x => x.code === 'unanswered-paragraph')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const deny = actions.find(a => a.title === 'Insert response to ¶15: Deny')!;
      assert.strictEqual(deny.edit!.changes![uri][0].newText, '\n\n15. Coastal flatly denies Paragraph 15.');
      const admit = actions.find(a => a.title === 'Insert response to ¶15: Admit')!;
      assert.match(admit.edit!.changes![uri][0].newText, /^\n\n15\. In answer to Paragraph 15, Coastal admits/, 'unset kinds keep the learned phrasing');
    } finally {
      await client.stop();
    }
  });
});
