/** Amended complaints in the editor: the redline report, and an answer carried over to the amendment. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { compareComplaints, comparisonMarkdown, migrateAnswer, parse, type ParagraphPair } from '../core';
import type { Analysis, LinkedDocument } from './analysis';
import { toRange } from './convert';
import { documentName } from './documentName';

export const LATER_AMENDMENT = 'later-amendment';

/**
 * One note on an answer linked to a complaint when a later amendment of it is beside them, on the
 * title (or the first line); its data names both, for the code action that carries the answer over.
 */
export function laterAmendmentNote(a: Analysis, later: { uri: string; title: string }): Diagnostic {
  const linked = a.complaint!;
  const span = a.pleading.caption.title ?? { start: 0, end: 0 };
  return {
    range: toRange(a.lines, span),
    severity: DiagnosticSeverity.Information,
    source: 'pleading',
    code: LATER_AMENDMENT,
    message: `${documentName(later.uri, a.uri)} (${later.title}) amends the complaint this answer is checked against (${documentName(linked.uri, a.uri)}): the amendment must be answered anew. Pleading: Answer the Amended Complaint… carries this answer over.`,
    data: { amended: later.uri, from: linked.uri },
  };
}

/** The code action on that note: the client's command, with both complaints. */
export function laterAmendmentAction(d: Diagnostic): { title: string; command: string; arguments: string[] } | undefined {
  const data = d.data as { amended?: unknown; from?: unknown } | undefined;
  if (d.code !== LATER_AMENDMENT || typeof data?.amended !== 'string' || typeof data.from !== 'string') return undefined;
  return { title: 'Answer the amended complaint (opens a new document)', command: 'pleading.migrateAnswer', arguments: [data.amended, data.from] };
}

/** A document the client read for the request: its URI (for names) and text. */
export interface SentDocument {
  uri: string;
  text: string;
}

function valid(d: unknown): d is SentDocument {
  return !!d && typeof (d as SentDocument).uri === 'string' && typeof (d as SentDocument).text === 'string';
}

/** The open complaint compared with an earlier version of it: the Markdown report and its summary. */
export function compareWithEarlier(a: Analysis, earlier: unknown): { markdown: string; summary: string } | { error: string } {
  if (!valid(earlier)) return { error: 'Choose the earlier complaint to compare with.' };
  if (a.pleading.kind === 'answer') return { error: 'This is an answer. Open the amended complaint to compare it with the earlier one.' };
  const before = parse(earlier.text);
  if (before.kind === 'answer') return { error: `${documentName(earlier.uri, a.uri)} is an answer, not a complaint.` };
  if (!before.paragraphs.some(p => p.number !== null) || !a.pleading.paragraphs.some(p => p.number !== null)) return { error: 'Both complaints need numbered paragraphs to compare.' };
  const c = compareComplaints(before, a.pleading);
  const names = { before: documentName(earlier.uri, a.uri), after: documentName(a.uri) };
  // In the editor the report links back to both documents, at each paragraph.
  return { markdown: comparisonMarkdown(c, before, a.pleading, names, false, { before: earlier.uri, after: a.uri }), summary: c.summary };
}

/** The open answer carried over from the complaint it answers to the amended one: a new text, and what changed. */
export function migrateTo(a: Analysis, from: unknown, to: unknown): { text: string; summary: string } | { error: string } {
  if (a.pleading.kind !== 'answer') return { error: 'Open the answer to carry it over to the amended complaint.' };
  if (!valid(from) || !valid(to)) return { error: 'Choose the complaint the answer answers and the amended complaint.' };
  const before = parse(from.text);
  const after = parse(to.text);
  for (const [p, d] of [[before, from], [after, to]] as const) {
    if (p.kind === 'answer' || !p.paragraphs.some(x => x.number !== null)) return { error: `${documentName(d.uri, a.uri)} is not a complaint with numbered paragraphs.` };
  }
  const m = migrateAnswer(a.pleading, before, after);
  return { text: m.text, summary: m.summary };
}

/** What became of each paragraph of an amended complaint since the version it amends, for its hover. */
export interface EarlierVersion {
  name: string;
  /** New paragraph number → how it compares with the earlier version. */
  changes: Map<number, ParagraphPair>;
}

/** Per amended complaint: its comparison with the version it amends, kept while neither changes. */
export class EarlierVersions {
  private readonly entries = new Map<string, { key: string; earlier: EarlierVersion }>();

  of(a: Analysis, before: LinkedDocument | undefined): EarlierVersion | undefined {
    if (!before) return undefined;
    const key = `${a.version}|${before.key}`;
    const hit = this.entries.get(a.uri);
    if (hit?.key === key) return hit.earlier;
    const c = compareComplaints(before.pleading, a.pleading);
    const changes = new Map(c.paragraphs.filter(x => x.newNumber !== undefined).map(x => [x.newNumber!, x] as [number, ParagraphPair]));
    const earlier = { name: documentName(before.uri, a.uri), changes };
    this.entries.set(a.uri, { key, earlier });
    return earlier;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
