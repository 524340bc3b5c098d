/**
 * The messages between the Response Chart panel (extension side, panel.ts) and its webview
 * (webview/main.ts). Types only: both sides compile against them.
 */
import type { ChartFormat, ChartView } from '../../../server/src/service/chartView';

export type { ChartDocument, ChartFormat, ChartView, ChartViewRow } from '../../../server/src/service/chartView';

/** Extension → webview. */
export type ToWebview =
  | { type: 'chart'; chart: ChartView }
  | { type: 'error'; message: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  /** Reveal complaint paragraph `paragraph` and its response(s), side by side. */
  | { type: 'reveal'; paragraph: number }
  | { type: 'export'; format?: ChartFormat };

/** Checks a message from the webview (its content is not trusted): the message, or undefined. */
export function readMessage(m: unknown): FromWebview | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const { type, paragraph, format } = m as Record<string, unknown>;
  if (type === 'ready') return { type };
  if (type === 'reveal' && Number.isInteger(paragraph)) return { type, paragraph: paragraph as number };
  if (type === 'export' && (format === undefined || format === 'md' || format === 'csv')) return { type, format };
  return undefined;
}
