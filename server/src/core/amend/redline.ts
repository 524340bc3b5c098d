/**
 * A word-level redline between two texts: what was kept, deleted and inserted, in order. Words are
 * compared as written; the spaces between them are carried with the word before them, so joining
 * the kept and inserted segments gives the new text and the kept and deleted ones the old.
 */

export interface RedlineSegment {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** Words with their trailing whitespace: "the  cat" → ["the  ", "cat"]. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** Above this many word pairs the texts are shown as one deletion and one insertion. */
const MAX_CELLS = 4_000_000;

export function redline(before: string, after: string): RedlineSegment[] {
  const a = words(before);
  const b = words(after);
  const key = (w: string) => w.trimEnd();
  // Common prefix and suffix first: most rewordings touch a few words in the middle.
  let start = 0;
  while (start < a.length && start < b.length && key(a[start]) === key(b[start])) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && key(a[endA - 1]) === key(b[endB - 1])) { endA--; endB--; }
  const out: RedlineSegment[] = [];
  const push = (op: RedlineSegment['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    // A deleted word after the new text's last word: the space between them goes with the deletion.
    if (op === 'del' && last && !/\s$/.test(last.text) && !/^\s/.test(text)) text = ` ${text}`;
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  push('same', b.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push('del', midA.join(''));
    push('ins', midB.join(''));
  } else {
    // Kept words as the new text spaces them: the new text reads back exactly.
    for (const s of lcsDiff(midA.map(key), midB.map(key))) push(s.op, (s.op === 'del' ? midA : midB)[s.index]);
  }
  push('same', b.slice(endB).join(''));
  return out;
}

/** The classic longest-common-subsequence table, walked forward: deletions before insertions. */
function lcsDiff(a: string[], b: string[]): { op: RedlineSegment['op']; index: number }[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const out: { op: RedlineSegment['op']; index: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { out.push({ op: 'same', index: j }); i++; j++; }
    else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) out.push({ op: 'del', index: i++ });
    else out.push({ op: 'ins', index: j++ });
  }
  while (i < n) out.push({ op: 'del', index: i++ });
  while (j < m) out.push({ op: 'ins', index: j++ });
  return out;
}
