/**
 * defined-term: a near miss of a defined short name ("[24]’s" where "[24]7" is defined, "Coastel"
 * for "Coastal"). Misnaming a party in a response can leave the wrong entity's conduct admitted.
 * Tuned against false alarms: only capitalised tokens that are rare in the document, close to a
 * term that is used often, and not plurals or possessives of it.
 */
import { type Check, type CheckContext } from './check';

/** Defined terms that are ordinary words; their variants are not typos. */
const GENERIC = new Set([
  'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'complaint', 'answer', 'court', 'agreement', 'contract',
  'company', 'parties', 'party', 'action', 'amended complaint', 'counterclaim', 'counterclaims', 'petitioner',
  'respondent', 'claims', 'products', 'product', 'services', 'patent', 'patents', 'act', 'property', 'premises',
]);

const POSSESSIVE = /(?:['’]s|s['’]|['’])$/u;

export const definedTerm: Check = {
  code: 'defined-term',
  description: 'A word that looks like a misspelling of a defined short name.',
  severity: 'warning',
  run({ pleading, blockwise, report }: CheckContext): void {
    const text = pleading.text;
    const terms = [...new Set(pleading.definedTerms.map(t => t.term))].filter(t => t.length >= 3 && !/\s/.test(t) && !GENERIC.has(t.toLowerCase()));
    if (!terms.length) return;
    const known = new Set<string>(terms);
    for (const t of pleading.definedTerms) for (const w of (t.fullName ?? '').split(/[\s,]+/)) if (w) known.add(w.replace(/[.,]$/, ''));

    // Only words that start like a term can be near misses: count just those (one pass), then
    // find where the few misses occur.
    const firsts = [...new Set(terms.map(t => t[0]))].map(c => c.replace(/[\]\\^-]/g, '\\$&')).join('');
    const candidate = new RegExp(`(?<![\\p{L}\\p{N}\\[\\]])[${firsts}][\\p{L}\\p{N}\\[\\]&'’-]*`, 'gu');
    const counts = new Map<string, number>();
    const stem = (written: string) => trimTrailing(written.replace(POSSESSIVE, ''), "-’'");
    // Count what is written, then stem each distinct spelling once (a term occurs thousands of times).
    // Counted block by block (a word never spans a line break): after an edit, only its block again.
    const written = new Map<string, number>();
    for (const { value } of blockwise(`words ${candidate.source}`, block => countMatches(block, candidate))) {
      for (const [w, n] of value) written.set(w, (written.get(w) ?? 0) + n);
    }
    for (const [w, n] of written) {
      const word = stem(w);
      counts.set(word, (counts.get(word) ?? 0) + n);
    }
    for (const t of terms) if (!counts.has(t)) counts.set(t, 0);
    const misses = new Map<string, string>();
    for (const [word, n] of counts) {
      if (n > 2 || known.has(word) || word.length < 3) continue;
      for (const term of terms) {
        if ((counts.get(term) ?? 0) < 3 || !isNearMiss(word, term)) continue;
        misses.set(word, term);
        break;
      }
    }
    if (!misses.size) return;
    candidate.lastIndex = 0;
    for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
      const word = stem(m[0]);
      const term = misses.get(word);
      if (!term || isInCaptionOrSignature(pleading, m.index)) continue;
      const span = { start: m.index, end: m.index + word.length };
      report(span, `"${m[0]}" looks like a misspelling of the defined term "${term}".`, { data: { kind: 'replace', span, newText: term, title: `Change to "${term}"` } });
    }
  },
};

/** How often each distinct match of global `pattern` occurs in `text`. */
function countMatches(text: string, pattern: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(pattern) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Drops trailing characters from `chars` (a loop, not a regex: linear on any input). */
function trimTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

function isInCaptionOrSignature(pleading: CheckContext['pleading'], offset: number): boolean {
  const c = pleading.caption.span;
  if (offset >= c.start && offset < c.end) return true;
  const s = pleading.signature?.span;
  return s !== undefined && offset >= s.start;
}

function isNearMiss(word: string, term: string): boolean {
  if (word === term || word[0] !== term[0]) return false;
  if (Math.abs(word.length - term.length) > 2) return false;
  if (word === `${term}s` || word === `${term}es` || term === `${word}s`) return false;
  // All-caps forms are how captions and headings write names.
  if (word === word.toUpperCase() && term !== term.toUpperCase() && /\p{L}/u.test(word)) return false;
  const lowerEqual = word.toLowerCase() === term.toLowerCase();
  // Case-only variants matter for coined names (LivePerson, [24]7), not for capitalised words.
  if (lowerEqual) return /\p{Lu}/u.test(term.slice(1)) || /[\d\[]/.test(term);
  const limit = term.length <= 6 ? 1 : 2;
  return editDistance(word, term, limit) <= limit;
}

/** Optimal-string-alignment distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return rowMin;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}
