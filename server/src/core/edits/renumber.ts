/**
 * Renumbering paragraphs from one point on, and the references that point at them. Pure: returns
 * edits as spans and replacement text; the service turns them into LSP edits.
 */
import type { Pleading } from '../model';
import type { Span } from '../text';
import { formatNumeral } from '../numerals';

export interface TextEdit {
  span: Span;
  newText: string;
}

/**
 * Renumbers the paragraphs of `paragraphIndex`'s region from that paragraph on, starting at
 * `from`, and rewrites references to renumbered paragraphs. References in an answer point at the
 * complaint's numbers, so they are left alone there.
 */
export function renumberFrom(pleading: Pleading, paragraphIndex: number, from: number): TextEdit[] {
  const start = pleading.paragraphs[paragraphIndex];
  if (!start) return [];
  const edits: TextEdit[] = [];
  const moved = new Map<number, number>();
  let next = from;
  for (let i = paragraphIndex; i < pleading.paragraphs.length; i++) {
    const p = pleading.paragraphs[i];
    if (p.region !== start.region || p.number === null || !p.numberSpan) continue;
    if (p.number !== next) {
      edits.push({ span: p.numberSpan, newText: numberLike(next, pleading.text.slice(p.numberSpan.start, p.numberSpan.end)) });
      if (!moved.has(p.number)) moved.set(p.number, next);
    }
    next++;
  }
  if (pleading.kind === 'answer' || !moved.size) return edits;
  const rewrite = (value: number, at: number) => {
    const to = moved.get(value);
    if (to !== undefined) edits.push({ span: { start: at, end: at + String(value).length }, newText: String(to) });
  };
  for (const p of pleading.paragraphs) {
    if (p.region !== start.region) continue;
    for (const r of p.references) {
      for (const g of r.ranges) {
        rewrite(g.from, g.span.start);
        if (g.to !== g.from) rewrite(g.to, g.span.end - String(g.to).length);
      }
    }
  }
  return dedupe(edits);
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<number>();
  return edits.filter(e => (seen.has(e.span.start) ? false : (seen.add(e.span.start), true))).sort((a, b) => a.span.start - b.span.start);
}

/** `n` written as the paragraph number it replaces is: digits, or an ordinal ("NINTH" → "EIGHTH"). */
export function numberLike(n: number, written: string): string {
  return /^[A-Za-z]/.test(written) ? formatNumeral(n, 'ordinal', written) : String(n);
}
