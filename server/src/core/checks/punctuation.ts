/**
 * punctuation: doubled punctuation (",," "..") and a numbered paragraph or defense that does not
 * end with closing punctuation — often the sign of text lost at a page break. Style, so low severity.
 */
import { firstAtOrAfter, isWhitespaceCode, type Span } from '../text';
import { type Check, type CheckContext, para } from './check';

/** Two marks where one belongs (every match is two characters, none a line break). */
const DOUBLED = /,,|;;|::|,\.|;\.|(?<![.])\.\.(?![.])/g;

/** Where doubled marks start in `text`. */
function doubledIn(text: string): number[] {
  const out: number[] = [];
  DOUBLED.lastIndex = 0;
  for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) out.push(m.index);
  return out;
}

export const punctuation: Check = {
  code: 'punctuation',
  description: 'Doubled punctuation, or a paragraph that does not end with closing punctuation.',
  severity: 'information',
  run({ pleading, blockwise, report }: CheckContext): void {
    const text = pleading.text;
    // Labels are made only for findings: a document has thousands of bodies and few slips.
    const bodies: { span: Span; label: () => string }[] = [
      ...pleading.paragraphs.map(p => ({ span: p.bodySpan, label: () => para(p.number) })),
      ...pleading.defenses.filter(d => d.heading).map(d => ({ span: d.bodySpan, label: () => `The ${d.heading!.text}` })),
    ];
    // One scan of the whole text for doubled marks (block by block: after an edit, only its
    // block again); each body then takes those inside it.
    const doubled: number[] = [];
    for (const { start, value } of blockwise('doubled', doubledIn)) for (const i of value) doubled.push(start + i);
    // A headed defense's body may end with (or hold) a numbered paragraph: one slip, one finding.
    const marksReported = new Set<number>();
    const endsReported = new Set<number>();
    for (const { span, label } of bodies) {
      if (span.end <= span.start) continue;
      for (let k = firstAtOrAfter(doubled, span.start, i => i); k < doubled.length && doubled[k] + 2 <= span.end; k++) {
        const start = doubled[k];
        if (marksReported.has(start)) continue;
        marksReported.add(start);
        const marks = text.slice(start, start + 2);
        report({ start, end: start + 2 }, `Doubled punctuation "${marks}".`, { data: { kind: 'replace', span: { start: start + 1, end: start + 2 }, newText: '', title: `Remove the extra "${marks[1]}"` } });
      }
      let end = span.end;
      while (end > span.start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
      if (!endsClosed(text, span.start, end) && !endsReported.has(end)) {
        endsReported.add(end);
        const trimmed = text.slice(span.start, end);
        const lastWord = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1;
        report({ start: span.start + lastWord, end }, `${label().replace(/^this paragraph/, 'This paragraph')} does not end with closing punctuation.`, { data: { kind: 'replace', span: { start: end, end }, newText: '.', title: 'Add a full stop' } });
      }
    }
  },
};

/**
 * Whether text[start, end) ends with closing punctuation: . ? ! : or ; then any closing quotes or
 * brackets, then any emphasis marks (/[.?!:;]["”’')\]]*[*_]*$/ read backwards, without slicing).
 */
function endsClosed(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && (text[i - 1] === '*' || text[i - 1] === '_')) i--;
  while (i > start && '"”’\')]'.includes(text[i - 1])) i--;
  return i > start && '.?!:;'.includes(text[i - 1]);
}
