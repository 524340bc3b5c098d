/**
 * incorporation-range: an incorporation paragraph ("realleges paragraphs 1-67") must point at the
 * paragraphs before it (FRCP 10(c)); including itself or later ones ("1-68" in ¶68) is a slip, and
 * so is stopping short or starting late unless the range ends at a heading (counts that adopt only
 * the facts, the cure for shotgun pleading).
 */
import { complaintParagraphs, headingBoundaries, reallegedRange } from '../analysis';
import type { FixData, Paragraph, Pleading, Reference } from '../model';
import { INCORPORATION, PLEADING_NAMES } from '../phrases';
import { incorporatedReferences } from '../parse/parser';
import { type Check, type CheckContext, para, type Report } from './check';

export const incorporationRange: Check = {
  code: 'incorporation-range',
  description: 'An incorporation paragraph includes itself or later paragraphs, or stops short of or starts after the paragraphs it should adopt.',
  severity: 'error',
  run({ pleading, complaint, report, blockwise }: CheckContext): void {
    const boundaries = headingBoundaries(pleading);
    const theirs = complaint && pleading.kind === 'answer' ? complaintParagraphs(complaint) : undefined;
    // Where the text names the pleading ("Complaint", "Petition"): one scan of the whole text (block
    // by block, kept across versions) instead of a search in every unit; most units never name it.
    // Only a pleading whose title names it can adopt "all the allegations of the Complaint" itself.
    const names = NAMES_PLEADING.test(pleading.caption.title?.text ?? '') ? pleadingNames(blockwise) : [];
    let k = 0;
    for (const p of pleading.paragraphs) {
      if (p.region === 'defenses' || p.region === 'prayer') continue;
      while (k < names.length && names[k] < p.bodySpan.start) k++;
      if (k < names.length && names[k] < p.bodySpan.end) wholePleading(pleading, p, report);
      const all = incorporatedReferences(pleading.text, p);
      if (!all.length) continue;
      // "paragraphs 1 through 8 of its Answer": the answer's own paragraphs, measured against its own number.
      const own = all.filter(r => r.ofAnswer && r.ranges.length);
      if (own.length && p.number !== null) checkRanges(own, p.number, headingBoundaries(pleading), report, pleading.text);
      const refs = own.length ? all.filter(r => !r.ofAnswer) : all;
      if (!refs.length) continue;
      const anchor = anchorOf(p);
      if (anchor === null || anchor < 1) continue;
      // With the complaint linked, the answer must adopt exactly what the complaint's paragraph realleges.
      const source = theirs?.get(anchor);
      const realleged = source && complaint ? reallegedRange(complaint, source) : undefined;
      const ranged = refs.filter(r => r.ranges.length);
      if (realleged && ranged.length && realleged.to < anchor) {
        checkAgainstComplaint(pleading.text, ranged, anchor, realleged, report);
        continue;
      }
      // The complaint's paragraph realleges itself or later ones ("1-25" in ¶25): the slip is the
      // complaint's, reported there. The answer is measured against what it should have said.
      if (realleged && ranged.length && realleged.from < anchor && ranged.every(r => r.ranges.every(g => g.to < anchor))) {
        checkAgainstComplaint(pleading.text, ranged, anchor, { from: realleged.from, to: anchor - 1 }, report, realleged);
        continue;
      }
      for (const r of refs) if (r.preceding?.count !== undefined) checkCount(pleading.text, r, anchor, report);
      checkRanges(ranged, anchor, boundaries, report, pleading.text);
    }
  },
};

/**
 * "Plaintiffs restate and re-allege all of the allegations contained in their Amended Complaint",
 * in the Amended Complaint itself: the paragraph adopts the whole pleading, itself and every
 * paragraph after it included (in ¶1, nothing precedes it; "the original Complaint" was meant).
 */
function wholePleading(p: Pleading, unit: Paragraph, report: Report): void {
  const body = p.text.slice(unit.bodySpan.start, unit.bodySpan.end);
  const m = WHOLE_PLEADING.exec(body);
  if (!m || /original|prior|earlier|initial/i.test(m[0]) || !INCORPORATION.test(body)) return;
  const title = p.caption.title?.text ?? '';
  const amended = /amended/i.test(m[0]);
  if (!new RegExp(`\\b${m[2]}\\b`, 'i').test(title) || amended !== /\bAMENDED\b/i.test(title)) return;
  const named = m[1].replace(/\s+/g, ' ');
  const start = unit.bodySpan.start + m.index + m[0].length - m[1].length;
  report({ start, end: start + m[1].length }, `${para(unit.number)} incorporates all the allegations of the ${named}: this pleading itself, ${para(unit.number)} and every paragraph after it included${unit.number === 1 ? ' (nothing precedes ¶1; was the earlier complaint meant?)' : ''}.`);
}

/** Offsets in the text where it names a pleading, in order. */
function pleadingNames(blockwise: CheckContext['blockwise']): number[] {
  const out: number[] = [];
  for (const { start, value } of blockwise('pleading names', namesIn)) for (const at of value) out.push(start + at);
  return out;
}

const PLEADING_NAME = new RegExp(PLEADING_NAMES.join('|'), 'gi');
const NAMES_PLEADING = new RegExp(PLEADING_NAME.source, 'i');

function namesIn(block: string): number[] {
  const out: number[] = [];
  PLEADING_NAME.lastIndex = 0;
  for (let m = PLEADING_NAME.exec(block); m; m = PLEADING_NAME.exec(block)) out.push(m.index);
  return out;
}
const WHOLE_PLEADING = /\b(?:all|each\s+and\s+every)(?:\s+of)?(?:\s+the)?\s+(?:allegations|averments)\s+(?:(?:contained|set\s+forth|made)\s+)?(?:in|of)\s+(?:their|its|his|her|the|this|plaintiffs?['’]?s?)\s+((?:(?:first|second|third|amended|original|prior|verified)\s+){0,3}(complaint|petition))\b/i;

/** The paragraph number an incorporation is measured against: the complaint paragraph it answers, or its own. */
function anchorOf(p: Paragraph): number | null {
  if (p.response && !p.response.implicit && p.response.targets.length === 1) return p.response.targets[0];
  return p.number;
}

function checkCount(text: string, r: Reference, anchor: number, report: Report): void {
  const count = r.preceding!.count!;
  const want = anchor - 1;
  if (count === want) return;
  const refText = text.slice(r.span.start, r.span.end);
  const digits = /\d+/.exec(refText);
  const data = digits && want > 0
    ? { kind: 'replace' as const, span: { start: r.span.start + digits.index, end: r.span.start + digits.index + digits[0].length }, newText: String(want), title: `Change to "the preceding ${want} paragraphs"` }
    : undefined;
  report(r.span, `${para(anchor)} incorporates "the preceding ${count} paragraphs", but ${want} paragraph${want === 1 ? '' : 's'} precede it.`, { data });
}

function checkRanges(refs: Reference[], anchor: number, boundaries: Set<number>, report: Report, text: string): void {
  if (!refs.length) return;
  const ranges = refs.flatMap(r => r.ranges);
  let lo = ranges[0];
  let hi = ranges[0];
  for (const g of ranges) {
    if (g.from < lo.from) lo = g;
    if (g.to > hi.to) hi = g;
  }
  const want = anchor - 1;
  const shown = (from: number, to: number) => (from === to ? `paragraph ${from}` : `paragraphs ${from}-${to}`);
  if (hi.to >= anchor) {
    const toDigits = String(hi.to);
    const toSpan = { start: hi.span.end - toDigits.length, end: hi.span.end };
    const fixable = want >= hi.from && hi.from !== hi.to && text.slice(toSpan.start, toSpan.end) === toDigits;
    report(hi.span, hi.to === anchor
        ? `${para(anchor)} incorporates ${shown(hi.from, hi.to)}, which includes ${para(anchor)} itself; it should end at ${want}.`
        : `${para(anchor)} incorporates ${shown(hi.from, hi.to)}, which includes later paragraphs; it should end at ${want}.`, { data: fixable ? { kind: 'replace', span: toSpan, newText: String(want), title: `Change the range to end at ${want}` } : undefined });
    return;
  }
  if (hi.to < want && !boundaries.has(hi.to + 1)) {
    const toDigits = String(hi.to);
    const toSpan = { start: hi.span.end - toDigits.length, end: hi.span.end };
    report(hi.span, `${para(anchor)} incorporates ${shown(lo.from, hi.to)} but not ${shown(hi.to + 1, want)}, which also precede it.`, { data: hi.from !== hi.to ? { kind: 'replace', span: toSpan, newText: String(want), title: `Extend the range to ${want}` } : undefined });
  }
  if (lo.from > 1 && !boundaries.has(lo.from)) {
    report(lo.span, `${para(anchor)} incorporates from ${para(lo.from)}, leaving out ${shown(1, lo.from - 1)}; a range that starts mid-section is usually a slip.`);
  }
}

/**
 * The answer's range against the complaint's (`want`); `written`, when the complaint's own range is
 * a slip and `want` what it should have said.
 */
function checkAgainstComplaint(text: string, refs: Reference[], anchor: number, want: { from: number; to: number }, report: Report, written?: { from: number; to: number }): void {
  const ranges = refs.flatMap(r => r.ranges);
  const from = Math.min(...ranges.map(g => g.from));
  const to = Math.max(...ranges.map(g => g.to));
  if (from === want.from && to === want.to) return;
  // Where the complaint's paragraph realleges itself ("paragraphs 1 through 18" in ¶18), a response
  // that stops before it has corrected the slip, not made one.
  if (want.to >= anchor && from === want.from && to === anchor - 1) return;
  const only = ranges.length === 1 ? ranges[0] : undefined;
  let data: FixData | undefined;
  if (only && only.from !== only.to) {
    const written = text.slice(only.span.start, only.span.end);
    const sep = written.slice(String(only.from).length, written.length - String(only.to).length);
    data = { kind: 'replace', span: only.span, newText: `${want.from}${sep}${want.to}`, title: `Incorporate paragraphs ${want.from}-${want.to}, as the complaint does` };
  }
  const theirs = written
    ? `Complaint ¶${anchor} realleges paragraphs ${written.from}-${written.to} (meaning ${want.from === want.to ? `paragraph ${want.from}` : `paragraphs ${want.from}-${want.to}`}: it cannot adopt itself)`
    : `Complaint ¶${anchor} realleges paragraphs ${want.from}-${want.to}`;
  report(only?.span ?? refs[0].span, `${theirs}; this response incorporates ${from === to ? `paragraph ${from}` : `paragraphs ${from}-${to}`}.`, { data });
}
