/**
 * unread-numbering: a pleading whose paragraphs are numbered in a way Pleading does not read yet —
 * section and paragraph ("1.1", "2.3", as Washington pleadings number them). Without this note
 * such a document would show no findings at all, which reads as "nothing wrong".
 */
import type { Check, CheckContext } from './check';

/** "1.1 Plaintiff …", "12.3 Denied.": a decimal label at the start of a line, text after it. */
const DECIMAL_LABEL = /^[ \t]{0,8}(\d{1,2})\.(\d{1,3})[ \t]+\S/gm;

export const unreadNumbering: Check = {
  code: 'unread-numbering',
  description: 'Paragraphs numbered section.paragraph (1.1, 1.2, 2.1 …), which are not read yet: nothing in them is checked.',
  severity: 'information',
  run({ pleading, report }: CheckContext): void {
    // Only where no whole-number paragraph was read: a list of 1.1, 1.2 inside a numbered pleading is text.
    if (pleading.paragraphs.some(p => p.number !== null && p.region !== 'defenses')) return;
    const text = pleading.text.length > 2_000_000 ? pleading.text.slice(0, 2_000_000) : pleading.text;
    let first: { start: number; end: number } | undefined;
    let labels = 0;
    DECIMAL_LABEL.lastIndex = 0;
    for (let m = DECIMAL_LABEL.exec(text); m; m = DECIMAL_LABEL.exec(text)) {
      const at = m.index + m[0].indexOf(m[1]);
      first ??= { start: at, end: at + m[1].length + 1 + m[2].length };
      if (++labels >= 3) break;
    }
    if (!first || labels < 3) return;
    report(first, 'This pleading numbers its paragraphs by section and paragraph (1.1, 1.2, 2.1 …), which Pleading does not read yet: none of its paragraphs is checked, and an answer to it cannot be matched paragraph by paragraph.');
  },
};
