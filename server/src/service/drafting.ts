/** Drafting requests: an answer skeleton from a complaint, and the response chart. */
import { chartCsv, chartMarkdown, draftAnswer, responseChart } from '../core';
import { chartLabel } from '../core/chart';
import type { Analysis } from './analysis';
import type { ChartFormat, ChartView } from './chartView';
import { documentName } from './documentName';

export function draftAnswerFor(a: Analysis): { text: string } | { error: string } {
  if (a.pleading.kind === 'answer') return { error: 'This is an answer. Open the complaint to draft an answer from it.' };
  if (!a.pleading.paragraphs.some(p => p.number !== null)) return { error: 'This document has no numbered paragraphs to answer.' };
  return { text: draftAnswer(a.pleading) };
}

const NOT_AN_ANSWER = { error: 'The response chart is for an answer. Open the answer (its complaint is found automatically).' };

/** The chart for the chart panel: the core's rows with labels and places in both documents. */
export function responseChartFor(a: Analysis): ChartView | { error: string } {
  if (a.pleading.kind !== 'answer') return NOT_AN_ANSWER;
  const c = a.complaint;
  const chart = responseChart(a.pleading, c?.pleading);
  return {
    answer: { uri: a.uri, name: documentName(a.uri) },
    complaint: c ? { uri: c.uri, name: documentName(c.uri, a.uri) } : undefined,
    rows: chart.rows.map(r => ({
      ...r,
      label: chartLabel(r),
      complaintAt: c && r.complaintOffset !== undefined ? c.lines.positionAt(r.complaintOffset) : undefined,
      answerAt: r.answerOffsets.map(o => a.lines.positionAt(o)),
    })),
    totals: chart.totals,
  };
}

/** The chart as the CLI writes it (`pleading chart --format md|csv`), for Export…. */
export function responseChartText(a: Analysis, format: ChartFormat): { text: string } | { error: string } {
  if (a.pleading.kind !== 'answer') return NOT_AN_ANSWER;
  const chart = responseChart(a.pleading, a.complaint?.pleading);
  return { text: format === 'csv' ? chartCsv(chart) : chartMarkdown(chart) };
}
