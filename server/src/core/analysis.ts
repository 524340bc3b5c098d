/** Facts derived from the model that several checks share, computed on demand. */
import type { Paragraph, Pleading } from './model';
import { incorporatedReferences } from './parse/parser';

/** Whether an answer numbers each response after the complaint paragraph it answers (decided by the parser). */
export function tracksComplaintNumbers(pleading: Pleading): boolean {
  return pleading.tracksComplaint === true;
}

/** Whether an answer unit responds to complaint paragraphs (wherever it stands, but in a counterclaim). */
export function respondsToComplaint(p: Paragraph): boolean {
  return p.region !== 'counterclaim' && p.region !== 'prayer' && p.response !== undefined && p.response.targets.length > 0;
}

/**
 * Answer paragraphs numbered N that say they respond to a single other paragraph M, where the
 * answer otherwise numbers its responses after the complaint — unless M is simply the next
 * paragraph after the last one answered (a grouped response before it shifted the numbers, or the
 * unit's own number is the slip, which paragraph-numbering reports).
 */
export const mismatchedResponses = memo((pleading: Pleading): Paragraph[] => {
  if (pleading.kind !== 'answer' || !tracksComplaintNumbers(pleading)) return [];
  const out: Paragraph[] = [];
  let answered = 0;
  for (const p of pleading.paragraphs) {
    const r = p.response;
    if (!r || !respondsToComplaint(p)) continue;
    if (!r.implicit && p.number !== null && r.targets.length === 1 && r.targets[0] !== p.number && r.targets[0] !== answered + 1) out.push(p);
    answered = Math.max(answered, ...r.targets);
  }
  return out;
});

/** The numbers of paragraphs that open a section, COUNT or counterclaim: natural ends of a range. */
export function headingBoundaries(pleading: Pleading): Set<number> {
  const out = new Set<number>();
  for (const h of pleading.headings) {
    if (h.kind === 'defense' || h.kind === 'defenses' || h.kind === 'prayer' || h.kind === 'jury-demand') continue;
    const p = pleading.paragraphs[h.firstParagraph];
    if (p && p.number !== null) out.add(p.number);
  }
  return out;
}

/** Index of the paragraph whose span contains `offset`, or -1 (binary search). */
export function paragraphIndexAt(p: Pleading, offset: number): number {
  const ps = p.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].span.end < offset) lo = mid + 1;
    else if (ps[mid].span.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The answer units that respond to complaint paragraphs, wherever they stand (a general denial alone is not one). */
export const responseParagraphs = memo((p: Pleading): Paragraph[] => {
  if (p.kind !== 'answer') return [];
  return p.paragraphs.filter(x => x.region !== 'counterclaim' && x.response && (x.response.targets.length > 0 || !x.response.general));
});

/** Memoises a derived fact per model: models are immutable once parsed. */
export function memo<T>(f: (p: Pleading) => T): (p: Pleading) => T {
  const cache = new WeakMap<Pleading, T>();
  return p => {
    if (cache.has(p)) return cache.get(p)!;
    const v = f(p);
    cache.set(p, v);
    return v;
  };
}

/** The complaint's own numbered paragraphs (its counterclaims aside), by number. */
export const complaintParagraphs = memo((complaint: Pleading): Map<number, Paragraph> => {
  const out = new Map<number, Paragraph>();
  for (const p of complaint.paragraphs) if (p.region === 'body' && p.number !== null && !out.has(p.number)) out.set(p.number, p);
  return out;
});

/** The answer's responses in document order: each paragraph with the complaint numbers it answers. */
export const answerResponses = memo((answer: Pleading): { paragraph: Paragraph; index: number; targets: number[] }[] => {
  const out: { paragraph: Paragraph; index: number; targets: number[] }[] = [];
  answer.paragraphs.forEach((p, index) => {
    if (respondsToComplaint(p)) out.push({ paragraph: p, index, targets: p.response!.targets });
  });
  return out;
});

/**
 * The complaint paragraphs that no response of the answer answers one by one (a general denial may
 * still cover them: unanswered-paragraph then reports them as information).
 */
export function unansweredNumbers(answer: Pleading, complaint: Pleading): number[] {
  // Asked by more than one rule in a run: worked out once per answer and complaint.
  const hit = unansweredCache.get(answer);
  if (hit?.complaint === complaint) return hit.numbers;
  // By number in an array: a set of 10,000 numbers cost several times more.
  const answered: boolean[] = [];
  for (const r of answerResponses(answer)) for (const t of r.targets) answered[t] = true;
  const numbers: number[] = [];
  for (const n of complaintParagraphs(complaint).keys()) if (!answered[n]) numbers.push(n);
  unansweredCache.set(answer, { complaint, numbers });
  return numbers;
}
const unansweredCache = new WeakMap<Pleading, { complaint: Pleading; numbers: number[] }>();

/** Whether the answer pleads a general denial: of everything (CCP § 431.30(d)), or of all not admitted (FRCP 8(b)(3)). */
export function hasGeneralDenial(answer: Pleading): boolean {
  return answer.generalDenial !== undefined;
}

/** The range a complaint paragraph realleges ("1 through 55"), if it is an incorporation paragraph. */
export function reallegedRange(pleading: Pleading, p: Paragraph): { from: number; to: number } | undefined {
  const refs = incorporatedReferences(pleading.text, p);
  if (!refs.length) return undefined;
  const self = p.response?.targets[0] ?? p.number;
  if (refs.some(r => r.preceding) && self !== null && self !== undefined) {
    const count = refs.find(r => r.preceding)!.preceding!.count;
    return { from: count ? self - count : 1, to: self - 1 };
  }
  const ranges = refs.flatMap(r => r.ranges);
  if (!ranges.length) return undefined;
  return { from: Math.min(...ranges.map(g => g.from)), to: Math.max(...ranges.map(g => g.to)) };
}

/** "COUNT III — Breach of Contract" or "II. GENERAL ALLEGATIONS": where a paragraph sits. */
export function placeOf(p: Pleading, para: Paragraph): string {
  // COUNTs stand beside sections, not inside them: a paragraph is in one or the other.
  if (para.count >= 0) {
    const c = p.headings[para.count];
    return c.title ? `${c.text} — ${c.title.text}` : c.text;
  }
  const heading = p.headings[para.heading];
  return heading && (heading.kind === 'section' || heading.kind === 'subsection' || heading.kind === 'counterclaim') ? heading.text : '';
}
