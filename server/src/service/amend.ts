/** Amended complaints in the editor: the redline report, and an answer carried over to the amendment. */
import { compareComplaints, comparisonMarkdown, migrateAnswer, parse } from '../core';
import type { Analysis } from './analysis';
import { documentName } from './documentName';

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
  return { markdown: comparisonMarkdown(c, before, a.pleading, { before: documentName(earlier.uri, a.uri), after: documentName(a.uri) }), summary: c.summary };
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
