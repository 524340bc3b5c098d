/**
 * Text with its whitespace collapsed, and the way back to the document: patterns over a response are
 * written with plain spaces (simple and linear), and a span found in the collapsed text maps back
 * to where it stands in the document.
 */
import { firstAtOrAfter, type Span } from '../text';

/**
 * Text with each run of whitespace collapsed to one space, and where each character came from.
 * Most responses are already single-spaced, so the mapping is kept sparse: `at[k]` is an index in
 * `text` from which characters map to raw offset `from[k]` onwards, one for one, until the next
 * breakpoint. Raw offsets are relative to the raw text, so the same mapping serves wherever the
 * text stands in the document (`base`).
 */
export interface Normalized {
  readonly text: string;
  /** Document offset of the raw text. */
  readonly base: number;
  /** Breakpoints (indices into text), ascending; empty when text is the raw text itself. */
  readonly at: readonly number[];
  /** Offset in the raw text that the character at `at[k]` came from. */
  readonly from: readonly number[];
  /** Length of the raw text. */
  readonly rawLength: number;
}

/** A whitespace run that is not a lone plain space: the only places normalizing changes anything. */
const COLLAPSIBLE = /[^\S ]\s*| \s+/g;
export const NO_BREAKS: readonly number[] = Object.freeze([]);

/**
 * Any whitespace but the plain space, or two plain spaces: one character class (the whitespace
 * \s stands for, listed) scanned once, twice as fast as a substring search for each of the common
 * ones and a pattern for the rest.
 */
const COLLAPSIBLE_ANY = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Whether `raw` has a run of whitespace to collapse. */
function hasCollapsible(raw: string): boolean {
  return COLLAPSIBLE_ANY.test(raw);
}

export function normalize(raw: string, base = 0): Normalized {
  // Hot path (every response, several rules): most responses have nothing to collapse; otherwise
  // a native pattern finds the runs, slices of unchanged text are joined once, one breakpoint per run.
  if (!hasCollapsible(raw)) return { text: raw, base, at: NO_BREAKS, from: NO_BREAKS, rawLength: raw.length };
  COLLAPSIBLE.lastIndex = 0;
  let m = COLLAPSIBLE.exec(raw);
  if (!m) return { text: raw, base, at: NO_BREAKS, from: NO_BREAKS, rawLength: raw.length };
  const at: number[] = [];
  const from: number[] = [];
  const parts: string[] = [];
  let runStart = 0;
  let length = 0;
  for (; m; m = COLLAPSIBLE.exec(raw)) {
    const i = m.index;
    parts.push(raw.slice(runStart, i), ' ');
    length += i - runStart + 1;
    runStart = i + m[0].length;
    // Text after the run maps from the run's end.
    at.push(length);
    from.push(runStart);
  }
  parts.push(raw.slice(runStart));
  return { text: parts.join(''), base, at, from, rawLength: raw.length };
}

/** The document offset of normalized text index `i` (text.length maps to the end of the raw text). */
export function offsetOf(n: Normalized, i: number): number {
  if (i >= n.text.length) return n.base + n.rawLength;
  // The last breakpoint at or before i (offsets are whole numbers).
  const k = firstAtOrAfter(n.at, i + 1, x => x) - 1;
  return n.base + (k < 0 ? i : n.from[k] + (i - n.at[k]));
}

/** The document span of normalized text [start, end). */
export function spanIn(n: Normalized, start: number, end: number): Span {
  const s = offsetOf(n, start);
  return { start: s, end: end > start ? offsetOf(n, end - 1) + 1 : s };
}
