/**
 * Whole-text scans done block by block, so that after an edit only the blocks it touched are
 * scanned again. A rule that must look at the whole text on every keystroke (every word spelled
 * like a defined term, every doubled mark) asks `blockwise` for one result per block and combines
 * them; with the document's memo, a block the edit did not touch keeps its result.
 *
 * Blocks end just after a line break: the first one at or after each multiple of the block size.
 * So an edit moves the later boundaries with the text (a later block keeps its text, and its
 * result), and a scan finds in the blocks exactly what it finds in the whole text when its matches
 * never hold a line break and nothing it looks at around a match (lookarounds, \b, ^ and $) reads
 * a line break differently from the start or end of a string. A block's result must depend on the
 * block's text alone: offsets in it are relative to the block.
 *
 * A block's results are kept under the names of the scans that asked for them in the last run, so
 * a scan no longer made (a defined-term scan for terms since renamed) does not linger.
 */
import type { PositionMemo } from './memo';

/** Characters per block, before rounding up to a line break. */
export const BLOCK_CHARS = 16384;

/** One block's results, by scan name: shared by the versions whose block has this text. */
export type BlockResults = Record<string, unknown>;

/**
 * Where each block starts, and the text's length last: a block ends after the first line break
 * at or after each multiple of `blockChars` (a line longer than that makes one longer block).
 */
export function blockBounds(text: string, blockChars: number): number[] {
  const bounds = [0];
  let at = 0;
  while (at < text.length) {
    const lf = text.indexOf('\n', Math.max(blockChars, Math.ceil(at / blockChars) * blockChars));
    at = lf < 0 ? text.length : lf + 1;
    bounds.push(at);
  }
  if (bounds.length === 1) bounds.push(0);
  return bounds;
}

/**
 * One check run's whole-text scans: the blocks of its text, and the results the scans asked for.
 * `memo` lends the blocks of the last version checked; `end` keeps this version's in it.
 */
export class BlockRun {
  private bounds?: number[];
  /** The scans asked for in this run, by name. */
  private readonly names = new Set<string>();
  /** Each block's results (made on the run's first scan). */
  private results?: BlockResults[];

  constructor(private readonly text: string, private readonly memo?: PositionMemo<BlockResults>, private readonly blockChars = BLOCK_CHARS) {}

  /**
   * `scan` of each block of the text, in order, with where the block starts. `name` says which
   * scan, and must name everything its result depends on besides the block's text (such as the
   * words it looks for).
   */
  blockwise<V>(name: string, scan: (block: string) => V): { start: number; value: V }[] {
    this.names.add(name);
    const text = this.text;
    const bounds = (this.bounds ??= blockBounds(text, this.blockChars));
    if (!this.results) {
      const memo = this.memo;
      memo?.begin(text);
      this.results = [];
      for (let k = 0; k + 1 < bounds.length; k++) {
        const results = memo?.get(bounds[k], bounds[k + 1], 0)?.value ?? {};
        memo?.set(bounds[k], bounds[k + 1], 0, results);
        this.results.push(results);
      }
    }
    return this.results.map((results, k) => {
      if (!Object.hasOwn(results, name)) results[name] = scan(text.slice(bounds[k], bounds[k + 1]));
      return { start: bounds[k], value: results[name] as V };
    });
  }

  /** Ends the run: the memo keeps this version's blocks, with the results of the scans this run made. */
  end(): void {
    if (!this.results || !this.memo) return;
    for (const results of this.results) for (const name in results) if (!this.names.has(name)) delete results[name];
    this.memo.end();
  }
}
