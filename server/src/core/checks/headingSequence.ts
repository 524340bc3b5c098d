/**
 * heading-sequence: COUNT numerals, cause-of-action ordinals, Roman section numerals and defense
 * ordinals must run 1, 2, 3 … A skipped or repeated COUNT makes "Count III" mean different things
 * in the complaint, the answer and the court's order.
 */
import type { FixData, Heading, Pleading } from '../model';
import type { Span } from '../text';
import { formatNumeral } from '../numerals';
import { type Check, type CheckContext } from './check';

export const headingSequence: Check = {
  code: 'heading-sequence',
  description: 'COUNT numerals, cause-of-action ordinals, section numerals or defense ordinals skip or repeat.',
  severity: 'warning',
  run({ pleading, complaint, report }: CheckContext): void {
    // An answer's COUNTs follow the complaint's: with the complaint linked, count-mismatch says which
    // heading is missing or misnumbered (one finding for one slip, not a skip here as well).
    const countsFollowComplaint = pleading.kind === 'answer' && !!complaint?.headings.some(h => h.kind === 'count');
    for (const group of groups(pleading, countsFollowComplaint)) checkGroup(pleading.text, group, report);
  },
};

/** Headings that share one numbering: counts per region and label, sections, defenses. */
function groups(pleading: Pleading, skipCounts: boolean): Heading[][] {
  const map = new Map<string, Heading[]>();
  let region = 'body';
  for (const h of pleading.headings) {
    if (h.kind === 'counterclaim') region = 'counterclaim';
    if (h.number === undefined) continue;
    let key: string;
    if (h.kind === 'count') {
      if (skipCounts && region === 'body') continue;
      key = `${region}:count:${h.label === 'COUNT' ? 'count' : 'cause'}`;
    }
    else if ((h.kind === 'section' || h.kind === 'defenses' || h.kind === 'prayer' || h.kind === 'jury-demand') && h.numeralStyle === 'roman') key = `${region}:section`;
    else if (h.kind === 'defense') key = 'defense';
    else continue;
    const list = map.get(key) ?? [];
    list.push(h);
    map.set(key, list);
  }
  return [...map.values()];
}

function describe(h: Heading): string {
  if (h.kind === 'count') return h.label === 'COUNT' ? `COUNT ${h.numeral}` : `${h.numeral} ${h.label}`;
  if (h.kind === 'defense') return `${h.numeral} ${h.label}`;
  return `Section ${h.numeral}`;
}

function checkGroup(text: string, headings: Heading[], report: CheckContext['report']): void {
  let expected = 1;
  let prev: Heading | undefined;
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    const n = h.number!;
    if (n !== expected) {
      const want = formatNumeral(expected, h.numeralStyle!, h.numeral!);
      const at = text.indexOf(h.numeral!, h.span.start);
      const numeralSpan = at >= 0 && at < h.span.end ? { start: at, end: at + h.numeral!.length } : h.span;
      const what = n === prev?.number ? 'repeats the one before it' : n < expected ? 'goes backwards' : `skips ${expected === n - 1 ? want : `${want} to ${formatNumeral(n - 1, h.numeralStyle!, h.numeral!)}`}`;
      const data: FixData | undefined = numeralSpan !== h.span ? { kind: 'replace', span: numeralSpan as Span, newText: want, title: `Renumber as ${want}` } : undefined;
      report(h.span, `${describe(h)} ${what}${prev ? ` (after ${describe(prev)})` : ''}; expected ${want}.`, { data });
      const next = headings[k + 1]?.number;
      expected = n < expected && next !== n + 1 ? expected + 1 : next === n + 1 || n > expected ? n + 1 : expected + 1;
    } else {
      expected = n + 1;
    }
    prev = h;
  }
}
