/**
 * The response chart as the editor's chart panel receives it (pleading/responseChart): the core's
 * rows, each with its label and where its paragraphs are. Types only, shared with the client and
 * the webview; no I/O or Node types here.
 */
import type { Chart, ChartRow } from '../core/chart';

export interface ChartDocument {
  uri: string;
  /** As the user knows it: the file name, or "unsaved draft". */
  name: string;
}

export interface Place {
  line: number;
  character: number;
}

/** A core row (every field as the core gives it) with its label and the places it links to. */
export type ChartViewRow = ChartRow & {
  /** The response as the chart shows it ("admitted in part", "UNANSWERED"). */
  label: string;
  /** The complaint paragraph's number, in the complaint. */
  complaintAt?: Place;
  /** Each responding answer paragraph, in the answer. */
  answerAt: Place[];
};

export interface ChartView {
  answer: ChartDocument;
  complaint?: ChartDocument;
  rows: ChartViewRow[];
  totals: Chart['totals'];
}

export type ChartFormat = 'md' | 'csv';
