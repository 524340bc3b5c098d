/**
 * Hover on a paragraph number, a reference or a range: what it points to, in Markdown. In an
 * answer linked to its complaint, that is the complaint's text; on a complaint paragraph's
 * number, the answer's response to it.
 */
import type { Hover } from 'vscode-languageserver-types';
import { excerpt, type Paragraph, type Pleading } from '../core';
import { mdRedline } from '../core/amend/report';
import { placeOf } from '../core/analysis';
import { responseLabel } from '../core/outline';
import type { EarlierVersion } from './amend';
import type { Analysis, LinkedDocument } from './analysis';
import { pageAt } from '../link/imported';
import { toRange } from './convert';
import { documentName } from './documentName';
import { paragraphsFor, targetAt } from './navigation';

/** Characters that Markdown would otherwise interpret, in document text shown in a hover. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, c => `\\${c}`);
}

/** A link that opens `doc` at the paragraph's line. */
function openLink(doc: { uri: string; lines: { positionAt(o: number): { line: number } } }, para: Paragraph, label: string): string {
  return `[${label}](${doc.uri}#L${doc.lines.positionAt(para.span.start).line + 1})`;
}

/** `source` names the document the paragraph is in, when it is not obvious (one of several answers). */
function describeParagraph(p: Pleading, para: Paragraph, max = 600, prefix = '', source?: string): string {
  const label = para.number !== null ? `${prefix}¶${para.number}` : `${prefix}response to ¶${para.response?.targets.join(', ')}`;
  const place = placeOf(p, para);
  const kind = para.response ? ` — *${responseLabel(para.response.kind)}*` : '';
  return `**${label}**${source ? ` (${escapeMarkdown(source)})` : ''}${kind}${place ? ` · ${escapeMarkdown(place)}` : ''}\n\n> ${escapeMarkdown(excerpt(para.body, max))}`;
}

function complaintParagraph(c: LinkedDocument, n: number, max = 600): string | undefined {
  const para = paragraphsFor(c.pleading, n)[0];
  return para ? `${describeParagraph(c.pleading, para, max, 'Complaint ')}\n\n${openLink(c, para, 'Open in complaint')}${sourcePage(c, para)}` : undefined;
}

/** " · complaint.pdf, p. 7" for a complaint read from a PDF or Word file. */
function sourcePage(c: LinkedDocument, para: Paragraph): string {
  if (!c.source) return '';
  const page = pageAt(c.source.pages, para.span.start);
  return ` · ${escapeMarkdown(c.source.name)}${page !== undefined ? `, p. ${page}` : ''}`;
}

/** What became of complaint paragraph `n` since the version it amends. */
function sinceEarlier(e: EarlierVersion, n: number): string | undefined {
  const pair = e.changes.get(n);
  if (!pair) return undefined;
  const since = `**Since ${escapeMarkdown(e.name)}:**`;
  const was = pair.oldNumber !== undefined && pair.oldNumber !== n ? ` (was ¶${pair.oldNumber})` : '';
  if (pair.change === 'new') return `${since} new in this version.`;
  if (pair.reworded && pair.redline) return `${since} ${pair.change === 'moved' ? 'moved and reworded' : 'reworded'}${was}.\n\n> ${mdRedline(pair.redline)}`;
  return `${since} ${pair.change === 'moved' ? 'moved' : 'unchanged'}${was}.`;
}

export function hover(a: Analysis, offset: number, answers: LinkedDocument[] = [], earlier?: EarlierVersion): Hover | null {
  const p = a.pleading;
  const t = targetAt(p, offset);
  if (!t) return null;
  const region = t.paragraph.region;
  const complaint = p.kind === 'answer' && region === 'body' ? a.complaint : undefined;
  let value: string;
  if (t.kind === 'number') {
    const para = t.paragraph;
    const r = para.response;
    const lines = [`**¶${para.number}**${placeOf(p, para) ? ` · ${escapeMarkdown(placeOf(p, para))}` : ''}`];
    if (r) lines.push(`Response: *${responseLabel(r.kind)}*${r.implicit ? ` (to Paragraph ${para.number}, by its number)` : ` to Paragraph${r.targets.length > 1 ? 's' : ''} ${r.targets.join(', ')}`}`);
    if (complaint && r) {
      for (const n of r.targets.slice(0, 3)) lines.push(complaintParagraph(complaint, n) ?? `The complaint has no paragraph ${n}.`);
    }
    if (p.kind === 'complaint' && para.number !== null && earlier) {
      const since = sinceEarlier(earlier, para.number);
      if (since) lines.push(since);
    }
    if (p.kind === 'complaint' && para.number !== null) {
      // Each answer named: the saved answer and an unsaved draft of it may both respond.
      for (const answer of answers) {
        const name = documentName(answer.uri, a.uri);
        const responses = paragraphsFor(answer.pleading, para.number).filter(x => x.response);
        for (const x of responses.slice(0, 2)) lines.push(`${describeParagraph(answer.pleading, x, 400, 'Answer ', name)}\n\n${openLink(answer, x, `Open in ${escapeMarkdown(name)}`)}`);
        if (!responses.length) lines.push(`**Not answered** in ${escapeMarkdown(name)}.`);
      }
    }
    value = lines.join('\n\n');
  } else if (t.from === t.to) {
    if (complaint) {
      value = complaintParagraph(complaint, t.from) ?? `**¶${t.from}** is not in the complaint.`;
    } else {
      const found = paragraphsFor(p, t.from, region);
      value = found.length ? found.slice(0, 3).map(x => describeParagraph(p, x)).join('\n\n---\n\n') : `**¶${t.from}** is not in this document.`;
    }
  } else {
    const lo = Math.min(t.from, t.to);
    const hi = Math.max(t.from, t.to);
    const source = complaint?.pleading ?? p;
    const sourceRegion = complaint ? 'body' : region;
    const first = paragraphsFor(source, lo, sourceRegion)[0];
    const last = paragraphsFor(source, hi, sourceRegion)[0];
    const missing: number[] = [];
    for (let n = lo; n <= hi && missing.length < 6 && hi - lo < 5000; n++) if (!paragraphsFor(source, n, sourceRegion).length) missing.push(n);
    const where = complaint ? ' of the complaint' : '';
    const prefix = complaint ? 'Complaint ' : '';
    const parts = [`**Paragraphs ${lo}–${hi}**${where}: ${hi - lo + 1} paragraph${hi === lo ? '' : 's'}`];
    if (first) parts.push(`First: ${describeParagraph(source, first, 160, prefix)}`);
    if (last) parts.push(`Last: ${describeParagraph(source, last, 160, prefix)}`);
    if (missing.length) parts.push(`Not in ${complaint ? 'the complaint' : 'this document'}: ${missing.slice(0, 5).map(n => `¶${n}`).join(', ')}${missing.length > 5 ? ' …' : ''}`);
    value = parts.join('\n\n');
  }
  return { contents: { kind: 'markdown', value }, range: toRange(a.lines, t.span) };
}
