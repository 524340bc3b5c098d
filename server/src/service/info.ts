/** Summaries for the client: the status bar and the Go to Paragraph… quick pick. */
import { excerpt, type Paragraph } from '../core';
import type { Analysis, LinkedDocument } from './analysis';
import { placeOf } from '../core/analysis';
import { FORUMS } from '../core/forums';
import { paragraphsFor } from './navigation';

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
  /** The forum whose wording rules apply: its short name ("Kentucky") and rule ("Kentucky (CR 8.02)"). */
  forum?: { name: string; summary: string };
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
    forum: a.forum ? { name: FORUMS[a.forum].short, summary: FORUMS[a.forum].summary } : undefined,
  };
}

export interface ParagraphItem {
  uri: string;
  /** "¶50" (the number first, so a typed number matches the label and nothing else in it). */
  label: string;
  /** Which document, and where in it: "Complaint · COUNT II — Negligence". */
  description: string;
  detail: string;
  line: number;
  character: number;
}

/** How many paragraphs that merely mention a typed number follow the ones it numbers. */
const LOOSE_MATCHES = 8;

/**
 * This document's paragraphs, then the linked complaint's (or the answers'), for a quick pick.
 * With `number`: the paragraphs so numbered, in both documents, then a few that mention the
 * number on its own ("paragraph 50", "$50"; not "8,500" or "150"), each with the words around it.
 */
export function paragraphList(a: Analysis, others: LinkedDocument[] = [], number?: number): ParagraphItem[] {
  const linked = a.complaint ? [a.complaint] : others;
  const docs = [a, ...linked];
  const item = (doc: (typeof docs)[number], para: Paragraph, detail = excerpt(para.body, 120)): ParagraphItem => {
    const pos = doc.lines.positionAt((para.numberSpan ?? para.span).start);
    const kind = doc.pleading.kind === 'answer' ? 'Answer' : doc.pleading.kind === 'complaint' ? 'Complaint' : '';
    return {
      uri: doc.uri,
      label: para.number !== null ? `¶${para.number}` : `Response to ¶${para.response?.targets.join(', ') ?? '?'}`,
      description: [kind, placeOf(doc.pleading, para)].filter(Boolean).join(' · '),
      detail,
      line: pos.line,
      character: pos.character,
    };
  };
  if (number === undefined) return docs.flatMap(doc => doc.pleading.paragraphs.map(para => item(doc, para)));
  const exact = docs.flatMap(doc => paragraphsFor(doc.pleading, number).map(para => item(doc, para)));
  const mention = new RegExp(`(?<![\\d.,])${number}(?!\\d|[.,]\\d)`);
  const loose: ParagraphItem[] = [];
  for (const doc of docs) {
    for (const para of doc.pleading.paragraphs) {
      if (loose.length >= LOOSE_MATCHES) break;
      if (para.number === number || para.response?.targets.includes(number)) continue;
      const m = mention.exec(para.body);
      if (m) loose.push(item(doc, para, `…${excerpt(para.body.slice(Math.max(0, m.index - 50), m.index + 70), 120)}`));
    }
  }
  return [...exact, ...loose];
}
