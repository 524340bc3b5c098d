/**
 * punctuation: doubled punctuation (",," "..") and a numbered paragraph or defense that does not
 * end with closing punctuation — often the sign of text lost at a page break. Style, so low severity.
 */
import type { Finding } from '../model';
import type { Span } from '../text';
import { type Check, type CheckContext, para } from './check';

const DOUBLED = /,,|;;|::|,\.|;\.|(?<![.])\.\.(?![.])/g;
const CLOSED = /[.?!:;]["”’')\]]*[*_]*$|[.?!]\s*$/;

export const punctuation: Check = {
  code: 'punctuation',
  description: 'Doubled punctuation, or a paragraph that does not end with closing punctuation.',
  severity: 'information',
  run({ pleading }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    const text = pleading.text;
    const bodies: { span: Span; label: string; numbered: boolean }[] = [
      ...pleading.paragraphs.map(p => ({ span: p.bodySpan, label: para(p.number), numbered: true })),
      ...pleading.defenses.filter(d => d.heading).map(d => ({ span: d.bodySpan, label: `The ${d.heading!.text}`, numbered: false })),
    ];
    for (const { span, label } of bodies) {
      if (span.end <= span.start) continue;
      const body = text.slice(span.start, span.end);
      DOUBLED.lastIndex = 0;
      for (let m = DOUBLED.exec(body); m; m = DOUBLED.exec(body)) {
        const start = span.start + m.index;
        findings.push({
          code: 'punctuation',
          severity: 'information',
          message: `Doubled punctuation "${m[0]}".`,
          span: { start, end: start + m[0].length },
          data: { kind: 'replace', span: { start: start + 1, end: start + m[0].length }, newText: '', title: `Remove the extra "${m[0].slice(1)}"` },
        });
      }
      const trimmed = body.trimEnd();
      if (!CLOSED.test(trimmed)) {
        const end = span.start + trimmed.length;
        const lastWord = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1;
        findings.push({
          code: 'punctuation',
          severity: 'information',
          message: `${label.replace(/^this paragraph/, 'This paragraph')} does not end with closing punctuation.`,
          span: { start: span.start + lastWord, end },
          data: { kind: 'replace', span: { start: end, end }, newText: '.', title: 'Add a full stop' },
        });
      }
    }
    return findings;
  },
};
