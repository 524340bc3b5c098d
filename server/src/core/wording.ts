/** How findings and fixes word paragraphs and responses, in the document's own style. */
import type { Paragraph, Pleading } from './model';

const WORD = new WeakMap<Pleading, string>();

/** How the document writes the word: "Paragraph 5" or "paragraph 5" (counted once per document). */
function paragraphWord(p: Pleading): string {
  let word = WORD.get(p);
  if (!word) {
    const lower = (p.text.match(/\bparagraphs? \d/g) ?? []).length;
    const upper = (p.text.match(/\bParagraphs? \d/g) ?? []).length;
    word = lower > upper ? 'paragraph' : 'Paragraph';
    WORD.set(p, word);
  }
  return word;
}

/** "Paragraph 19", "Paragraphs 7 and 8", in the document's capitalisation. */
export function paragraphPhrase(p: Pleading, targets: number[]): string {
  const word = paragraphWord(p);
  if (!targets.length) return '';
  if (targets.length === 1) return `${word} ${targets[0]}`;
  const contiguous = targets.every((t, i) => i === 0 || t === targets[i - 1] + 1);
  if (contiguous && targets.length > 2) return `${word}s ${targets[0]} through ${targets[targets.length - 1]}`;
  return `${word}s ${targets.slice(0, -1).join(', ')} and ${targets[targets.length - 1]}`;
}

/** Where new text is appended to a paragraph: after its last non-space character. */
export function endOfBody(p: Pleading, para: Paragraph): number {
  const body = p.text.slice(para.bodySpan.start, para.bodySpan.end);
  return para.bodySpan.start + body.trimEnd().length;
}

const CLOSED = /[.?!]["”’')\]]{0,3}[*_]{0,3}$/;

/** Whether a body ends a sentence, so appended text needs only a space. */
export function endsSentence(p: Pleading, para: Paragraph): boolean {
  return CLOSED.test(p.text.slice(para.bodySpan.start, endOfBody(p, para)));
}

/** "¶14", or "The response to Paragraph 19" for a headed response without a number of its own. */
export function responseLabel(p: Pleading, para: Paragraph): string {
  if (para.number !== null) return `¶${para.number}`;
  const targets = para.response?.targets ?? [];
  return targets.length ? `The response to ${paragraphPhrase(p, targets)}` : 'This response';
}

