/**
 * defined-term: a near miss of a defined short name ("[24]’s" where "[24]7" is defined, "Coastel"
 * for "Coastal"). Misnaming a party in a response can leave the wrong entity's conduct admitted.
 * Tuned against false alarms: only capitalised tokens that are rare in the document, close to a
 * term that is used often, and not plurals or possessives of it.
 */
import { escapeRegExp } from '../text';
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
  run(ctx: CheckContext): void {
    const { pleading, blockwise, report } = ctx;
    const text = pleading.text;
    const all = [...new Set(pleading.definedTerms.map(t => t.term))].filter(t => t.length >= 3 && !GENERIC.has(t.toLowerCase()));
    for (const term of all) {
      if (/[[\](){}]/.test(term)) garbledBrackets(ctx, term);
      if (/^\p{L}{3,} \p{L}{3,}$/u.test(term)) twoWordMisses(ctx, term);
    }
    const terms = all.filter(t => !/\s/.test(t));
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

/**
 * A coined name with brackets ("[24]7") as OCR and hurried typing garble it: a bracket swapped or
 * lost, a space slipped in — "[24)7", "24]7", "[2 4]7". Its letters and digits in order, with a
 * bracket somewhere, where the name itself is used at least three times.
 */
function garbledBrackets({ pleading, blockwise, report }: CheckContext, term: string): void {
  const source = `(?<![\\p{L}\\p{N}\\[\\](){}])${[...term].map(ch => (BRACKETS.includes(ch) ? '[\\[\\](){}|]?' : escapeRegExp(ch))).join(' ?')}(?![\\p{L}\\p{N}\\[\\](){}])`;
  const pattern = new RegExp(source, 'gu');
  const found = blockwise(`garbled ${source}`, block => [...block.matchAll(pattern)].map(m => [m.index!, m[0]] as const));
  // A space the pattern let in before the name is not part of it.
  const hits = found.flatMap(({ start, value }) => value.map(([at, written]) => ({ at: start + at + (written.length - written.trimStart().length), written: written.trim() })));
  if (hits.filter(h => h.written === term).length < 3) return;
  for (const { at, written } of hits) {
    if (written === term || ![...written].some(ch => BRACKETS.includes(ch)) || isInCaptionOrSignature(pleading, at)) continue;
    const span = { start: at, end: at + written.length };
    report(span, `"${written}" looks like a misspelling of the defined term "${term}".`, { data: { kind: 'replace', span, newText: term, title: `Change to "${term}"` } });
  }
}

const BRACKETS = '[](){}|';

/**
 * A two-word name with one word misspelt: "Salt Rivr" for "Salt River". One word exactly as
 * defined, the other a near miss of its counterpart, where the name is used at least three times.
 */
function twoWordMisses({ pleading, blockwise, report }: CheckContext, term: string): void {
  const [first, second] = term.split(' ');
  const word = '\\p{L}[\\p{L}\'’-]*';
  const source = `(?<![\\p{L}])(?:${escapeRegExp(first)}[ \\t]+(${word})|(${word})[ \\t]+${escapeRegExp(second)})(?![\\p{L}])`;
  const pattern = new RegExp(source, 'gu');
  const found = blockwise(`two words ${source}`, block => [...block.matchAll(pattern)].map(m => [m.index!, m[0], m[1] ?? '', m[2] ?? ''] as const));
  const hits = found.flatMap(({ start, value }) => value.map(([at, whole, after, before]) => ({ at: start + at, whole, after, before })));
  // A name used three times is established; one defined and seldom used ("Peachtree Storage",
  // then "Defendant" throughout) still is for a single slip of one letter in a long word, written once.
  const established = hits.filter(h => h.whole.replace(/\s+/g, ' ') === term).length >= 3;
  const seen = new Map<string, number>();
  for (const h of hits) seen.set(h.whole, (seen.get(h.whole) ?? 0) + 1);
  for (const h of hits) {
    if (isInCaptionOrSignature(pleading, h.at)) continue;
    // "Salt Rivr": the second word missed; "Slat River": the first.
    // "Coral Shoals'" is the name's possessive, not a misspelling.
    const after = h.after.replace(POSSESSIVE, '');
    const missed = h.after ? { written: after, want: second, at: h.at + h.whole.length - h.after.length } : { written: h.before, want: first, at: h.at };
    if (!missed.written || missed.written === missed.want || !isNearMiss(missed.written, missed.want)) continue;
    if (!established && (seen.get(h.whole)! > 1 || missed.want.length < 6 || editDistance(missed.written, missed.want, 1) > 1)) continue;
    const span = { start: missed.at, end: missed.at + missed.written.length };
    report(span, `"${h.whole.replace(/\s+/g, ' ')}" looks like a misspelling of the defined term "${term}".`, { data: { kind: 'replace', span, newText: missed.want, title: `Change to "${term}"` } });
  }
}

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
