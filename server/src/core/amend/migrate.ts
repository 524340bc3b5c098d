/**
 * Carries an answer over to an amended complaint. Responses to unchanged paragraphs are kept and
 * renumbered (their own number where the answer follows the complaint's numbering, and every
 * complaint paragraph they name, grouped targets and ranges too); responses to reworded or moved
 * paragraphs are kept and marked for review with the redline; new paragraphs get a response in
 * the answer's own phrasing, marked as new; responses whose every paragraph was deleted are
 * dropped; incorporation ranges and COUNT headings follow the new complaint; the title and
 * preamble name it. Nothing is lost silently: the summary lists every response dropped or changed.
 *
 * Review marks are HTML comments on their own line (`<!-- review: … -->`): the parser sets them
 * aside like any comment, so they never change what the answer says, and a search finds them.
 */
import { reallegedRange, respondsToComplaint } from '../analysis';
import { complaintName } from '../drafting/draftAnswer';
import { responseBlock } from '../drafting/insertResponse';
import { learnPhrasing, type DraftKind } from '../drafting/phrasing';
import type { Heading, Pleading } from '../model';
import { formatNumeral } from '../numerals';
import { parse } from '../parse/parser';
import { renumberFrom } from '../edits/renumber';
import { compareComplaints, countLabel, runs, type Comparison, type ParagraphPair } from './compare';
import type { RedlineSegment } from './redline';

export interface MigrationNote {
  /** The answer paragraph it concerns, as the answer numbered it before. */
  answerParagraph: number | null;
  /** Complaint paragraphs it answered (old numbering). */
  oldTargets: number[];
  /** The same paragraphs in the new numbering (none for a dropped response). */
  newTargets: number[];
  what: string;
}

export interface Migration {
  /** The migrated answer. */
  text: string;
  comparison: Comparison;
  kept: number;
  renumbered: number;
  /** Responses kept but marked for review (reworded or moved paragraphs). */
  review: MigrationNote[];
  /** Responses written for new paragraphs (new numbering). */
  added: number[];
  /** Responses dropped: every paragraph they answered was deleted. */
  dropped: MigrationNote[];
  /** COUNT headings added, dropped or changed. */
  headings: string[];
  /** One paragraph a lawyer reads first. */
  summary: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Among insertions at one place: lower first (a new paragraph's response before the next response's review mark). */
  rank?: number;
}

/** The prefix every review mark starts with. */
export const REVIEW_MARK = '<!-- review:';

export function migrateAnswer(answer: Pleading, before: Pleading, after: Pleading): Migration {
  const comparison = compareComplaints(before, after);
  const text = answer.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const byOld = new Map<number, ParagraphPair>();
  for (const p of comparison.paragraphs) if (p.oldNumber !== undefined) byOld.set(p.oldNumber, p);
  const map = comparison.renumbering;
  const edits: Edit[] = [];
  const review: MigrationNote[] = [];
  const dropped: MigrationNote[] = [];
  const headingNotes: string[] = [];
  let renumbered = 0;
  const phrasing = learnPhrasing(answer);

  // Where each answer response now stands (for placing the responses to new paragraphs).
  const placed: { end: number; lastTarget: number; start: number }[] = [];

  for (const para of answer.paragraphs) {
    const r = para.response;
    // Responses wherever they stand (Kentucky and Form 30 answers put them under a DEFENSE heading).
    if (!r || !respondsToComplaint(para)) continue;
    const survivors = r.targets.filter(t => map.has(t));
    const newTargets = survivors.map(t => map.get(t)!);
    if (!survivors.length) {
      edits.push({ ...wholeLines(text, para.span), text: '' });
      dropped.push({ answerParagraph: para.number, oldTargets: r.targets, newTargets: [], what: `answered ${plural(r.targets)} ${runs(r.targets)}, deleted from the amended complaint` });
      continue;
    }
    if (newTargets.some((n, k) => n !== survivors[k])) renumbered++;
    placed.push({ start: para.span.start, end: para.span.end, lastTarget: Math.max(...newTargets) });

    // The paragraph's own number, where the answer numbers its responses after the complaint's.
    if (answer.tracksComplaint && para.number !== null && para.numberSpan && r.targets.length === 1 && para.number === r.targets[0] && newTargets[0] !== para.number) {
      edits.push({ start: para.numberSpan.start, end: para.numberSpan.end, text: String(newTargets[0]) });
    }
    // Every complaint paragraph it names; an incorporation adopts what the new paragraph realleges.
    const incorporation = r.kind === 'incorporation' && newTargets.length === 1;
    const realleged = incorporation ? newRange(after, newTargets[0]) : undefined;
    for (const ref of para.references) {
      for (const g of ref.ranges) {
        const written = text.slice(g.span.start, g.span.end);
        const isRange = g.from !== g.to;
        if (isRange && realleged) {
          edits.push(...rewriteRange(g.span.start, written, realleged.from, realleged.to));
        } else if (isRange) {
          const from = firstSurvivor(map, g.from, g.to);
          const to = lastSurvivor(map, g.from, g.to);
          if (from !== undefined && to !== undefined) edits.push(...rewriteRange(g.span.start, written, from, to));
        } else if (map.has(g.from) && map.get(g.from) !== g.from) {
          edits.push(...rewriteRange(g.span.start, written, map.get(g.from)!, map.get(g.from)!));
        }
      }
    }
    // Marks for review: what changed in the paragraphs it answers.
    const reasons: string[] = [];
    for (const t of r.targets) {
      const pair = byOld.get(t);
      if (!pair || pair.change === 'deleted') { reasons.push(`old ¶${t} was deleted from the amended complaint`); continue; }
      if (pair.change === 'moved') reasons.push(`¶${pair.newNumber} (old ¶${t}) was moved`);
      if (pair.reworded) reasons.push(`¶${pair.newNumber} (old ¶${t}) was reworded: ${redlineText(pair.redline ?? [])}`);
    }
    if (reasons.length) {
      edits.push({ start: lineStart(text, para.span.start), end: lineStart(text, para.span.start), text: `${REVIEW_MARK} ${escapeComment(reasons.join('; '))} -->${eol}` });
      review.push({ answerParagraph: para.number, oldTargets: r.targets, newTargets, what: reasons.join('; ') });
    }
  }

  // Responses to new paragraphs, each after the response to the paragraph before it.
  const added: number[] = [];
  const newCountAt = new Map<number, Heading>();
  // Only an answer that repeats the complaint's COUNT headings gets the new one.
  const mirrorsCounts = answer.headings.some(h => h.kind === 'count');
  for (const c of mirrorsCounts ? comparison.counts : []) {
    if (c.change !== 'new' || c.new === undefined) continue;
    const h = after.headings[c.new];
    const first = after.paragraphs[h.firstParagraph];
    if (first?.number !== null && first?.number !== undefined) newCountAt.set(first.number, h);
  }
  if (placed.length) {
    const inserts = new Map<number, string[]>();
    // Set apart as the answer sets its responses apart: a blank line, or none (single-spaced).
    const sep = phrasing.separator.replace(/\n/g, eol);
    const sorted = [...placed].sort((x, y) => x.lastTarget - y.lastTarget);
    const addAt = (at: number, block: string) => { const list = inserts.get(at) ?? []; list.push(block); inserts.set(at, list); };
    for (const pair of comparison.paragraphs) {
      const n = pair.newNumber;
      if (pair.change !== 'new' || n === undefined) continue;
      const realleges = newRange(after, n);
      const kind: DraftKind = realleges ? 'incorporation' : 'deny';
      let block = `${REVIEW_MARK} new in the amended complaint: ¶${n}; this ${kind === 'deny' ? 'denial' : 'incorporation'} is a placeholder -->${eol}${responseBlock(phrasing, kind, n, realleges).replace(/\n/g, eol)}`;
      const count = newCountAt.get(n);
      if (count) {
        block = `${after.text.slice(count.span.start, count.span.end).trim()}${eol}${eol}${block}`;
        newCountAt.delete(n);
        headingNotes.push(`${countLabel(count)} added`);
      }
      let before = -1;
      for (let k = 0; k < sorted.length; k++) if (sorted[k].lastTarget < n) before = k;
      if (before >= 0) addAt(sorted[before].end, `${sep}${block}`);
      else addAt(lineStart(text, sorted[0].start), `${block}${sep}`);
      added.push(n);
    }
    for (const [at, blocks] of inserts) edits.push({ start: at, end: at, text: blocks.join(''), rank: -1 });
  }

  // COUNT headings: the answer's repeat of each old COUNT follows what became of it.
  for (const c of comparison.counts) {
    if (c.old === undefined) continue;
    const old = before.headings[c.old];
    const mine = answer.headings.find(h => h.kind === 'count' && h.number !== undefined && h.number === old.number);
    if (!mine) continue;
    if (c.change === 'dropped') {
      edits.push({ ...wholeLines(text, mine.span), text: '' });
      headingNotes.push(`${c.oldLabel} dropped`);
    } else if ((c.change === 'renumbered' || c.change === 'retitled') && c.new !== undefined) {
      const next = after.headings[c.new];
      if (mine.numeral && next.number !== undefined && next.number !== mine.number) {
        const at = text.indexOf(mine.numeral, mine.span.start);
        if (at >= 0 && at < mine.span.end) edits.push({ start: at, end: at + mine.numeral.length, text: formatNumeral(next.number, mine.numeralStyle ?? 'roman', mine.numeral) });
      }
      if (c.change === 'retitled' && mine.title && next.title) edits.push({ start: mine.title.start, end: mine.title.end, text: next.title.text });
      headingNotes.push(`${c.oldLabel} → ${c.newLabel}`);
    }
  }
  // New COUNTs whose first paragraph is not new: the heading goes before that paragraph's response.
  for (const [n, h] of newCountAt) {
    const at = placed.filter(p => p.lastTarget >= n).sort((x, y) => x.start - y.start)[0];
    if (!at) continue;
    edits.push({ start: lineStart(text, at.start), end: lineStart(text, at.start), text: `${after.text.slice(h.span.start, h.span.end).trim()}${eol}${eol}` });
    headingNotes.push(`${countLabel(h)} added`);
  }

  // The title and preamble name the amended complaint.
  const oldName = complaintName(before);
  const newName = complaintName(after);
  if (oldName !== newName) {
    for (const span of [answer.caption.title, answer.preamble?.span]) {
      if (span) edits.push(...renameIn(text, span, oldName, newName));
    }
  }

  let migrated = apply(text, edits);
  // An answer with its own numbering: its responses numbered 1, 2, 3 … again after insertions and drops.
  if (!answer.tracksComplaint) migrated = renumberOwn(migrated);
  const kept = placed.length;
  const summary = summarize(comparison, answer.generalDenial !== undefined, kept, renumbered, review, added, dropped, headingNotes);
  return { text: migrated, comparison, kept, renumbered, review, added, dropped, headings: headingNotes, summary };
}

/** What the new complaint's paragraph `n` realleges, held below `n` (a self-including range is the complaint's slip). */
function newRange(after: Pleading, n: number): { from: number; to: number } | undefined {
  const p = after.paragraphs.find(x => x.region === 'body' && x.number === n);
  const range = p && reallegedRange(after, p);
  if (!range) return undefined;
  return { from: Math.max(1, Math.min(range.from, n - 1)), to: Math.min(range.to, n - 1) };
}

function firstSurvivor(map: Map<number, number>, from: number, to: number): number | undefined {
  for (let n = from; n <= to; n++) if (map.has(n)) return map.get(n);
  return undefined;
}

function lastSurvivor(map: Map<number, number>, from: number, to: number): number | undefined {
  for (let n = to; n >= from; n--) if (map.has(n)) return map.get(n);
  return undefined;
}

/** Rewrites the first and last number of a written range ("1 through 16") to `from` and `to`. */
function rewriteRange(at: number, written: string, from: number, to: number): Edit[] {
  const numbers = [...written.matchAll(/\d+/g)];
  if (!numbers.length) return [];
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  const out: Edit[] = [];
  if (Number(first[0]) !== from) out.push({ start: at + first.index!, end: at + first.index! + first[0].length, text: String(from) });
  if (last !== first && Number(last[0]) !== to) out.push({ start: at + last.index!, end: at + last.index! + last[0].length, text: String(to) });
  return out;
}

/** "Complaint" → "First Amended Complaint" in a span, in capitals where the span has them. */
function renameIn(text: string, span: { start: number; end: number }, oldName: string, newName: string): Edit[] {
  const out: Edit[] = [];
  const slice = text.slice(span.start, span.end);
  for (const [from, to] of [[oldName.toUpperCase(), newName.toUpperCase()], [oldName, newName]]) {
    const pattern = new RegExp(`\\b${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (const m of slice.matchAll(pattern)) {
      // "Complaint" inside "Amended Complaint" is already a name of the amendment.
      const lead = slice.slice(Math.max(0, m.index! - 16), m.index!);
      if (/AMENDED\s+$/i.test(lead)) continue;
      out.push({ start: span.start + m.index!, end: span.start + m.index! + from.length, text: to });
    }
  }
  return out;
}

/** The span widened to whole lines, with one blank line after it, so removing it leaves no gap. */
function wholeLines(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const start = lineStart(text, span.start);
  let end = span.end;
  const nl = text.indexOf('\n', end);
  end = nl < 0 ? text.length : nl + 1;
  // One following blank line goes with it.
  const m = /^[ \t]*\r?\n/.exec(text.slice(end, end + 200));
  if (m) end += m[0].length;
  return { start, end };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Applies non-overlapping edits; an edit inside a removed span goes with it. */
function apply(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end || (a.rank ?? 0) - (b.rank ?? 0));
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Renumbers an answer's own numbered responses 1, 2, 3 … (references to the complaint stay). */
function renumberOwn(text: string): string {
  const p = parse(text);
  const first = p.paragraphs.findIndex(x => respondsToComplaint(x) && x.number !== null);
  if (first < 0) return text;
  // From the first numbered paragraph of that run (a Form 30 answer numbers its defenses and responses in one sequence).
  let start = first;
  while (start > 0 && p.paragraphs[start - 1].region === p.paragraphs[first].region && p.paragraphs[start - 1].number !== null) start--;
  const edits = renumberFrom(p, start, p.paragraphs[start].number!).map(e => ({ start: e.span.start, end: e.span.end, text: e.newText }));
  return apply(text, edits);
}

/** "[-old words-]{+new words+}" for a comment. */
function redlineText(segments: RedlineSegment[]): string {
  // The changes with a few words of context either side; long unchanged stretches become "…".
  const out = segments.map((s, k) => {
    if (s.op === 'del') return `[-${s.text.trim()}-] `;
    if (s.op === 'ins') return `{+${s.text.trim()}+} `;
    const w = s.text.trim().split(/\s+/);
    const head = k > 0 ? w.slice(0, 4) : [];
    const tail = k < segments.length - 1 ? w.slice(-4) : [];
    if (head.length + tail.length >= w.length) return `${s.text.trim()} `;
    return `${head.join(' ')}${head.length ? ' ' : ''}… ${tail.join(' ')}${tail.length ? ' ' : ''}`;
  }).join('');
  const flat = out.replace(/\s+/g, ' ').trim();
  return flat.length > 600 ? `${flat.slice(0, 600)}…` : flat;
}

/** A comment may not hold "--". */
function escapeComment(s: string): string {
  return s.replace(/--/g, '–');
}

function plural(list: number[]): string {
  return list.length > 1 ? 'paragraphs' : 'paragraph';
}

function summarize(c: Comparison, general: boolean, kept: number, renumbered: number, review: MigrationNote[], added: number[], dropped: MigrationNote[], headings: string[]): string {
  const lines = [`Amendment: ${c.summary}.`];
  if (!kept && !dropped.length && general) lines.push('The answer pleads a general denial and no response of its own: the denial answers the amended complaint too.');
  else lines.push(`${kept} ${kept === 1 ? 'response' : 'responses'} kept${renumbered ? `, ${renumbered} renumbered` : ''}.`);
  if (review.length) lines.push(`For review (${review.length}): ${review.map(r => `answer ¶${r.answerParagraph ?? '–'} → ${r.newTargets.map(n => `¶${n}`).join(', ')}`).join('; ')}.`);
  if (added.length) lines.push(`New responses (placeholders, marked): ${added.length > 1 ? '¶¶' : '¶'} ${runs(added)}.`);
  if (dropped.length) lines.push(`Dropped (${dropped.length}): ${dropped.map(d => `answer ¶${d.answerParagraph ?? '–'} (${d.what})`).join('; ')}.`);
  if (headings.length) lines.push(`Headings: ${headings.join('; ')}.`);
  return lines.join('\n');
}

