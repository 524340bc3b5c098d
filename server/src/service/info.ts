/** Summaries for the client: the status bar and the Go to Paragraph… quick pick. */
import { excerpt, type Pleading } from '../core';
import type { Analysis, LinkedDocument } from './analysis';
import { placeOf } from '../core/analysis';

export interface DocumentInfo {
  kind: string;
  title?: string;
  caseNumber?: string;
  paragraphs: number;
  counts: number;
  defenses: number;
  errors: number;
  warnings: number;
  skipped?: string;
  /** The linked complaint of an answer. */
  complaint?: { uri: string; title?: string };
}

export function documentInfo(a: Analysis): DocumentInfo {
  const p = a.pleading;
  return {
    kind: p.kind,
    title: p.caption.title?.text,
    caseNumber: p.caption.caseNumber?.text,
    paragraphs: p.paragraphs.filter(x => x.number !== null && x.region !== 'defenses').length,
    counts: p.headings.filter(h => h.kind === 'count').length,
    defenses: p.defenses.length,
    errors: a.findings.filter(f => f.severity === 'error').length,
    warnings: a.findings.filter(f => f.severity === 'warning').length,
    skipped: a.skipped,
    complaint: a.complaint ? { uri: a.complaint.uri, title: a.complaint.pleading.caption.title?.text } : undefined,
  };
}

export interface ParagraphItem {
  uri: string;
  label: string;
  description: string;
  detail: string;
  line: number;
  character: number;
}

/** This document's paragraphs, then the linked complaint's (or the answers'), for a quick pick. */
export function paragraphList(a: Analysis, others: LinkedDocument[] = []): ParagraphItem[] {
  const list = (doc: { uri: string; lines: Analysis['lines']; pleading: Pleading }, prefix: string) => doc.pleading.paragraphs.map(para => {
    const pos = doc.lines.positionAt((para.numberSpan ?? para.span).start);
    return {
      uri: doc.uri,
      label: `${prefix}${para.number !== null ? `¶${para.number}` : `Response to ¶${para.response?.targets.join(', ') ?? '?'}`}`,
      description: placeOf(doc.pleading, para),
      detail: excerpt(para.body, 120),
      line: pos.line,
      character: pos.character,
    };
  });
  const own = a.pleading.kind === 'answer' ? 'Answer ' : a.pleading.kind === 'complaint' ? 'Complaint ' : '';
  const linked = a.complaint ? [a.complaint] : others;
  return [
    ...list(a, own),
    ...linked.flatMap(d => list(d, d.pleading.kind === 'answer' ? 'Answer ' : 'Complaint ')),
  ];
}
