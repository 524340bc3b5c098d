/** Sentences of a response or paragraph, as offsets (normalized text or raw text alike). */
import { isWhitespaceCode, type Span } from '../text';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:\bU\.S\.C|\bU\.S|\bInc|\bCo|\bCorp|\bLtd|\bNos?|\be\.g|\bi\.e|\bseq|\bv|\bvs|\bMr|\bMrs|\bMs|\bDr|\bSt|\bAve|\bBlvd|\bFed|\bCiv|\bR|\bP|\bCal|\bCode|\bSec|\bJan|\bFeb|\bMar|\bApr|\bAug|\bSept?|\bOct|\bNov|\bDec)$/;
const SENTENCE_END = /[.!?;]["”’')\]*_]{0,3}(?=\s|$)/g;

/** Sentence spans: a sentence ends at . ! ? or ; before white space or the end (but not after an abbreviation). */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    // Only a full stop after a short word can be an abbreviation's.
    if (m[0][0] === '.' && isLetter(text.charCodeAt(m.index - 1)) && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const stop = m.index + m[0].length;
    if (hasText(text, start, stop)) out.push({ start, end: stop });
    start = stop;
  }
  if (hasText(text, start, text.length)) out.push({ start, end: text.length });
  return out;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether text[start, end) has a character other than white space. */
function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** The sentences themselves. */
export function sentenceTexts(text: string): string[] {
  return sentences(text).map(s => text.slice(s.start, s.end));
}

/** Whether some sentence of normalized `text` has `first` and, after it, `then` ("admits … was served"). */
export function inOneSentence(text: string, first: RegExp, then: RegExp): boolean {
  return sentenceTexts(text).some(sentence => {
    const m = first.exec(sentence);
    return !!m && then.test(sentence.slice(m.index + m[0].length));
  });
}
