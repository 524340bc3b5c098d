/**
 * What the chart's table shows: the rows that pass the filters, in the chosen order. Pure (no DOM),
 * so it is unit-tested; the webview (main.ts) renders it.
 */
import type { ChartViewRow } from '../protocol';

export type SortKey = 'paragraph' | 'heading' | 'firstWords' | 'answeredBy' | 'label';

export interface TableState {
  sort: SortKey;
  descending: boolean;
  /** A row label ("denied", "UNANSWERED" …), or '' for all. */
  kind: string;
  /** A heading (a section or "COUNT II — Negligence"), or '' for all. */
  heading: string;
  unansweredOnly: boolean;
}

export const INITIAL_STATE: TableState = { sort: 'paragraph', descending: false, kind: '', heading: '', unansweredOnly: false };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function sortValue(r: ChartViewRow, key: SortKey): string | number {
  if (key === 'paragraph') return r.paragraph;
  if (key === 'answeredBy') return r.answeredBy.length ? r.answeredBy.map(n => n ?? 0).join(' ') : '';
  return r[key];
}

export function visibleRows(rows: readonly ChartViewRow[], s: TableState): ChartViewRow[] {
  const shown = rows.filter(r => (!s.kind || r.label === s.kind) && (!s.heading || r.heading === s.heading) && (!s.unansweredOnly || r.response === 'unanswered'));
  const sign = s.descending ? -1 : 1;
  // Ties keep document order (Array.prototype.sort is stable).
  return shown.sort((a, b) => {
    const x = sortValue(a, s.sort);
    const y = sortValue(b, s.sort);
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
  });
}

/** The choices of a filter: each distinct value, in order of first appearance. */
export function choices(rows: readonly ChartViewRow[], key: 'label' | 'heading'): string[] {
  return [...new Set(rows.map(r => r[key]).filter(Boolean))];
}
