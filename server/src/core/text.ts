/** Offsets, lines and positions. Everything in the core is a UTF-16 offset into the text. */

export interface Span {
  start: number;
  end: number;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export interface Line {
  /** 0-based line index. */
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, excluding the line break. */
  end: number;
  /** The line's text without its line break. */
  text: string;
}

/**
 * Splits text into lines (LF, CRLF or lone CR) and converts between offsets and positions. Line
 * starts and ends are kept in flat arrays; Line objects are made only for lines that are asked for.
 */
export class LineIndex {
  /** Offset of each line's first character. */
  readonly starts: Int32Array;
  /** Offset just past each line's last character, excluding the line break. */
  readonly ends: Int32Array;
  private cache: (Line | undefined)[] | undefined;

  /**
   * The same lines, further broken before each of `breaks` (ascending offsets inside lines): for a
   * reader that must see structure a line holds run together (text extracted without its line
   * breaks). Positions for editors still come from the text's own lines.
   */
  withBreaks(breaks: readonly number[]): LineIndex {
    if (!breaks.length) return this;
    const starts: number[] = [];
    const ends: number[] = [];
    let k = 0;
    for (let i = 0; i < this.starts.length; i++) {
      let start = this.starts[i];
      const end = this.ends[i];
      while (k < breaks.length && breaks[k] <= start) k++;
      for (; k < breaks.length && breaks[k] < end; k++) {
        starts.push(start);
        ends.push(breaks[k]);
        start = breaks[k];
      }
      starts.push(start);
      ends.push(end);
    }
    return new LineIndex(this.text, Int32Array.from(starts), Int32Array.from(ends));
  }

  constructor(readonly text: string, starts?: Int32Array, ends?: Int32Array) {
    if (starts && ends) {
      this.starts = starts;
      this.ends = ends;
      return;
    }
    // Two passes of indexOf (far fewer steps than a per-character loop): count the lines, then
    // fill arrays of exactly that size, outside the garbage-collected heap.
    let count = 1;
    this.forEachBreak((_start, _brk) => count++);
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    let k = 0;
    const last = this.forEachBreak((start, brk) => {
      this.starts[k] = start;
      this.ends[k++] = brk;
    });
    this.starts[k] = last;
    this.ends[k] = text.length;
  }

  /** Calls `f` with each line's start and break offset (LF, CRLF or lone CR); returns the last line's start. */
  private forEachBreak(f: (start: number, brk: number) => void): number {
    const text = this.text;
    let start = 0;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const atCr = cr >= 0 && (lf < 0 || cr < lf);
      const brk = atCr ? cr : lf;
      f(start, brk);
      start = atCr && text.charCodeAt(cr + 1) === 10 ? cr + 2 : brk + 1;
      if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    }
    return start;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of line `i`, without its line break. */
  lineText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Line `i` as an object (made on first use). */
  line(i: number): Line {
    this.cache ??= new Array(this.starts.length);
    return (this.cache[i] ??= { index: i, start: this.starts[i], end: this.ends[i], text: this.lineText(i) });
  }

  /** All lines as objects. Costly on big documents: prefer line(i), starts and ends. */
  get lines(): Line[] {
    const out: Line[] = new Array(this.starts.length);
    for (let i = 0; i < out.length; i++) out[i] = this.line(i);
    return out;
  }

  /** The 0-based line containing `offset`: the last line starting at or before it. */
  lineAt(offset: number): number {
    return Math.max(0, firstAtOrAfter(this.starts, offset + 1, x => x) - 1);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: Math.min(clamped, this.ends[line]) - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.max(start, Math.min(start + Math.max(0, position.character), this.ends[position.line]));
  }
}

/** Whether a UTF-16 code is white space as String.prototype.trim and /\s/ see it. */
export function isWhitespaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0xfeff || c === 0x1680
    || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The index of the first item at or after `offset`, in items sorted by `at` (binary search); items.length when none. */
export function firstAtOrAfter<T>(items: ArrayLike<T>, offset: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** Collapses runs of whitespace (including line breaks and NBSP) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first `max` characters of squashed text, with an ellipsis when cut. */
export function excerpt(text: string, max = 80): string {
  const s = squash(text);
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max / 2 ? cut : max)}…`;
}

/**
 * Binary content, judged on the first 8 KB of character (or byte) codes: a NUL, or more than 10%
 * control characters other than tab, line breaks and form feed. `at(i)` reads code i.
 */
export function looksBinary(length: number, at: (i: number) => number): boolean {
  const n = Math.min(length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** "1 error", "2 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** `s` as a literal inside a pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}
