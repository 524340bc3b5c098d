/**
 * A comparison as a lawyer reads it: Markdown (deletions struck through, insertions in bold),
 * a standalone HTML redline (<del>/<ins>, every character escaped), or JSON for scripts.
 */
import type { Pleading } from '../model';
import { LineIndex } from '../text';
import type { Comparison, ParagraphPair } from './compare';
import type { RedlineSegment } from './redline';

const LABEL: Record<ParagraphPair['change'], string> = {
  unchanged: 'unchanged',
  renumbered: 'renumbered',
  reworded: 'reworded',
  moved: 'moved',
  new: 'new',
  deleted: 'deleted',
};

function numbers(p: ParagraphPair): string {
  if (p.oldNumber === undefined) return `¶${p.newNumber}`;
  if (p.newNumber === undefined) return `old ¶${p.oldNumber}`;
  return p.oldNumber === p.newNumber ? `¶${p.newNumber}` : `¶${p.newNumber} (was ¶${p.oldNumber})`;
}

function label(p: ParagraphPair): string {
  return p.change === 'moved' && p.reworded ? 'moved and reworded' : LABEL[p.change];
}

/** Markdown emphasis around a segment, with the text's own markup characters escaped. */
function mdEscape(s: string): string {
  return s.replace(/([\\`*_~[\]<>|#])/g, '\\$1');
}

/** A redline in Markdown: deletions struck through, insertions in bold, the text's own markup escaped. */
export function mdRedline(segments: RedlineSegment[]): string {
  return segments.map(s => {
    const t = s.text.replace(/\s+/g, ' ');
    const core = mdEscape(t.trim());
    if (!core) return t;
    const pad = t.endsWith(' ') ? ' ' : '';
    return s.op === 'same' ? mdEscape(t) : s.op === 'del' ? `~~${core}~~${pad}` : `**${core}**${pad}`;
  }).join('').trim();
}

function body(p: Pleading, index: number | undefined): string {
  return index === undefined ? '' : p.paragraphs[index].body.replace(/\s+/g, ' ').trim();
}

/**
 * Every changed paragraph with its redline; unchanged ones only counted (`all` lists them too).
 * With `links` (the documents' URIs, in the editor) the title and each paragraph link back to
 * both documents at the paragraph's line.
 */
export function comparisonMarkdown(c: Comparison, before: Pleading, after: Pleading, names: { before: string; after: string }, all = false, links?: { before: string; after: string }): string {
  const out: string[] = [];
  const name = (which: 'before' | 'after') => (links ? `[${mdEscape(names[which])}](${links[which]})` : mdEscape(names[which]));
  const lines = links && { before: new LineIndex(before.text), after: new LineIndex(after.text) };
  const at = (which: 'before' | 'after', index: number | undefined, label: string) => {
    if (!links || !lines || index === undefined) return '';
    const line = lines[which].positionAt((which === 'before' ? before : after).paragraphs[index].span.start).line + 1;
    return ` [${label}](${links[which]}#L${line})`;
  };
  out.push(`# ${name('after')} compared with ${name('before')}`, '', `**${mdEscape(c.summary)}**`, '');
  if (c.counts.some(x => x.change !== 'unchanged')) {
    out.push('## COUNTs', '');
    for (const x of c.counts) {
      if (x.change === 'unchanged') continue;
      const text = x.change === 'new' ? `${x.newLabel}: new` : x.change === 'dropped' ? `${x.oldLabel}: dropped` : `${x.oldLabel} → ${x.newLabel} (${x.change})`;
      out.push(`- ${mdEscape(text)}`);
    }
    out.push('');
  }
  out.push('## Paragraphs', '');
  let same = 0;
  for (const p of c.paragraphs) {
    if (!all && (p.change === 'unchanged' || p.change === 'renumbered')) { same++; continue; }
    out.push(`### ${numbers(p)} — ${label(p)}${at('after', p.new, 'open')}${at('before', p.old, 'earlier')}`, '');
    if (p.redline) out.push(mdRedline(p.redline), '');
    else if (p.change === 'deleted') out.push(`~~${mdEscape(body(before, p.old))}~~`, '');
    else out.push(mdEscape(body(after, p.new)), '');
  }
  if (same) out.push(`${same} ${same === 1 ? 'paragraph' : 'paragraphs'} unchanged in substance (some renumbered) are not shown.`, '');
  return out.join('\n');
}

function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function htmlRedline(segments: RedlineSegment[]): string {
  return segments.map(s => (s.op === 'same' ? html(s.text) : s.op === 'del' ? `<del>${html(s.text)}</del>` : `<ins>${html(s.text)}</ins>`)).join('');
}

/** A standalone page: no scripts, no remote resources. */
export function comparisonHtml(c: Comparison, before: Pleading, after: Pleading, names: { before: string; after: string }): string {
  const rows = c.paragraphs.map(p => {
    const text = p.redline ? htmlRedline(p.redline) : p.change === 'deleted' ? `<del>${html(body(before, p.old))}</del>` : p.change === 'new' ? `<ins>${html(body(after, p.new))}</ins>` : html(body(after, p.new));
    return `<tr class="${p.change}"><td>${html(numbers(p))}</td><td>${html(label(p))}</td><td>${text}</td></tr>`;
  });
  const counts = c.counts.filter(x => x.change !== 'unchanged').map(x => `<li>${html(x.change === 'new' ? `${x.newLabel}: new` : x.change === 'dropped' ? `${x.oldLabel}: dropped` : `${x.oldLabel} → ${x.newLabel} (${x.change})`)}</li>`);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${html(names.after)} compared with ${html(names.before)}</title>
<style>body{font-family:"Times New Roman",serif;max-width:60em;margin:2em auto}del{color:#a00}ins{color:#060;text-decoration:underline}td{vertical-align:top;padding:.3em .6em;border-bottom:1px solid #ddd}tr.unchanged,tr.renumbered{color:#666}td:first-child,td:nth-child(2){white-space:nowrap}</style>
</head><body>
<h1>${html(names.after)} compared with ${html(names.before)}</h1>
<p><strong>${html(c.summary)}</strong></p>
${counts.length ? `<h2>COUNTs</h2><ul>${counts.join('')}</ul>` : ''}
<table><thead><tr><th>paragraph</th><th>change</th><th>text</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>
`;
}

export function comparisonJson(c: Comparison): unknown {
  return {
    summary: c.summary,
    counts: c.counts.map(x => ({ change: x.change, old: x.oldLabel, new: x.newLabel })),
    paragraphs: c.paragraphs.map(p => ({
      change: p.change,
      reworded: p.reworded,
      oldNumber: p.oldNumber ?? null,
      newNumber: p.newNumber ?? null,
      similarity: Math.round(p.similarity * 1000) / 1000,
      ...(p.redline ? { redline: p.redline } : {}),
    })),
  };
}
