/**
 * Generated amendments of a complaint, from a seed: paragraphs inserted at several places,
 * deleted, lightly reworded, and a COUNT added before the prayer; the result renumbered the way a
 * drafter's word processor would (references to renumbered paragraphs follow). Returns the new
 * text and, for every old paragraph, what became of it — the truth the comparison must find.
 */
import { parse, type Pleading } from '../../server/src/core';
import { reallegedRange } from '../../server/src/core/analysis';
import { renumberFrom } from '../../server/src/core/edits/renumber';

export interface Amendment {
  text: string;
  /** Old number → new number, for the paragraphs kept (reworded or not). */
  renumbering: Map<number, number>;
  deleted: number[];
  /** Old numbers of the paragraphs reworded. */
  reworded: number[];
  /** New numbers of the paragraphs inserted (including the new COUNT's). */
  inserted: number[];
}

export interface AmendmentPlan {
  seed: number;
  inserts: number[];
  deletes: number;
  rewords: number;
  addCount: boolean;
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRESH = [
  'Upon information and belief, the vendor audit of {k} revealed undisclosed subcontractor access logs.',
  'In {k}, a quarterly reconciliation showed duplicate billing entries that nobody corrected.',
  'A former regional supervisor reported the missing encryption keys to compliance staff in writing ({k}).',
  'The warehouse in district {k} stored backup tapes without locks, cameras or sign-out sheets.',
  'Independent auditors flagged {k} overdue security patches on servers hosting client transcripts.',
  'Marketing brochures distributed at the {k} trade show described capabilities that did not exist.',
  'Payroll records for {k} contractors listed hours worked on projects that had already closed.',
  'Customer complaints about dropped chat sessions rose sharply during the {k} holiday season.',
  'Training manuals circulated to {k} new hires copied diagrams from confidential design documents.',
  'Board minutes from meeting {k} record a decision to postpone the promised migration indefinitely.',
  'Procurement emails in batch {k} show orders placed through a shell vendor with no employees.',
  'The help desk ticket queue numbered {k} remained unresolved for more than ninety days.',
];

export function amend(complaint: Pleading, plan: AmendmentPlan): Amendment {
  const rnd = random(plan.seed);
  const text = complaint.text;
  const body = complaint.paragraphs.filter(p => p.region === 'body' && p.number !== null);
  const countStarts = new Set(complaint.headings.filter(h => h.kind === 'count').map(h => complaint.paragraphs[h.firstParagraph]?.number));
  // Plain allegations: not an incorporation, not a COUNT's first paragraph, long enough to reword lightly.
  const plain = body.filter(p => !reallegedRange(complaint, p) && !countStarts.has(p.number!) && p.body.split(/\s+/).length >= 12).map(p => p.number!);
  const pick = (pool: number[], n: number) => {
    const out: number[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
    return out.sort((a, b) => a - b);
  };
  const pool = [...plain];
  const deleted = pick(pool, plan.deletes);
  const reworded = pick(pool, plan.rewords);
  const insertAfter = pick([...pool], plan.inserts.length);

  // Assemble: kept paragraphs keep their old number for now; inserted ones repeat the number before them.
  let out = '';
  let at = 0;
  let fresh = 0;
  const insertedMarks: string[] = [];
  for (const p of body) {
    const n = p.number!;
    if (deleted.includes(n)) {
      out += text.slice(at, p.span.start);
      // The paragraph and the blank line after it.
      const next = text.indexOf('\n\n', p.span.end);
      at = next < 0 ? p.span.end : next + 2;
      continue;
    }
    if (reworded.includes(n)) {
      out += text.slice(at, p.bodySpan.start);
      const words = text.slice(p.bodySpan.start, p.bodySpan.end).split(' ');
      const mid = Math.floor(words.length / 2);
      words.splice(mid, 0, 'indisputably');
      words[words.length - 1] = words[words.length - 1].replace(/\.$/, ', as the records confirm.');
      out += words.join(' ');
      at = p.bodySpan.end;
    }
    const k = insertAfter.indexOf(n);
    if (k >= 0) {
      out += text.slice(at, p.span.end);
      at = p.span.end;
      for (let j = 0; j < plan.inserts[k]; j++) {
        const mark = `R${plan.seed}x${fresh}`;
        insertedMarks.push(mark);
        out += `\n\n${n}. ${FRESH[fresh % FRESH.length].replace('{k}', mark)}`;
        fresh++;
      }
    }
  }
  const last = body[body.length - 1];
  out += text.slice(at, last.span.end);
  at = last.span.end;
  if (plan.addCount) {
    const n = last.number!;
    const marks = [`R${plan.seed}c1`, `R${plan.seed}c2`];
    insertedMarks.push(...marks);
    out += `\n\nCOUNT IX\n\nBreach of the Implied Covenant of Good Faith\n\n${n}. LivePerson repeats and realleges the allegations of paragraphs 1 through ${n} as if fully set forth herein.`;
    out += `\n\n${n}. ${FRESH[(fresh++) % FRESH.length].replace('{k}', marks[0])}`;
    out += `\n\n${n}. ${FRESH[(fresh++) % FRESH.length].replace('{k}', marks[1])}`;
  }
  out += text.slice(at);

  // Renumber 1, 2, 3 … and the references that follow them.
  const draft = parse(out);
  const first = draft.paragraphs.findIndex(p => p.region === 'body' && p.number !== null);
  const edits = renumberFrom(draft, first, 1).sort((a, b) => b.span.start - a.span.start);
  let renumbered = out;
  for (const e of edits) renumbered = renumbered.slice(0, e.span.start) + e.newText + renumbered.slice(e.span.end);

  // The truth: walk old and new in step.
  const after = parse(renumbered);
  const newBody = after.paragraphs.filter(p => p.region === 'body' && p.number !== null);
  const renumbering = new Map<number, number>();
  const inserted: number[] = [];
  let j = 0;
  for (const p of newBody) {
    const isNew = insertedMarks.some(m => new RegExp(`\\b${m}\\b`).test(p.body)) || (p.count >= 0 && after.headings[p.count].text.includes('COUNT IX'));
    if (isNew) { inserted.push(p.number!); continue; }
    while (j < body.length && deleted.includes(body[j].number!)) j++;
    renumbering.set(body[j].number!, p.number!);
    j++;
  }
  return { text: renumbered, renumbering, deleted, reworded, inserted };
}
