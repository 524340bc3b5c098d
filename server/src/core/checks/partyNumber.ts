/**
 * party-number: "Defendants deny" in an answer filed by one defendant, or "Defendant denies" where
 * several answer together. A response can only bind the party that makes it: the plural claims to
 * answer for co-defendants who have not answered, and the singular leaves unclear which of several
 * answering defendants responds. Who answers is read from the preamble ("Defendant [24]7 Customer,
 * Inc. …"), else the title ("DEFENDANTS' ANSWER"), else the caption's defendants. The fix changes
 * the word and its verb.
 */
import type { Pleading } from '../model';
import { responseText } from '../parse/responses';
import { normalize } from '../reading/normalize';
import type { Span } from '../text';
import type { Check, CheckContext } from './check';

/** Verbs a response is made with, singular ↔ plural. */
const VERBS: [string, string][] = [
  ['denies', 'deny'], ['admits', 'admit'], ['lacks', 'lack'], ['states', 'state'], ['avers', 'aver'], ['alleges', 'allege'],
  ['incorporates', 'incorporate'], ['responds', 'respond'], ['answers', 'answer'], ['asserts', 'assert'], ['reserves', 'reserve'],
  ['requests', 'request'], ['prays', 'pray'], ['repeats', 'repeat'], ['realleges', 'reallege'], ['demands', 'demand'],
  ['contends', 'contend'], ['refers', 'refer'], ['submits', 'submit'], ['is without', 'are without'],
];
const TO_PLURAL = new Map(VERBS);
const TO_SINGULAR = new Map(VERBS.map(([s, p]) => [p, s]));
const ADVERB = '(?:(?:further|specifically|also|expressly|affirmatively|respectfully|generally|hereby|otherwise|therefore|likewise)\\s+)?';
const alternatives = (words: string[]) => words.map(w => w.replace(/ /g, '\\s+')).join('|');
/** Not after "that" or "whether": "[24]7 denies that Defendants are liable" is about the defendants, not by them. */
// The name first, then what may not come before it: a scan for the literal is far quicker than
// trying the look-behind at every position of the document.
const PLURAL = new RegExp(`\\b(Defendants)(?<!\\b(?:that|whether|if|which|and|or)\\s+Defendants)\\s+(${ADVERB})(${alternatives(VERBS.map(v => v[1]))})\\b`, 'g');
const SINGULAR = new RegExp(`\\b(Defendant)(?<!\\b(?:that|whether|if|which|and|or)\\s+Defendant)\\s+(${ADVERB})(${alternatives(VERBS.map(v => v[0]))})\\b`, 'g');

export const partyNumber: Check = {
  code: 'party-number',
  description: '"Defendants deny" in an answer filed by one defendant, or "Defendant denies" where several answer.',
  severity: 'warning',
  run({ pleading, report }: CheckContext): void {
    if (pleading.kind !== 'answer') return;
    const who = whoAnswers(pleading);
    if (!who) return;
    const pattern = who === 'one' ? PLURAL : SINGULAR;
    for (const region of regions(pleading)) {
      const text = pleading.text.slice(region.start, region.end);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = region.start + m.index;
        const span = { start, end: start + m[0].length };
        const verb = m[3].replace(/\s+/g, ' ');
        const newText = who === 'one'
          ? `Defendant ${m[2]}${TO_SINGULAR.get(verb) ?? verb}`
          : `Defendants ${m[2]}${TO_PLURAL.get(verb) ?? verb}`;
        report(span, who === 'one'
            ? `"${m[0]}": one defendant files this answer, and it cannot respond for others.`
            : `"${m[0]}": several defendants file this answer; say which responds, or "Defendants".`, { data: { kind: 'replace', span, newText, title: `Change to "${newText}"` } });
      }
    }
  },
};

/** 'one' or 'several' defendants answering, when the document says. */
export function whoAnswers(p: Pleading): 'one' | 'several' | undefined {
  const pre = normalize((p.preamble?.text ?? '').replace(MARKUP, '')).text.trim();
  const lead = PREAMBLE_SUBJECT.exec(pre);
  if (lead) {
    if (/s$/i.test(lead[1])) return 'several';
    // "Defendant A and Defendant B answer …" is two.
    const verb = SUBJECT_END.exec(pre);
    const subject = verb ? pre.slice(0, verb.index) : pre;
    return TWO_DEFENDANTS.test(subject) ? 'several' : 'one';
  }
  const title = p.caption.title?.text ?? '';
  if (PLURAL_TITLE.test(title)) return 'several';
  if (SINGULAR_TITLE.test(title)) return 'one';
  const defendants = p.caption.parties.filter(x => x.role === 'Defendant');
  if (defendants.length === 1 && !SEVERAL_NAMES.test(defendants[0].name)) return 'one';
  return undefined;
}

const MARKUP = /[*_#]/g;
const PREAMBLE_SUBJECT = /^(?:The )?(Defendants?)\b/i;
const SUBJECT_END = /\b(?:by|through|answers?|responds?|hereby|for (?:its|their)|as and for|submits?|states?)\b/i;
const TWO_DEFENDANTS = /\band (?:co-?)?defendant\b/i;
const PLURAL_TITLE = /\bDEFENDANTS(?:['’]|\b)/i;
const SINGULAR_TITLE = /\bDEFENDANT(?!S)\b/i;
const SEVERAL_NAMES = /;|\band\b/i;

/** Where the answering party speaks: everything between the caption and the signature, except restated allegations. */
function regions(p: Pleading): Span[] {
  const from = p.caption.span.end;
  const to = p.signature?.span.start ?? p.text.length;
  const skip: Span[] = [];
  for (const para of p.paragraphs) {
    const body = p.text.slice(para.bodySpan.start, para.bodySpan.end);
    const restated = body.length - responseText(body).length;
    if (restated > 0) skip.push({ start: para.bodySpan.start, end: para.bodySpan.start + restated });
  }
  const out: Span[] = [];
  let at = from;
  for (const s of skip.sort((a, b) => a.start - b.start)) {
    if (s.start > at) out.push({ start: at, end: Math.min(s.start, to) });
    at = Math.max(at, s.end);
  }
  if (to > at) out.push({ start: at, end: to });
  return out;
}

/** The patterns built at load time, for the robustness tests. */
export const BUILT_PATTERNS: readonly RegExp[] = [PLURAL, SINGULAR];
