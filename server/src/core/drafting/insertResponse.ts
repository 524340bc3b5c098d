/**
 * Where a missing response belongs in an answer, and the text that inserts it there: numbered
 * and laid out like its neighbours, in the answer's phrasing. Insertion only adds text.
 */
import { answerResponses } from '../analysis';
import type { Pleading } from '../model';
import type { Span } from '../text';
import type { DraftKind, Phrasing } from './phrasing';

export interface Insertion {
  /** Offset where the new text goes. */
  at: number;
  /** Whether the new response goes after an existing one (else before the first). */
  after: boolean;
  /** A visible place for a diagnostic: the response that follows the gap, or the one before it. */
  anchor: Span;
}

/** The place for a response to complaint paragraph `n`: after the last response to a lower number. */
export function insertionFor(answer: Pleading, n: number): Insertion | undefined {
  const responses = answerResponses(answer);
  if (!responses.length) {
    const last = answer.headings[answer.headings.length - 1] ?? undefined;
    const at = answer.preamble?.span.end ?? last?.span.end ?? answer.caption.span.end;
    return { at, after: true, anchor: answer.preamble?.span ?? answer.caption.span };
  }
  let before = -1;
  for (let i = 0; i < responses.length; i++) if (Math.max(...responses[i].targets) < n) before = i;
  if (before < 0) {
    const first = responses[0].paragraph;
    return { at: first.span.start, after: false, anchor: first.numberSpan ?? first.response?.targetSpan ?? first.span };
  }
  const prev = responses[before].paragraph;
  const next = responses[before + 1]?.paragraph;
  return { at: prev.span.end, after: true, anchor: next ? next.numberSpan ?? next.response?.targetSpan ?? firstLine(answer, next.span) : firstLine(answer, prev.span) };
}

function firstLine(p: Pleading, span: Span): Span {
  const nl = p.text.indexOf('\n', span.start);
  return { start: span.start, end: nl < 0 || nl > span.end ? span.end : nl };
}

/** The text to insert at `insertion` for a response of `kind` to complaint paragraph `n`. */
export function insertionText(phrasing: Phrasing, insertion: Insertion, kind: DraftKind, n: number, range?: { from: number; to: number }): string {
  const body = phrasing.body(kind, n, range);
  const block = phrasing.numbered || !phrasing.heading ? `${n}. ${body}` : `${phrasing.heading.replace('{n}', String(n))}\n\n${body}`;
  return insertion.after ? `${phrasing.separator}${block}` : `${block}${phrasing.separator}`;
}
