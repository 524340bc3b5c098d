/**
 * punctuation: doubled punctuation (",," "..") and a numbered paragraph or defense that does not
 * end with closing punctuation — often the sign of text lost at a page break. Style, so low severity.
 */
import type { Finding } from '../model';
import { firstAtOrAfter, isWhitespaceCode, type Span } from '../text';
import { type Check, type CheckContext, para } from './check';

const DOUBLED = /,,|;;|::|,\.|;\.|(?<![.])\.\.(?![.])/g;

export const punctuation: Check = {
  code: 'punctuation',
  description: 'Doubled punctuation, or a paragraph that does not end with closing punctuation.',
  severity: 'information',
  run({ pleading }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    const text = pleading.text;
    // Labels are made only for findings: a document has thousands of bodies and few slips.
    const bodies: { span: Span; label: () => string }[] = [
      ...pleading.paragraphs.map(p => ({ span: p.bodySpan, label: () => para(p.number) })),
      ...pleading.defenses.filter(d => d.heading).map(d => ({ span: d.bodySpan, label: () => `The ${d.heading!.text}` })),
    ];
    // One scan of the whole text for doubled marks; each body then takes those inside it.
    const doubled: RegExpExecArray[] = [];
    DOUBLED.lastIndex = 0;
    for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) doubled.push(m);
    for (const { span, label } of bodies) {
      if (span.end <= span.start) continue;
      for (let k = firstAtOrAfter(doubled, span.start, m => m.index); k < doubled.length && doubled[k].index + doubled[k][0].length <= span.end; k++) {
        const m = doubled[k];
        const start = m.index;
        findings.push({
          code: 'punctuation',
          severity: 'information',
          message: `Doubled punctuation "${m[0]}".`,
          span: { start, end: start + m[0].length },
          data: { kind: 'replace', span: { start: start + 1, end: start + m[0].length }, newText: '', title: `Remove the extra "${m[0].slice(1)}"` },
        });
      }
      let end = span.end;
      while (end > span.start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
      if (!endsClosed(text, span.start, end)) {
        const trimmed = text.slice(span.start, end);
        const lastWord = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1;
        findings.push({
          code: 'punctuation',
          severity: 'information',
          message: `${label().replace(/^this paragraph/, 'This paragraph')} does not end with closing punctuation.`,
          span: { start: span.start + lastWord, end },
          data: { kind: 'replace', span: { start: end, end }, newText: '.', title: 'Add a full stop' },
        });
      }
    }
    return findings;
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
