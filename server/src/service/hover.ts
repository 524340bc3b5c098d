/** Hover on a paragraph number, a reference or a range: what it points to, in Markdown. */
import type { Hover } from 'vscode-languageserver-types';
import { excerpt, type Paragraph, type Pleading } from '../core';
import { placeOf } from '../core/analysis';
import { responseLabel } from '../core/outline';
import type { Analysis } from './analysis';
import { toRange } from './convert';
import { paragraphsFor, targetAt } from './navigation';

/** Characters that Markdown would otherwise interpret, in document text shown in a hover. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, c => `\\${c}`);
}

function describeParagraph(p: Pleading, para: Paragraph, max = 600): string {
  const label = para.number !== null ? `¶${para.number}` : `Response to ¶${para.response?.targets.join(', ')}`;
  const place = placeOf(p, para);
  const kind = para.response ? ` — *${responseLabel(para.response.kind)}*` : '';
  return `**${label}**${kind}${place ? ` · ${escapeMarkdown(place)}` : ''}\n\n> ${escapeMarkdown(excerpt(para.body, max))}`;
}

export function hover(a: Analysis, offset: number): Hover | null {
  const p = a.pleading;
  const t = targetAt(p, offset);
  if (!t) return null;
  const region = t.paragraph.region;
  let value: string;
  if (t.kind === 'number') {
    const para = t.paragraph;
    const r = para.response;
    const lines = [`**¶${para.number}**${placeOf(p, para) ? ` · ${escapeMarkdown(placeOf(p, para))}` : ''}`];
    if (r) lines.push(`Response: *${responseLabel(r.kind)}*${r.implicit ? ` (to Paragraph ${para.number}, by its number)` : ` to Paragraph${r.targets.length > 1 ? 's' : ''} ${r.targets.join(', ')}`}`);
    value = lines.join('\n\n');
  } else if (t.from === t.to) {
    const found = paragraphsFor(p, t.from, region);
    value = found.length
      ? found.slice(0, 3).map(x => describeParagraph(p, x)).join('\n\n---\n\n')
      : `**¶${t.from}** is not in this document.`;
  } else {
    const lo = Math.min(t.from, t.to);
    const hi = Math.max(t.from, t.to);
    const first = paragraphsFor(p, lo, region)[0];
    const last = paragraphsFor(p, hi, region)[0];
    const missing: number[] = [];
    for (let n = lo; n <= hi && missing.length < 6 && hi - lo < 5000; n++) if (!paragraphsFor(p, n, region).length) missing.push(n);
    const parts = [`**Paragraphs ${lo}–${hi}**: ${hi - lo + 1} paragraph${hi === lo ? '' : 's'}`];
    if (first) parts.push(`First: ${describeParagraph(p, first, 160)}`);
    if (last) parts.push(`Last: ${describeParagraph(p, last, 160)}`);
    if (missing.length) parts.push(`Not in this document: ${missing.slice(0, 5).map(n => `¶${n}`).join(', ')}${missing.length > 5 ? ' …' : ''}`);
    value = parts.join('\n\n');
  }
  return { contents: { kind: 'markdown', value }, range: toRange(a.lines, t.span) };
}
