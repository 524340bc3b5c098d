/**
 * The memo (core/memo.ts) is purely an optimisation: a document analysed version after version
 * with one memo must give exactly the model and findings it gives analysed from scratch.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { check, parse, type Pleading } from '../../server/src/core';
import { commonPrefix, commonSuffix, createMemo } from '../../server/src/core/memo';
import { loadFixtures, readFixture } from '../helpers/fixtures';

/** What the memo may affect: every paragraph's references and response, and the findings. */
function reading(p: Pleading, complaint?: Pleading): string {
  return JSON.stringify({
    paragraphs: p.paragraphs.map(x => ({ number: x.number, body: x.bodySpan, references: x.references, response: x.response })),
    findings: check(p, { complaint }),
  });
}

describe('memo: reuse across versions', () => {
  const docs = loadFixtures();
  const complaints = new Map(docs.filter(d => d.kind === 'complaint').map(d => [d.file, parse(d.text)]));
  const complaintFor = (i: number) => complaints.get(docs[i].file.replace(/answer/, 'complaint'));

  it('gives the same model and findings as analysing each version from scratch', () => {
    const edit = fc.record({
      doc: fc.integer({ min: 0, max: docs.length - 1 }),
      // Whole-text scans go block by block (core/blocks.ts): results must not depend on the block size.
      blockChars: fc.constantFrom(undefined, 1, 64, 700),
      edits: fc.array(fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        del: fc.integer({ min: 0, max: 40 }),
        ins: fc.constantFrom('', 'x', ' ', '\n', '\n\n', 'Denied. ', 'paragraphs 1-3 ', 'admits ', 'lacks knowledge ', '12. ', 'COUNT II\n',
          '\n- 12 -\n', '\n<!-- no response is required -->\n', 'speaks for itself. ', 'neither admits nor denies ',
          'incorporates each of the foregoing paragraphs. ', 'realleges the preceding 12 paragraphs.\n'),
      }), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(fc.property(edit, ({ doc, blockChars, edits }) => {
      const memo = createMemo({ blockChars });
      const complaint = complaintFor(doc);
      let text = docs[doc].text;
      for (const e of [{ at: 0, del: 0, ins: '' }, ...edits]) {
        const at = Math.floor(e.at * text.length);
        text = text.slice(0, at) + e.ins + text.slice(at + e.del);
        const withMemo = parse(text, { memo });
        const fresh = parse(text);
        const a = JSON.stringify({
          paragraphs: withMemo.paragraphs.map(x => ({ number: x.number, body: x.bodySpan, references: x.references, response: x.response })),
          findings: check(withMemo, { complaint, memo }),
        });
        assert.strictEqual(a, reading(fresh, complaint));
        // The same version checked again against another complaint (the server does this when
        // the link changes): the memo's second pass over one text must not change anything.
        assert.deepStrictEqual(check(withMemo, { memo }), check(fresh));
      }
    }), { numRuns: 60 });
  });

  it('reuses the reading of paragraphs an edit did not touch, and re-reads the one it did', () => {
    const text = readFixture('seed/answer.txt');
    const memo = createMemo();
    const first = parse(text, { memo });
    check(first, { memo });
    // Edit the middle paragraph's last word.
    const mid = first.paragraphs[Math.floor(first.paragraphs.length / 2)];
    const at = mid.bodySpan.end - 1;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const second = parse(edited, { memo });
    const index = first.paragraphs.indexOf(mid);
    const withReferences = first.paragraphs.map((p, i) => ({ p, i })).filter(({ p, i }) => i < index && p.references.length > 0);
    assert.ok(withReferences.length >= 3, 'the sample has references before the edit');
    // Above the edit nothing moved: the very same objects are reused.
    for (const { i } of withReferences) assert.strictEqual(second.paragraphs[i].references, first.paragraphs[i].references, `¶${first.paragraphs[i].number}`);
    // The edited paragraph is read again; below it, readings move with the text.
    assert.notStrictEqual(second.paragraphs[index].references, mid.references);
    const after = second.paragraphs.findIndex((p, i) => i > index && p.references.length > 0);
    assert.ok(after > index);
    assert.strictEqual(second.paragraphs[after].references[0].span.start, first.paragraphs[after].references[0].span.start + 1);
  });

  it('keeps only one version of entries', () => {
    const memo = createMemo();
    const original = readFixture('seed/answer.txt');
    let last = original;
    for (let k = 0; k < 20; k++) {
      // Every version changes most paragraphs: unpruned, the memo would grow by that much each time.
      last = original.replace(/\.\n/g, ` v${k}.\n`);
      check(parse(last, { memo }), { memo });
    }
    // Only the last version's: one entry per unit read (paragraphs, and the unnumbered units an
    // answer lets go once read), however many versions went before — as many as a fresh memo holds.
    const fresh = createMemo();
    parse(last, { memo: fresh });
    assert.ok(fresh.store('paragraphs').size >= parse(last).paragraphs.length);
    assert.strictEqual(memo.store('paragraphs').size, fresh.store('paragraphs').size);
  });

  it('finds the common prefix and suffix of two versions, across chunk boundaries', () => {
    fc.assert(fc.property(fc.string({ maxLength: 5000 }), fc.nat(5000), fc.string({ maxLength: 3 }), fc.nat(3), (base, at, ins, del) => {
      const a = base;
      const i = Math.min(at, a.length);
      const b = a.slice(0, i) + ins + a.slice(i + del);
      const prefix = commonPrefix(a, b);
      const suffix = commonSuffix(a, b, Math.min(a.length, b.length) - prefix);
      // Exactly the longest ones, without overlapping.
      assert.strictEqual(a.slice(0, prefix), b.slice(0, prefix));
      assert.ok(prefix === Math.min(a.length, b.length) || a[prefix] !== b[prefix]);
      assert.strictEqual(a.slice(a.length - suffix), b.slice(b.length - suffix));
      assert.ok(prefix + suffix <= Math.min(a.length, b.length));
      assert.ok(prefix + suffix === Math.min(a.length, b.length) || a[a.length - 1 - suffix] !== b[b.length - 1 - suffix]);
    }), { numRuns: 300 });
    const long = 'x'.repeat(10000);
    assert.strictEqual(commonPrefix(long, long), 10000);
    assert.strictEqual(commonPrefix(long, `${long.slice(0, 4100)}y${long.slice(4100)}`), 4100);
  });
});
