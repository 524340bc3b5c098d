/**
 * unread-numbering: paragraphs numbered in a way Pleading does not read yet — section and
 * paragraph ("1.1", "2.3", as Washington pleadings number them), or a paragraph inserted by an
 * amendment with a letter ("14A."). Without this note such a document would show no findings at
 * all, and a lettered paragraph would be checked as part of the one before it, silently.
 */
import type { Check, CheckContext } from './check';

/** "1.1 Plaintiff …", "12.3 Denied.": a decimal label at the start of a line, text after it. */
const DECIMAL_LABEL = /^[ \t]{0,8}(\d{1,2})\.(\d{1,3})[ \t]+\S/gm;
/** "14A. Defendant …": a lettered paragraph at the start of a line, text after it. */
const LETTERED_LABEL = /^[ \t]{0,8}(\d{1,4}[A-Z])\.[ \t]+[A-Z"“(]/gm;
/** Enough notes to show the pattern; a document of hundreds says the same thing each time. */
const MAX_LETTERED = 20;

export const unreadNumbering: Check = {
  code: 'unread-numbering',
  description: 'Paragraphs numbered section.paragraph (1.1, 2.1 …) or lettered (14A.), which are not read yet: nothing in them is checked on its own.',
  severity: 'information',
  run({ pleading, report }: CheckContext): void {
    // Only where no whole-number paragraph was read: a list of 1.1, 1.2 inside a numbered pleading is text.
    if (pleading.paragraphs.some(p => p.number !== null && p.region !== 'defenses')) {
      letteredParagraphs(pleading.text, report);
      return;
    }
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

/**
 * Whether a line starts with a lettered number ("14A."): line by line, as a pattern for a digit
 * then a capital tries every digit of the text (a tenth of the whole check run on a long answer).
 */
function hasLetteredLine(text: string): boolean {
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    let p = at;
    while (p < at + 8 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    const digits = p;
    while (p < digits + 4 && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
    if (p === digits) continue;
    const c = text.charCodeAt(p);
    if (c >= 65 && c <= 90 && text.charCodeAt(p + 1) === 46) return true;
  }
  return false;
}

/** Each "14A." paragraph: read as the end of the paragraph before it. */
function letteredParagraphs(whole: string, report: CheckContext['report']): void {
  if (!hasLetteredLine(whole)) return;
  const text = whole.length > 2_000_000 ? whole.slice(0, 2_000_000) : whole;
  let n = 0;
  LETTERED_LABEL.lastIndex = 0;
  for (let m = LETTERED_LABEL.exec(text); m && n < MAX_LETTERED; m = LETTERED_LABEL.exec(text), n++) {
    const at = m.index + m[0].indexOf(m[1]);
    report({ start: at, end: at + m[1].length }, `¶${m[1]} is a lettered paragraph, which Pleading does not read as a paragraph of its own yet: it is checked as part of the paragraph before it, and a response to ¶${m[1]} cannot be matched to it.`);
  }
}
