/**
 * The response chart: for each complaint paragraph, its heading, first words, the answer
 * paragraph that responds and how; with totals. Without a complaint, the answer's own responses.
 */
import { answerResponses, complaintParagraphs, hasGeneralDenial, placeOf } from './analysis';
import type { Paragraph, Pleading, ResponseKind } from './model';
import { responseLabel } from './outline';
import { excerpt } from './text';

export interface ChartRow {
  /** Complaint paragraph number. */
  paragraph: number;
  heading: string;
  firstWords: string;
  /** Answer paragraphs that respond (their numbers, or null for unnumbered responses). */
  answeredBy: (number | null)[];
  /** Offsets of the responding answer paragraphs, and of the complaint paragraph, for links. */
  answerOffsets: number[];
  complaintOffset?: number;
  response: ResponseKind | 'unanswered' | 'general-denial';
}

export interface Chart {
  rows: ChartRow[];
  /** One count for each label the rows show (so a row's "incorporation" is counted as such, not as "other"). */
  totals: {
    admitted: number; denied: number; lackOfKnowledge: number; partial: number; incorporated: number; noResponseRequired: number;
    other: number; unanswered: number; total: number;
  };
}

export function responseChart(answer: Pleading, complaint?: Pleading): Chart {
  const byTarget = new Map<number, Paragraph[]>();
  for (const r of answerResponses(answer)) {
    for (const t of r.targets) {
      const list = byTarget.get(t);
      if (list) list.push(r.paragraph);
      else byTarget.set(t, [r.paragraph]);
    }
  }
  const general = hasGeneralDenial(answer);
  // One row: the paragraph described (the complaint's, or else the first response) and its responses.
  const row = (n: number, source: Pleading, described: Paragraph, responses: Paragraph[], complaintOffset?: number): ChartRow => ({
    paragraph: n,
    heading: placeOf(source, described),
    firstWords: excerpt(described.body, 60),
    answeredBy: responses.map(r => r.number),
    answerOffsets: responses.map(r => r.span.start),
    complaintOffset,
    response: responses.length ? kindFor(responses[responses.length - 1], n) : general ? 'general-denial' : 'unanswered',
  });
  const rows: ChartRow[] = complaint
    ? [...complaintParagraphs(complaint)].map(([n, para]) => row(n, complaint, para, byTarget.get(n) ?? [], para.span.start))
    : [...byTarget].sort((a, b) => a[0] - b[0]).map(([n, responses]) => row(n, answer, responses[0], responses));
  const totals = { admitted: 0, denied: 0, lackOfKnowledge: 0, partial: 0, incorporated: 0, noResponseRequired: 0, other: 0, unanswered: 0, total: rows.length };
  for (const r of rows) {
    if (r.response === 'admit') totals.admitted++;
    else if (r.response === 'deny' || r.response === 'general-denial') totals.denied++;
    else if (r.response === 'lack-knowledge') totals.lackOfKnowledge++;
    else if (r.response === 'partial') totals.partial++;
    else if (r.response === 'incorporation') totals.incorporated++;
    else if (r.response === 'no-response-required') totals.noResponseRequired++;
    else if (r.response === 'unanswered') totals.unanswered++;
    else totals.other++;
  }
  return { rows, totals };
}

/** How a unit answers paragraph `n`: its clause's kind, where it answers paragraphs in different ways. */
function kindFor(unit: Paragraph, n: number): ResponseKind {
  const r = unit.response!;
  return r.clauses?.find(c => c.targets.includes(n))?.kind ?? r.kind;
}

export function chartLabel(r: ChartRow): string {
  if (r.response === 'unanswered') return 'UNANSWERED';
  if (r.response === 'general-denial') return 'denied (general denial)';
  return responseLabel(r.response);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** A Markdown table, with totals. */
export function chartMarkdown(chart: Chart): string {
  const lines = [
    '| ¶ | Heading | Allegation begins | Answered by | Response |',
    '| ---: | --- | --- | --- | --- |',
  ];
  for (const r of chart.rows) {
    const by = r.answeredBy.map(n => (n === null ? 'response' : `¶${n}`)).join(', ') || '—';
    const response = r.response === 'unanswered' ? '**UNANSWERED**' : chartLabel(r);
    lines.push(`| ${r.paragraph} | ${cell(r.heading)} | ${cell(r.firstWords)} | ${by} | ${response} |`);
  }
  const t = chart.totals;
  lines.push('', `**Totals** — ${t.total} paragraphs: ${t.admitted} admitted, ${t.denied} denied, ${t.lackOfKnowledge} lack of knowledge, ${t.partial} admitted in part, ${t.incorporated} incorporation, ${t.noResponseRequired} no response required, ${t.other} other response, ${t.unanswered} unanswered.`);
  return `${lines.join('\n')}\n`;
}

export function chartCsv(chart: Chart): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['paragraph,heading,first_words,answered_by,response'];
  for (const r of chart.rows) {
    lines.push([String(r.paragraph), q(r.heading), q(r.firstWords), q(r.answeredBy.map(n => (n === null ? 'unnumbered' : String(n))).join(' ')), q(chartLabel(r))].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function chartJson(chart: Chart): object {
  return {
    rows: chart.rows.map(r => ({ paragraph: r.paragraph, heading: r.heading, firstWords: r.firstWords, answeredBy: r.answeredBy, response: r.response })),
    totals: chart.totals,
  };
}
