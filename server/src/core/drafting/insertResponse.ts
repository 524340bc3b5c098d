/**
 * Where a missing response belongs in an answer, and the text that inserts it there: numbered
 * and laid out like its neighbours, in the answer's phrasing. Insertion only adds text.
 */
import { answerResponses } from '../analysis';
import type { Pleading } from '../model';
import { answerMarkerEnd } from '../parse/responses';
import type { Span } from '../text';
import type { DraftKind, Phrasing } from './phrasing';

export interface Insertion {
  /** Offset where the new text goes. */
  at: number;
  /** Whether the new response goes after an existing one (else before the first). */
  after: boolean;
  /**
   * A visible place for a diagnostic: from the line after the response before the gap through the
   * number of the one after it (so a fix is at hand on the empty line a deleted response left), or
   * the first line of the response before it.
   */
  anchor: Span;
  /**
   * The paragraph is restated without its answer ("12. <allegation>" with no "ANSWER:" after it):
   * only the ANSWER block goes in, after it.
   */
  answerOnly?: boolean;
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
  // Restated allegations answered one by one: the unit restating ¶n is where its ANSWER belongs.
  const restated = answer.paragraphs.find(p => p.number === n && !p.response && p.region === 'body'
    && p.span.start > prev.span.end && (!next || p.span.end < next.span.start));
  if (restated && answerMarkerEnd(answer.text.slice(prev.bodySpan.start, prev.bodySpan.end)) > 0) {
    return { at: restated.span.end, after: true, anchor: firstLine(answer, restated.span), answerOnly: true };
  }
  if (!next) return { at: prev.span.end, after: true, anchor: firstLine(answer, prev.span) };
  const nextStart = next.numberSpan ?? next.response?.targetSpan ?? firstLine(answer, next.span);
  const nl = answer.text.indexOf('\n', prev.span.end);
  const gapStart = nl < 0 || nl >= nextStart.start ? nextStart.start : nl + 1;
  return { at: prev.span.end, after: true, anchor: { start: gapStart, end: nextStart.end } };
}

function firstLine(p: Pleading, span: Span): Span {
  const nl = p.text.indexOf('\n', span.start);
  return { start: span.start, end: nl < 0 || nl > span.end ? span.end : nl };
}

/** A response of `kind` to complaint paragraph `n`, numbered or headed like the answer's own. */
export function responseBlock(phrasing: Phrasing, kind: DraftKind, n: number, range?: { from: number; to: number }, answerOnly?: boolean): string {
  const body = phrasing.body(kind, n, range);
  if (answerOnly) return `ANSWER: ${body}`;
  return phrasing.numbered || !phrasing.heading ? `${n}. ${body}` : `${phrasing.heading.replace('{n}', String(n))}\n\n${body}`;
}

/**
 * The edit that inserts `blocks` (responses, in order) at `insertion` in `text`: an insertion
 * only. Where an emptied response left blank lines enough for them, the blocks go into those
 * lines, so no double blank line is left behind. (Only where responses are set apart by blank
 * lines: in a single-spaced answer one blank line may as well be the one before a heading.)
 */
export function insertionEdit(text: string, phrasing: Phrasing, insertion: Pick<Insertion, 'at' | 'after'>, blocks: string[]): { at: number; newText: string } {
  const sep = phrasing.separator;
  if (!insertion.after) return { at: insertion.at, newText: blocks.map(b => `${b}${sep}`).join('') };
  if (sep.length > 1 && text.startsWith(sep + sep, insertion.at)) return { at: insertion.at + sep.length, newText: blocks.join(sep) };
  return { at: insertion.at, newText: blocks.map(b => `${sep}${b}`).join('') };
}
