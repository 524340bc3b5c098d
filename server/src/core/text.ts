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

/** Splits text into lines (LF, CRLF or lone CR) and converts between offsets and positions. */
export class LineIndex {
  readonly lines: Line[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    let start = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        this.lines.push({ index: this.lines.length, start, end: i, text: text.slice(start, i) });
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
    this.lines.push({ index: this.lines.length, start, end: n, text: text.slice(start, n) });
  }

  /** The 0-based line containing `offset` (binary search). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const l = this.lines[line];
    return { line, character: Math.min(clamped, l.end) - l.start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const l = this.lines[position.line];
    return Math.max(l.start, Math.min(l.start + Math.max(0, position.character), l.end));
  }
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
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
