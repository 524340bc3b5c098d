/**
 * The Response Chart webview: totals, filters and a sortable table of the chart the extension
 * posts. A row's click (or Enter) asks the extension to reveal the complaint paragraph and its
 * response. Runs in the webview's sandbox: no Node, no VS Code API but acquireVsCodeApi.
 */
import type { ChartView, ChartViewRow, FromWebview, ToWebview } from '../protocol';
import { choices, INITIAL_STATE, visibleRows, type SortKey, type TableState } from './table';

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void; getState(): unknown; setState(s: unknown): void };
const vscode = acquireVsCodeApi();

/** How each of the core's totals reads (keyed by the core's own names: a new total fails to compile here). */
const TOTAL_WORDS: Record<keyof ChartView['totals'], string> = {
  total: 'paragraphs', admitted: 'admitted', denied: 'denied', lackOfKnowledge: 'lack of knowledge', partial: 'admitted in part',
  incorporated: 'incorporation', noResponseRequired: 'no response required', other: 'other response', unanswered: 'unanswered',
};

const COLUMNS: { key: SortKey; title: string }[] = [
  { key: 'paragraph', title: '¶' },
  { key: 'heading', title: 'Heading / COUNT' },
  { key: 'firstWords', title: 'Allegation begins' },
  { key: 'answeredBy', title: 'Answered by' },
  { key: 'label', title: 'Response' },
];

let chart: ChartView | undefined;
let state: TableState = { ...INITIAL_STATE, ...(vscode.getState() as Partial<TableState> | undefined) };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

function setState(change: Partial<TableState>): void {
  state = { ...state, ...change };
  vscode.setState(state);
  renderTable();
}

function renderHeader(c: ChartView): void {
  $('documents').textContent = c.complaint
    ? `${c.answer.name} answering ${c.complaint.name}`
    : `${c.answer.name} (no complaint linked: the rows are the answer's own responses)`;
  const totals = $('totals');
  totals.replaceChildren(...(Object.keys(TOTAL_WORDS) as (keyof ChartView['totals'])[])
    .filter(k => k === 'total' || k === 'unanswered' || c.totals[k] > 0)
    .map(k => el('li', { className: k === 'unanswered' && c.totals[k] ? 'total unanswered' : 'total' }, el('strong', {}, String(c.totals[k])), ` ${TOTAL_WORDS[k]}`)));
  fillSelect($<HTMLSelectElement>('kind'), 'Every response', choices(c.rows, 'label'), 'kind');
  fillSelect($<HTMLSelectElement>('heading'), 'Every heading', choices(c.rows, 'heading'), 'heading');
  $<HTMLInputElement>('unanswered').checked = state.unansweredOnly;
}

/** A filter's choices; a choice no longer there (the documents changed) falls back to all. */
function fillSelect(select: HTMLSelectElement, all: string, values: string[], key: 'kind' | 'heading'): void {
  if (state[key] && !values.includes(state[key])) state = { ...state, [key]: '' };
  select.replaceChildren(el('option', { value: '', textContent: all }), ...values.map(v => el('option', { value: v, textContent: v })));
  select.value = state[key];
}

function renderTable(): void {
  if (!chart) return;
  const rows = visibleRows(chart.rows, state);
  $('shown').textContent = rows.length === chart.rows.length ? `${rows.length} rows` : `${rows.length} of ${chart.rows.length} rows`;
  for (const th of document.querySelectorAll<HTMLElement>('th[data-key]')) {
    th.setAttribute('aria-sort', th.dataset.key === state.sort ? (state.descending ? 'descending' : 'ascending') : 'none');
  }
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.paragraph;
  const body = $('rows');
  body.replaceChildren(...rows.map(rowElement));
  if (focused) body.querySelector<HTMLElement>(`tr[data-paragraph="${focused}"]`)?.focus();
  $('empty').hidden = rows.length > 0;
}

function rowElement(r: ChartViewRow): HTMLTableRowElement {
  const tr = el('tr', { tabIndex: 0, className: r.response === 'unanswered' ? 'unanswered' : '', title: `Show ¶${r.paragraph} and its response` });
  tr.dataset.paragraph = String(r.paragraph);
  const by = r.answeredBy.map(n => (n === null ? 'response' : `¶${n}`)).join(', ') || '—';
  tr.append(el('td', { className: 'num' }, String(r.paragraph)), el('td', {}, r.heading), el('td', {}, r.firstWords), el('td', {}, by), el('td', { className: 'response' }, r.label));
  return tr;
}

function reveal(tr: HTMLElement | null): void {
  const n = Number(tr?.dataset.paragraph);
  if (Number.isInteger(n)) vscode.postMessage({ type: 'reveal', paragraph: n });
}

function init(): void {
  const head = $('columns');
  head.replaceChildren(...COLUMNS.map(c => {
    const th = el('th', { scope: 'col' }, el('button', { type: 'button', textContent: c.title, title: `Sort by ${c.title}` }));
    th.dataset.key = c.key;
    return th;
  }));
  head.addEventListener('click', e => {
    const key = (e.target as HTMLElement).closest<HTMLElement>('th')?.dataset.key as SortKey | undefined;
    if (key) setState({ sort: key, descending: state.sort === key ? !state.descending : false });
  });
  $<HTMLSelectElement>('kind').addEventListener('change', e => setState({ kind: (e.target as HTMLSelectElement).value }));
  $<HTMLSelectElement>('heading').addEventListener('change', e => setState({ heading: (e.target as HTMLSelectElement).value }));
  $<HTMLInputElement>('unanswered').addEventListener('change', e => setState({ unansweredOnly: (e.target as HTMLInputElement).checked }));
  $('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));
  const body = $('rows');
  body.addEventListener('click', e => reveal((e.target as HTMLElement).closest('tr')));
  body.addEventListener('keydown', e => {
    const tr = (e.target as HTMLElement).closest('tr');
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      reveal(tr);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      ((e.key === 'ArrowDown' ? tr?.nextElementSibling : tr?.previousElementSibling) as HTMLElement | null)?.focus();
    }
  });
  window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
    const m = e.data;
    if (m.type === 'chart') {
      chart = m.chart;
      $('error').hidden = true;
      renderHeader(chart);
      renderTable();
    } else if (m.type === 'error') {
      $('error').textContent = m.message;
      $('error').hidden = false;
    }
  });
  vscode.postMessage({ type: 'ready' });
}

init();
