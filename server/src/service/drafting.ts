/** Drafting requests: an answer skeleton from a complaint, and the response chart. */
import { chartMarkdown, draftAnswer, responseChart } from '../core';
import type { Analysis } from './analysis';

export function draftAnswerFor(a: Analysis): { text: string } | { error: string } {
  if (a.pleading.kind === 'answer') return { error: 'This is an answer. Open the complaint to draft an answer from it.' };
  if (!a.pleading.paragraphs.some(p => p.number !== null)) return { error: 'This document has no numbered paragraphs to answer.' };
  return { text: draftAnswer(a.pleading) };
}

/** The chart as Markdown, linking each row to the paragraphs in both documents. */
export function responseChartFor(a: Analysis): { markdown: string } | { error: string } {
  if (a.pleading.kind !== 'answer') return { error: 'The response chart is for an answer. Open the answer (its complaint is found automatically).' };
  const chart = responseChart(a.pleading, a.complaint?.pleading);
  const link = (doc: { uri: string; lines: Analysis['lines'] }) => (offset: number) => `${doc.uri}#L${doc.lines.positionAt(offset).line + 1}`;
  const heading = a.complaint
    ? `# Response chart\n\nAnswer: ${a.uri}\n\nComplaint: ${a.complaint.uri}\n\n`
    : `# Response chart\n\nAnswer: ${a.uri} (no complaint linked: rows are the answer's own responses)\n\n`;
  return { markdown: heading + chartMarkdown(chart, { answer: link(a), complaint: a.complaint ? link(a.complaint) : undefined }) };
}
