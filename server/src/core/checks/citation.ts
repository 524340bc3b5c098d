/**
 * citation: a well-known statute cited under the wrong U.S. Code title — "Lanham Act, 28 U.S.C.
 * § 1125(a)" (the Lanham Act is Title 15), "28 U.S.C. § 1983" — or venue said to lie under a
 * non-venue section ("venue is proper under 28 U.S.C. § 1331"). FRCP 8(a)(1) and 11(b)(2): the
 * grounds and the claims must be stated correctly, and a wrong citation in a COUNT title or the
 * jurisdiction paragraphs is the first thing opposing counsel and the court read. Conservative: it
 * knows only the acts in data/citations.json (easy to extend) and flags only (a) an act named next
 * to a citation whose title contradicts the table, (b) a section number that the table says does
 * not exist in the title cited, (c) venue language citing a Title 28 section that is not a venue
 * provision. The fix replaces the title (or, for venue, the jurisdiction section with § 1391).
 */
import table from '../data/citations.json';
import type { FixData } from '../model';
import { normalize } from '../reading/normalize';
import type { Span } from '../text';
import type { Check, CheckContext } from './check';

interface Act { name: string; aliases: string[]; title: number; sections: string[]; cite: string }
interface MisfiledSection { section: string; title: number; act: string; notIn: number[] }

const ACTS: Act[] = table.acts;
const SECTIONS: MisfiledSection[] = table.sections;
const TITLE28_KNOWN = new Set<string>(table.title28Known);
const VENUE = new Set<string>(table.venue.sections);
const JURISDICTION = new Set<string>(table.venue.jurisdiction);

const SECTION = '\\d+[a-z]*(?:-\\d+[a-z]*)?';
const SUBSECTIONS = '(?:\\s*\\([A-Za-z0-9]{1,6}\\))*';
/** "28 U.S.C. § 1125(a)", "28 USC 1331", "28 U.S.C. §§ 1331 and 1338(a)". */
const CITE = new RegExp(
  `\\b(\\d{1,2})\\s*U\\.?\\s?S\\.?\\s?C\\.?(?:\\s?A\\.?)?\\s*(?:(?:§§?|[Ss]ec(?:tion)?s?\\.?)\\s*)?(${SECTION})(?![\\w-])${SUBSECTIONS}((?:\\s*(?:,|and|or|&|through)\\s*(?:and\\s+)?(?:${SECTION})(?![\\w-])(?!\\s*U\\.?\\s?S\\.?\\s?C)${SUBSECTIONS})*)`,
  'g',
);
const PARENTHESISED = /\([^()]{0,8}\)/g;
const SECTIONS_IN_TAIL = new RegExp(SECTION, 'g');
/** The same, for blanking citations out of a stretch of text. */
const CITES = new RegExp(CITE.source, 'g');
const ACRONYM = /^[A-Z]{2,6}$/;
const aliases = ACTS.flatMap(a => a.aliases).sort((x, y) => y.length - x.length);
/** Act names, any case ("LANHAM ACT" in a heading); acronyms ("ADA", "RICO") only in capitals. */
const ACT_NAMES = new RegExp(aliases.filter(n => !ACRONYM.test(n)).map(n => `\\b${n.replace(/ /g, '\\s+')}\\b`).join('|'), 'gi');
const ACT_ACRONYMS = new RegExp(aliases.filter(n => ACRONYM.test(n)).map(n => `\\b${n}\\b`).join('|'), 'g');

export const citation: Check = {
  code: 'citation',
  description: 'A well-known statute cited under the wrong U.S. Code title, or venue cited to a non-venue section.',
  severity: 'warning',
  run({ pleading, report }: CheckContext): void {
    const text = pleading.text;
    // Act names matter only beside a citation: most documents have none, so scan for acts on the first.
    let acts: { act: Act; start: number; end: number }[] | undefined;
    let next = 0;
    CITE.lastIndex = 0;
    for (let m = CITE.exec(text); m; m = CITE.exec(text)) {
      const title = Number(m[1]);
      const titleSpan = { start: m.index, end: m.index + m[1].length };
      const sections: { number: string; start: number }[] = [{ number: m[2], start: m.index + m[0].indexOf(m[2], m[1].length) }];
      const tailAt = m.index + m[0].length - m[3].length;
      // The further sections of "§§ 1391(b)(2) and 1400(b)", their subsections blanked out.
      const tail = m[3].replace(PARENTHESISED, p => ' '.repeat(p.length));
      for (const x of tail.matchAll(SECTIONS_IN_TAIL)) sections.push({ number: x[0], start: tailAt + x.index! });
      const cited = text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ').trim();

      // (a) The act named next to the citation.
      acts ??= actMentions(text).sort((a, b) => a.end - b.end);
      while (next < acts.length && acts[next].end <= m.index) next++;
      const act = actBefore(text, acts[next - 1], m.index);
      if (act && act.title !== title) {
        const inAct = sections.find(s => act.sections.some(spec => inRange(s.number, spec)) && !(title === 28 && TITLE28_KNOWN.has(base(s.number))));
        if (inAct) {
          report(titleSpan, `The ${act.name} is Title ${act.title} (${act.cite}), not Title ${title}: "${cited}" should cite ${act.title} U.S.C.`, { data: titleFix(titleSpan, act.title) });
          continue;
        }
      }
      // (b) A section that does not exist in the title cited.
      const misfiled = sections.map(s => SECTIONS.find(x => x.section === base(s.number) && x.notIn.includes(title))).find(Boolean);
      if (misfiled) {
        report(titleSpan, `§ ${misfiled.section} is in Title ${misfiled.title} (${misfiled.act}); Title ${title} has no § ${misfiled.section}: "${cited}" should cite ${misfiled.title} U.S.C.`, { data: titleFix(titleSpan, misfiled.title) });
        continue;
      }
      // (c) Venue said to lie under a section that is not a venue provision.
      if (title === 28 && isVenueCitation(text, m.index)) {
        for (const s of sections) {
          const b = base(s.number);
          if (VENUE.has(b)) continue;
          const span = { start: s.start, end: s.start + b.length };
          report(span, `Venue is cited to 28 U.S.C. § ${b}, which is not a venue provision${JURISDICTION.has(b) ? ' (it confers subject-matter jurisdiction)' : ''}; the general venue statute is 28 U.S.C. § ${table.venue.general}.`, {
            data: JURISDICTION.has(b) && sections.length === 1 ? { kind: 'replace', span, newText: table.venue.general, title: `Cite § ${table.venue.general} (venue)` } : undefined,
          });
          break;
        }
      }
    }
  },
};

function titleFix(span: Span, want: number): FixData {
  return { kind: 'replace', span, newText: String(want), title: `Change to ${want} U.S.C.` };
}

/** "2000e-5" → "2000e"; "1125" → "1125"; "1-2" → "1". */
function base(section: string): string {
  return section.split('-')[0];
}

/** Whether a section falls in a table range: "1051-1141" by leading number, "2000e" by prefix. */
function inRange(section: string, spec: string): boolean {
  const b = base(section);
  const range = /^(\d+)-(\d+)$/.exec(spec);
  if (range) {
    const n = parseInt(b, 10);
    return n >= Number(range[1]) && n <= Number(range[2]);
  }
  return b === spec;
}

function actMentions(text: string): { act: Act; start: number; end: number }[] {
  const out: { act: Act; start: number; end: number }[] = [];
  for (const pattern of [ACT_NAMES, ACT_ACRONYMS]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const said = m[0].replace(/\s+/g, ' ').toLowerCase();
      const act = ACTS.find(a => a.aliases.some(x => x.toLowerCase() === said));
      if (act) out.push({ act, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * The act named just before a citation — "Lanham Act Unfair Competition, 28 U.S.C. …", "the
 * Copyright Act, 17 U.S.C. …" — with nothing between them that could introduce another source.
 */
function actBefore(text: string, nearest: { act: Act; end: number } | undefined, at: number): Act | undefined {
  if (!nearest || at - nearest.end > 60) return undefined;
  const raw = text.slice(nearest.end, at);
  if (BLANK_LINE.test(raw)) return undefined;
  return ANOTHER_SOURCE.test(normalize(raw).text) ? undefined : nearest.act;
}

const BLANK_LINE = /\n[ \t]{0,40}\n/;
const ANOTHER_SOURCE = /U\.? ?S\.? ?C|§|[.;!?](?: |$)|\b(?:pursuant|under|jurisdiction|venue|see|and the|or the|including|as well as)\b/i;
const NEW_PARAGRAPH = /\n[ \t]{0,40}(?:\n|\d{1,4}\.)/;
const NOT_ABOUT_VENUE = /[.;!?](?: |$)|\b(?:jurisdiction|because|since|arises?|arising|claims?|whether|transfer[a-z]{0,3})\b/i;

/** Venue language leads to the citation: "Venue is proper in this District under 28 U.S.C. § …". */
function isVenueCitation(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const lower = before.toLowerCase();
  let v = lower.lastIndexOf('venue');
  while (v >= 0 && (/\w/.test(lower[v - 1] ?? '') || /\w/.test(lower[v + 5] ?? ''))) v = lower.lastIndexOf('venue', v - 1);
  if (v < 0) return false;
  const raw = before.slice(v + 5);
  if (NEW_PARAGRAPH.test(raw)) return false;
  const gap = normalize(raw.replace(CITES, ' ')).text;
  return !NOT_ABOUT_VENUE.test(gap);
}
