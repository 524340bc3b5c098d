/**
 * The PDF layout (server/src/import/layout.ts) on positioned text made in the test: what a
 * running header or footer is, and what it is not.
 */
import * as assert from 'assert';
import { layoutPages, type PositionedPage, type TextPiece } from '../../server/src/import/layout';
import { renderBlocks } from '../../server/src/import/model';

const piece = (str: string, x: number, y: number): TextPiece => ({ str, x, y, width: str.length * 5.5, size: 12 });

describe('PDF layout: running headers and footers', () => {
  it('a body line repeated at the top of every page (repetitive prose) stays; the footer in the bottom band goes', () => {
    // Each page opens with the same closing words of a paragraph and ends in the running footer.
    const pages: PositionedPage[] = Array.from({ length: 6 }, (_v, k) => {
      const n = k + 1;
      return {
        number: n, width: 612, height: 792,
        pieces: [
          piece('and it would not otherwise have done so.', 72, 80),
          piece(`${n}.`, 108, 104), piece(`Harbor Lane paid for oven model ${n} under the Agreement and relied on it throughout.`, 144, 104),
          piece('The oven was to be serviced quarterly, as set out in Schedule B to the Agreement, and Harbor Lane relied on that promise', 72, 128),
          piece('and it would not otherwise have done so.', 72, 152),
          piece('COMPLAINT', 72, 760),
        ],
      };
    });
    const text = renderBlocks(layoutPages(pages).blocks, false);
    assert.strictEqual(text.match(/and it would not otherwise have done so\./g)?.length, 12, text);
    assert.doesNotMatch(text, /COMPLAINT/);
  });
});
