/**
 * heading-sequence: COUNT numerals, cause-of-action ordinals, Roman section numerals and defense
 * ordinals must run 1, 2, 3 … A skipped or repeated COUNT makes "Count III" mean different things
 * in the complaint, the answer and the court's order.
 */
import type { Finding, Heading, Pleading } from '../model';
import { formatNumeral } from '../numerals';
import { type Check, type CheckContext } from './check';

export const headingSequence: Check = {
  code: 'heading-sequence',
  description: 'COUNT numerals, cause-of-action ordinals, section numerals or defense ordinals skip or repeat.',
  severity: 'warning',
  run({ pleading }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const group of groups(pleading)) checkGroup(pleading.text, group, findings);
    return findings;
  },
};

/** Headings that share one numbering: counts per region and label, sections, defenses. */
function groups(pleading: Pleading): Heading[][] {
  const map = new Map<string, Heading[]>();
  let region = 'body';
  for (const h of pleading.headings) {
    if (h.kind === 'counterclaim') region = 'counterclaim';
    if (h.number === undefined) continue;
    let key: string;
    if (h.kind === 'count') key = `${region}:count:${h.label === 'COUNT' ? 'count' : 'cause'}`;
    else if (h.kind === 'section' && h.numeralStyle === 'roman') key = `${region}:section`;
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

function checkGroup(text: string, headings: Heading[], findings: Finding[]): void {
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
      findings.push({
        code: 'heading-sequence',
        severity: 'warning',
        message: `${describe(h)} ${what}${prev ? ` (after ${describe(prev)})` : ''}; expected ${want}.`,
        span: h.span,
        data: numeralSpan !== h.span ? { kind: 'replace', span: numeralSpan, newText: want, title: `Renumber as ${want}` } : undefined,
      });
      const next = headings[k + 1]?.number;
      expected = n < expected && next !== n + 1 ? expected + 1 : next === n + 1 || n > expected ? n + 1 : expected + 1;
    } else {
      expected = n + 1;
    }
    prev = h;
  }
}
