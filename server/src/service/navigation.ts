/**
 * What sits at a position — a paragraph number, a reference, a range — and which paragraphs it
 * means. Hover, definition and references all start here.
 */
import type { Paragraph, Pleading, Reference, Region, Span } from '../core';
import { paragraphIndexAt } from '../core/analysis';

export type Target =
  | { kind: 'number'; span: Span; paragraph: Paragraph; index: number }
  | { kind: 'reference'; span: Span; from: number; to: number; reference: Reference; paragraph: Paragraph };

const inside = (s: Span, offset: number) => offset >= s.start && offset <= s.end;

export function targetAt(p: Pleading, offset: number): Target | undefined {
  const index = paragraphIndexAt(p, offset);
  if (index < 0) return undefined;
  const paragraph = p.paragraphs[index];
  if (paragraph.numberSpan && inside(paragraph.numberSpan, offset)) return { kind: 'number', span: paragraph.numberSpan, paragraph, index };
  for (const r of paragraph.references) {
    if (!inside(r.span, offset)) continue;
    if (r.preceding) {
      const anchor = paragraph.response?.targets[0] ?? paragraph.number;
      if (anchor === null || anchor === undefined || anchor < 2) return undefined;
      const from = Math.max(1, anchor - (r.preceding.count ?? anchor - 1));
      return { kind: 'reference', span: r.span, from, to: anchor - 1, reference: r, paragraph };
    }
    const range = r.ranges.find(g => inside(g.span, offset));
    if (range) return { kind: 'reference', span: range.span, from: range.from, to: range.to, reference: r, paragraph };
    // On the keyword ("paragraphs"): the whole list.
    const from = Math.min(...r.ranges.map(g => g.from));
    const to = Math.max(...r.ranges.map(g => g.to));
    return { kind: 'reference', span: r.span, from, to, reference: r, paragraph };
  }
  return undefined;
}

/**
 * The paragraphs of this document that paragraph number `n` means. In a complaint: the paragraph
 * numbered n. In an answer, numbers name the complaint's paragraphs: the responses to n.
 */
export function paragraphsFor(p: Pleading, n: number, region: Region = 'body'): Paragraph[] {
  const same = (x: Paragraph) => x.region === region || (region === 'body' && x.region === 'defenses');
  if (p.kind === 'answer' && region === 'body') {
    const responses = p.paragraphs.filter(x => x.region === 'body' && x.response?.targets.includes(n));
    if (responses.length) return responses;
  }
  return p.paragraphs.filter(x => same(x) && x.number === n);
}

/** Every reference in the document whose numbers include `n` (within the same region). */
export function referencesTo(p: Pleading, n: number, region: Region): Span[] {
  const out: Span[] = [];
  for (const para of p.paragraphs) {
    if (para.region !== region) continue;
    for (const r of para.references) {
      if (r.preceding) {
        const anchor = para.response?.targets[0] ?? para.number;
        if (anchor !== null && anchor !== undefined && n < anchor && n >= anchor - (r.preceding.count ?? anchor - 1)) out.push(r.span);
        continue;
      }
      for (const g of r.ranges) if (n >= g.from && n <= g.to) out.push(g.span);
    }
  }
  return out;
}
