/** Summaries for the client: the status bar and the Go to Paragraph… quick pick. */
import { excerpt } from '../core';
import type { Analysis } from './analysis';
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

export function paragraphList(a: Analysis): ParagraphItem[] {
  const p = a.pleading;
  return p.paragraphs.map(para => {
    const pos = a.lines.positionAt((para.numberSpan ?? para.span).start);
    return {
      uri: a.uri,
      label: para.number !== null ? `¶${para.number}` : `Response to ¶${para.response?.targets.join(', ') ?? '?'}`,
      description: placeOf(p, para),
      detail: excerpt(para.body, 120),
      line: pos.line,
      character: pos.character,
    };
  });
}
