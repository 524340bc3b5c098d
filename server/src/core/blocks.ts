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
import type { Pleading } from './model';

/** Characters per block, before rounding up to a line break. */
export const BLOCK_CHARS = 16384;

/** One block's results, by scan name: shared by the versions whose block has this text. */
export type BlockResults = Record<string, unknown>;

interface Run {
  /** Block starts, and the text's length last. */
  bounds?: number[];
  /** The scans asked for in this run, by name. */
  names: Set<string>;
  /** Each block's results (made on the run's first scan). */
  results?: BlockResults[];
  memo?: PositionMemo<BlockResults>;
  blockChars: number;
}

const runs = new WeakMap<Pleading, Run>();

/** Starts a check run over a model; `memo` lends the blocks of the last version checked. */
export function beginBlocks(p: Pleading, memo?: PositionMemo<BlockResults>, blockChars = BLOCK_CHARS): void {
  startRun(p, memo, blockChars);
}

function startRun(p: Pleading, memo: PositionMemo<BlockResults> | undefined, blockChars: number): Run {
  const run: Run = { memo, blockChars, names: new Set() };
  runs.set(p, run);
  return run;
}

/** Ends a check run: the memo keeps this version's blocks. */
export function releaseBlocks(p: Pleading): void {
  const run = runs.get(p);
  if (run?.results && run.memo) {
    for (const results of run.results) for (const name in results) if (!run.names.has(name)) delete results[name];
    run.memo.end();
  }
  runs.delete(p);
}

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
 * `scan` of each block of the text, in order, with where the block starts. `name` says which scan,
 * and must name everything its result depends on besides the block's text (such as the words it
 * looks for).
 */
export function blockwise<V>(p: Pleading, name: string, scan: (block: string) => V): { start: number; value: V }[] {
  // Outside a check run (a rule called on its own), a run without a memo.
  const run = runs.get(p) ?? startRun(p, undefined, BLOCK_CHARS);
  run.names.add(name);
  const text = p.text;
  const bounds = (run.bounds ??= blockBounds(text, run.blockChars));
  if (!run.results) {
    const memo = run.memo;
    memo?.begin(text);
    run.results = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const results = memo?.get(bounds[k], bounds[k + 1], 0)?.value ?? {};
      memo?.set(bounds[k], bounds[k + 1], 0, results);
      run.results.push(results);
    }
  }
  return run.results.map((results, k) => {
    if (!Object.hasOwn(results, name)) results[name] = scan(text.slice(bounds[k], bounds[k + 1]));
    return { start: bounds[k], value: results[name] as V };
  });
}
