/** Whole-text scans block by block (core/blocks.ts): where blocks end, and what an edit rescans. */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { BlockRun, blockBounds, type BlockResults } from '../../server/src/core/blocks';
import { createMemo } from '../../server/src/core/memo';

describe('blocks: whole-text scans by block', () => {
  it('cut the text after line breaks, covering it exactly', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }).map(s => s.replace(/x/g, '\n')), fc.integer({ min: 1, max: 50 }), (text, size) => {
      const bounds = blockBounds(text, size);
      assert.strictEqual(bounds[0], 0);
      assert.strictEqual(bounds[bounds.length - 1], text.length);
      for (let k = 1; k < bounds.length - 1; k++) {
        assert.ok(bounds[k] > bounds[k - 1], 'ascending');
        assert.strictEqual(text[bounds[k] - 1], '\n', 'a block ends after a line break');
      }
      assert.strictEqual(bounds.slice(1).map((b, k) => text.slice(bounds[k], b)).join(''), text);
    }));
  });

  it('move with the text after an edit, so later blocks keep their text', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `${i + 1}. Line ${'x'.repeat(i % 37)}.`);
    const text = lines.join('\n');
    const at = text.indexOf('200. Line');
    const edited = `${text.slice(0, at)}Q${text.slice(at)}`;
    const before = blockBounds(text, 256);
    const after = blockBounds(edited, 256);
    const later = before.filter(b => b > at + 300);
    assert.ok(later.length > 10);
    // A boundary could move only where a line break sits exactly at a multiple of the size.
    const moved = later.filter(b => !after.includes(b + 1));
    assert.ok(moved.length <= 1, `moved: ${moved.join(', ')}`);
  });

  it('with a memo, scan again only the blocks an edit touched', () => {
    const text = Array.from({ length: 300 }, (_, i) => `${i + 1}. Coastal denies the allegations of Paragraph ${i + 1}${'.'.repeat(i % 7)}`).join('\n');
    const memo = createMemo();
    const scanned: string[] = [];
    const count = (block: string) => { scanned.push(block); return (block.match(/Coastal/g) ?? []).length; };
    const run = (t: string) => {
      const blocks = new BlockRun(t, memo.store<BlockResults>('blocks'), 512);
      const out = blocks.blockwise('count', count);
      blocks.end();
      return out.reduce((n, b) => n + b.value, 0);
    };
    assert.strictEqual(run(text), 300);
    assert.ok(scanned.length > 20, `${scanned.length} blocks`);
    // One character typed, as on a keystroke.
    const at = text.indexOf('150. Coastal') + 4;
    const edited = `${text.slice(0, at)}C${text.slice(at)}`;
    scanned.length = 0;
    assert.strictEqual(run(edited), 300);
    // Rescanned: the block with the edit, and blocks whose ends moved (where a line break sat at a
    // multiple of the block size); every other block kept its result.
    const before = blockBounds(text, 512);
    const after = blockBounds(edited, 512);
    const kept = (s: number, e: number) => {
      const k = before.indexOf(e <= at ? s : s - 1);
      return k >= 0 && before[k + 1] === (e <= at ? e : e - 1) && (e <= at || s > at);
    };
    const expected = after.slice(1).filter((e, k) => !kept(after[k], e)).length;
    assert.ok(expected >= 1 && expected <= 5, `${expected} blocks touched`);
    assert.strictEqual(scanned.length, expected);
    assert.ok(scanned.some(b => b.includes('150.C Coastal')));
  });

  it('drop the results of a scan the last run did not ask for', () => {
    const memo = createMemo();
    const text = '1. Admitted.\n2. Denied.\n';
    const calls: string[] = [];
    const run = (names: string[]) => {
      const blocks = new BlockRun(text, memo.store<BlockResults>('blocks'));
      for (const n of names) blocks.blockwise(n, () => { calls.push(n); return n; });
      blocks.end();
    };
    run(['a', 'b']);
    run(['a']);
    assert.deepStrictEqual(calls, ['a', 'b'], 'the unchanged text is not scanned again');
    run(['a', 'b']);
    assert.deepStrictEqual(calls, ['a', 'b', 'b'], '"b" was dropped after the run that did not ask for it');
  });

  it('keep a result per scan name', () => {
    const blocks = new BlockRun('1. Admitted.\n2. Denied.\n');
    assert.deepStrictEqual(blocks.blockwise('a', b => b.length).map(b => b.value), [24]);
    assert.deepStrictEqual(blocks.blockwise('b', b => b.split('\n').length).map(b => b.value), [3]);
  });
});
