/**
 * Two versions of a complaint, aligned paragraph by paragraph by what they say, not by number: a
 * paragraph moved, renumbered or lightly reworded is still the same paragraph. Then the same for
 * the COUNT headings, and a summary a lawyer reads first ("¶¶ 14–19 new; old ¶12 deleted; …").
 *
 * The alignment: paragraphs whose text is unique and identical in both versions anchor it (those
 * in order are kept, the rest moved); the gaps between anchors are aligned by a similarity score
 * over their words; what is left over on both sides is paired across the document when it is
 * close enough (moved and reworded). Linear in the paragraphs an amendment leaves alone.
 */
import type { Heading, Paragraph, Pleading } from '../model';
import { redline, type RedlineSegment } from './redline';

export type ParagraphChange = 'unchanged' | 'renumbered' | 'reworded' | 'moved' | 'new' | 'deleted';

export interface ParagraphPair {
  change: ParagraphChange;
  /** Index into the old version's paragraphs (absent for a new paragraph). */
  old?: number;
  /** Index into the new version's paragraphs (absent for a deleted one). */
  new?: number;
  oldNumber?: number;
  newNumber?: number;
  /** Word similarity, 0–1 (1 for the same text). */
  similarity: number;
  /** Whether the words changed (a moved paragraph may also be reworded). */
  reworded: boolean;
  /** The word-level redline, for a reworded paragraph. */
  redline?: RedlineSegment[];
}

export type HeadingChange = 'unchanged' | 'renumbered' | 'retitled' | 'new' | 'dropped';

export interface CountPair {
  change: HeadingChange;
  old?: number;
  new?: number;
  oldLabel?: string;
  newLabel?: string;
}

export interface Comparison {
  /** Every paragraph of both versions, in the new version's order with deletions where they stood. */
  paragraphs: ParagraphPair[];
  counts: CountPair[];
  /** Old paragraph number → new number, for every paragraph that survives. */
  renumbering: Map<number, number>;
  summary: string;
}

/** Paired when at least this similar: below it, a rewrite is a new paragraph and a deletion. */
const SAME_PARAGRAPH = 0.5;
/** Paired across the document (moved) only when this similar. */
const SAME_MOVED = 0.7;
/** Gaps larger than this many paragraph pairs are aligned greedily. */
const MAX_GAP_CELLS = 1_500_000;

interface Unit {
  index: number;
  number: number | undefined;
  key: string;
  words: Set<string>;
}

/** Complaint paragraphs (the body's; prayer items and counterclaims are not allegations to answer). */
function units(p: Pleading): Unit[] {
  const out: Unit[] = [];
  p.paragraphs.forEach((para: Paragraph, index) => {
    if (para.region !== 'body' || para.number === null) return;
    const key = normalize(withoutReferenceNumbers(p.text, para));
    out.push({ index, number: para.number, key, words: wordsOf(key) });
  });
  return out;
}

/**
 * The paragraph's text with the numbers of the paragraphs it refers to masked: "realleges
 * paragraphs 1 through 67" and "… 1 through 70" say the same thing in two numberings.
 */
function withoutReferenceNumbers(text: string, para: Paragraph): string {
  const { start, end } = para.bodySpan;
  const ranges = para.references.flatMap(r => r.ranges).filter(g => g.span.start >= start && g.span.end <= end).sort((x, y) => x.span.start - y.span.start);
  let out = '';
  let at = start;
  for (const g of ranges) {
    if (g.span.start < at) continue;
    out += text.slice(at, g.span.start) + text.slice(g.span.start, g.span.end).replace(/\d+/g, '#');
    at = g.span.end;
  }
  return out + text.slice(at, end);
}

/** Lower case, letters and digits only, one space between words. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Dice's coefficient over the two paragraphs' word sets. */
function similarity(a: Unit, b: Unit): number {
  return a.key === b.key ? 1 : dice(a.words, b.words);
}

/** Dice's coefficient of two word sets (1 for two empty ones). */
function dice(a: Set<string>, b: Set<string>): number {
  const total = a.size + b.size;
  if (!total) return 1;
  // Cheap bound first: sets of very different sizes cannot be similar enough.
  if (2 * Math.min(a.size, b.size) / total < SAME_PARAGRAPH) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / total;
}

const wordsOf = (key: string) => new Set(key.split(' ').filter(Boolean));

export function compareComplaints(before: Pleading, after: Pleading): Comparison {
  const a = units(before);
  const b = units(after);
  const matchA = new Int32Array(a.length).fill(-1);
  const matchB = new Int32Array(b.length).fill(-1);
  const score = new Float64Array(a.length);
  const moved = new Uint8Array(a.length);

  // 1. Anchors: text unique and identical in both; the longest run in order stays, the rest moved.
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  const whereB = new Map<string, number>();
  for (const u of a) countA.set(u.key, (countA.get(u.key) ?? 0) + 1);
  b.forEach((u, j) => { countB.set(u.key, (countB.get(u.key) ?? 0) + 1); whereB.set(u.key, j); });
  const anchors: [number, number][] = [];
  a.forEach((u, i) => {
    if (u.key && countA.get(u.key) === 1 && countB.get(u.key) === 1) anchors.push([i, whereB.get(u.key)!]);
  });
  const inOrder = longestIncreasing(anchors.map(x => x[1]));
  const keep = new Set(inOrder);
  anchors.forEach(([i, j], k) => {
    matchA[i] = j; matchB[j] = i; score[i] = 1;
    if (!keep.has(k)) moved[i] = 1;
  });

  // 2. The gaps between anchors kept in order, aligned by similarity.
  const kept = inOrder.map(k => anchors[k]);
  let prevA = -1;
  let prevB = -1;
  for (const [i, j] of [...kept, [a.length, b.length] as [number, number]]) {
    alignGap(a, b, prevA + 1, i, prevB + 1, j, matchA, matchB, score);
    prevA = i;
    prevB = j;
  }

  // 3. What is left on both sides, paired across the document when close: moved and reworded.
  const restA = a.map((_, i) => i).filter(i => matchA[i] < 0);
  const restB = b.map((_, j) => j).filter(j => matchB[j] < 0);
  if (restA.length * restB.length <= MAX_GAP_CELLS) {
    const candidates: [number, number, number][] = [];
    for (const i of restA) for (const j of restB) {
      const s = similarity(a[i], b[j]);
      if (s >= SAME_MOVED) candidates.push([s, i, j]);
    }
    candidates.sort((x, y) => y[0] - x[0]);
    for (const [s, i, j] of candidates) {
      if (matchA[i] >= 0 || matchB[j] >= 0) continue;
      matchA[i] = j; matchB[j] = i; score[i] = s; moved[i] = 1;
    }
  }

  // The pairs, in the new version's order, each deletion placed after the old paragraph before it.
  const pairs: ParagraphPair[] = [];
  const pairOf = (i: number): ParagraphPair => {
    const j = matchA[i];
    const oldNumber = a[i].number;
    const newNumber = b[j].number;
    const reworded = a[i].key !== b[j].key;
    const change: ParagraphChange = moved[i] ? 'moved' : reworded ? 'reworded' : oldNumber !== newNumber ? 'renumbered' : 'unchanged';
    const pair: ParagraphPair = { change, old: a[i].index, new: b[j].index, oldNumber, newNumber, similarity: score[i], reworded };
    if (reworded) pair.redline = redline(before.paragraphs[a[i].index].body, after.paragraphs[b[j].index].body);
    return pair;
  };
  const deletedAfter = new Map<number, number[]>(); // new index (or -1) → old deletions that follow it
  let lastB = -1;
  for (let i = 0; i < a.length; i++) {
    if (matchA[i] >= 0) { if (!moved[i]) lastB = matchA[i]; continue; }
    const list = deletedAfter.get(lastB) ?? [];
    list.push(i);
    deletedAfter.set(lastB, list);
  }
  const emitDeleted = (j: number) => {
    for (const i of deletedAfter.get(j) ?? []) pairs.push({ change: 'deleted', old: a[i].index, oldNumber: a[i].number, similarity: 0, reworded: false });
  };
  emitDeleted(-1);
  for (let j = 0; j < b.length; j++) {
    const i = matchB[j];
    pairs.push(i >= 0 ? pairOf(i) : { change: 'new', new: b[j].index, newNumber: b[j].number, similarity: 0, reworded: false });
    emitDeleted(j);
  }

  const renumbering = new Map<number, number>();
  for (const p of pairs) if (p.oldNumber !== undefined && p.newNumber !== undefined) renumbering.set(p.oldNumber, p.newNumber);
  const counts = compareCounts(before, after, renumbering);
  return { paragraphs: pairs, counts, renumbering, summary: summarize(pairs, counts) };
}

/** Aligns a[a0..a1) with b[b0..b1): the pairing that maximises total similarity, in order. */
function alignGap(a: Unit[], b: Unit[], a0: number, a1: number, b0: number, b1: number, matchA: Int32Array, matchB: Int32Array, score: Float64Array): void {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n <= 0 || m <= 0) return;
  if (n * m > MAX_GAP_CELLS) {
    // Too large to score every pair: walk both in step, pairing neighbours that are close.
    for (let k = 0; k < Math.min(n, m); k++) {
      const s = similarity(a[a0 + k], b[b0 + k]);
      if (s >= SAME_PARAGRAPH) { matchA[a0 + k] = b0 + k; matchB[b0 + k] = a0 + k; score[a0 + k] = s; }
    }
    return;
  }
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const sim = new Float64Array(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = similarity(a[a0 + i], b[b0 + j]);
      sim[i * m + j] = s;
      const take = s >= SAME_PARAGRAPH ? best[(i + 1) * width + j + 1] + s : -1;
      best[i * width + j] = Math.max(take, best[(i + 1) * width + j], best[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sim[i * m + j];
    if (s >= SAME_PARAGRAPH && best[i * width + j] === best[(i + 1) * width + j + 1] + s) {
      matchA[a0 + i] = b0 + j; matchB[b0 + j] = a0 + i; score[a0 + i] = s;
      i++; j++;
    } else if (best[(i + 1) * width + j] >= best[i * width + j + 1]) i++;
    else j++;
  }
}

/** Indices of a longest strictly increasing subsequence of `values` (patience sorting). */
function longestIncreasing(values: number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[k]) lo = mid + 1; else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) out.push(k);
  return out.reverse();
}

/** The label a lawyer reads: "COUNT IV (Unjust Enrichment)". */
export function countLabel(h: Heading): string {
  const title = h.title?.text.replace(/^\((.*)\)$/, '$1');
  const head = h.text.replace(/\s+/g, ' ').trim();
  return title && !head.includes(title) ? `${head} (${title})` : head;
}

/**
 * COUNTs matched by title first (a count renumbered keeps its title), then by number where the
 * title is close or the count's first paragraph is still in it (a count retitled).
 */
function compareCounts(before: Pleading, after: Pleading, renumbering: Map<number, number>): CountPair[] {
  const countsOf = (p: Pleading) => p.headings.map((h, index) => ({ h, index })).filter(x => x.h.kind === 'count');
  const a = countsOf(before);
  const b = countsOf(after);
  // The title, or what follows the numeral on the heading line ("COUNT II – Unjust Enrichment").
  const titleKey = (h: Heading) => {
    if (h.title) return normalize(h.title.text);
    const at = h.numeral ? h.text.indexOf(h.numeral) : -1;
    return normalize(at >= 0 ? h.text.slice(at + h.numeral!.length) : '');
  };
  const usedA = new Set<number>();
  const matchOfB = new Map<number, number>();
  const firstStaysIn = (old: Heading, countIndex: number) => {
    const first = before.paragraphs[old.firstParagraph]?.number;
    const now = first === null || first === undefined ? undefined : renumbering.get(first);
    return now !== undefined && after.paragraphs.some(p => p.number === now && p.region === 'body' && p.count === countIndex);
  };
  b.forEach((y, j) => {
    const i = a.findIndex((x, k) => !usedA.has(k) && titleKey(x.h) !== '' && titleKey(x.h) === titleKey(y.h));
    if (i >= 0) { usedA.add(i); matchOfB.set(j, i); }
  });
  b.forEach((y, j) => {
    if (matchOfB.has(j)) return;
    const i = a.findIndex((x, k) => !usedA.has(k) && x.h.number !== undefined && x.h.number === y.h.number
      && (dice(wordsOf(titleKey(x.h)), wordsOf(titleKey(y.h))) >= SAME_PARAGRAPH || firstStaysIn(x.h, y.index)));
    if (i >= 0) { usedA.add(i); matchOfB.set(j, i); }
  });
  const out: CountPair[] = [];
  b.forEach((y, j) => {
    const i = matchOfB.get(j);
    if (i === undefined) { out.push({ change: 'new', new: y.index, newLabel: countLabel(y.h) }); return; }
    const x = a[i];
    const change: HeadingChange = titleKey(x.h) !== titleKey(y.h) ? 'retitled' : x.h.number !== y.h.number ? 'renumbered' : 'unchanged';
    out.push({ change, old: x.index, new: y.index, oldLabel: countLabel(x.h), newLabel: countLabel(y.h) });
  });
  a.forEach((x, i) => { if (!usedA.has(i)) out.push({ change: 'dropped', old: x.index, oldLabel: countLabel(x.h) }); });
  return out;
}

/** "¶¶ 14–19 new; old ¶12 deleted; 41 paragraphs renumbered (+6); 5 reworded; COUNT IV new". */
function summarize(pairs: ParagraphPair[], counts: CountPair[]): string {
  const parts: string[] = [];
  const numbers = (list: (number | undefined)[]) => runs(list.filter((n): n is number => n !== undefined));
  const added = pairs.filter(p => p.change === 'new').map(p => p.newNumber);
  if (added.length) parts.push(`${added.length > 1 ? '¶¶' : '¶'} ${numbers(added)} new`);
  const deleted = pairs.filter(p => p.change === 'deleted').map(p => p.oldNumber);
  if (deleted.length) parts.push(`old ${deleted.length > 1 ? '¶¶' : '¶'} ${numbers(deleted)} deleted`);
  const reworded = pairs.filter(p => p.reworded);
  if (reworded.length) parts.push(`${reworded.length} reworded (${reworded.length > 1 ? '¶¶' : '¶'} ${numbers(reworded.map(p => p.newNumber))})`);
  const movedPairs = pairs.filter(p => p.change === 'moved');
  if (movedPairs.length) parts.push(`${movedPairs.length} moved (${movedPairs.map(p => `¶${p.oldNumber} → ¶${p.newNumber}`).join(', ')})`);
  const shifted = pairs.filter(p => p.oldNumber !== undefined && p.newNumber !== undefined && p.oldNumber !== p.newNumber);
  if (shifted.length) {
    const deltas = new Set(shifted.map(p => p.newNumber! - p.oldNumber!));
    const delta = deltas.size === 1 ? ` (${[...deltas][0] > 0 ? '+' : ''}${[...deltas][0]})` : '';
    parts.push(`${shifted.length} ${shifted.length === 1 ? 'paragraph' : 'paragraphs'} renumbered${delta}`);
  }
  for (const c of counts) {
    if (c.change === 'new') parts.push(`${c.newLabel} new`);
    else if (c.change === 'dropped') parts.push(`${c.oldLabel} dropped`);
    else if (c.change === 'retitled') parts.push(`${c.oldLabel} retitled ${c.newLabel}`);
    else if (c.change === 'renumbered') parts.push(`${c.oldLabel} is now ${c.newLabel}`);
  }
  return parts.length ? parts.join('; ') : 'no changes to the numbered paragraphs or the COUNTs';
}

/** "3, 7–9, 12": consecutive numbers as ranges. */
export function runs(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((x, y) => x - y);
  const out: string[] = [];
  for (let k = 0; k < sorted.length; k++) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    out.push(end > k ? `${sorted[k]}–${sorted[end]}` : String(sorted[k]));
    k = end;
  }
  return out.join(', ');
}
