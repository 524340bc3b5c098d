/**
 * heading-response: an answer that repeats the complaint's headings repeats whatever they allege
 * ("Defendant's Fraudulent Scheme to Steal Plaintiff's Customers"), and a heading is not a
 * numbered paragraph the responses deny. Unless the answer says the headings are not admissions
 * ("repeated for convenience only; to the extent they contain allegations, … denies them"), an
 * unanswered allegation is admitted under FRCP 8(b)(6). Reported once, on the first mirrored
 * heading, when the answer mirrors at least two headings and one of them carries an allegation.
 * Needs the complaint. The fix adds the disclaimer to the preamble.
 */
import type { Heading, Pleading } from '../model';
import { partyOf } from '../parties';
import { normalize } from '../reading/normalize';
import { sentenceTexts } from '../reading/sentences';
import type { Check, CheckContext } from './check';

const HEADINGS = /\bheadings?\b/i;
const NOT_ADMITTED = /\b(?:not (?:an? )?admissions?|not admitted|convenience|den(?:y|ies|ied)|do(?:es)? not (?:admit|constitute)|no response|without admitting)\b/i;

/**
 * A sentence that says the headings are not admissions: "… headings … for convenience only …".
 * Only the sentences around each "heading" are read, not the whole document.
 */
function disclaims(text: string): boolean {
  const every = new RegExp(HEADINGS.source, 'gi');
  for (let m = every.exec(text); m; m = every.exec(text)) {
    const window = text.slice(Math.max(0, m.index - 400), m.index + 400);
    if (sentenceTexts(normalize(window).text).some(s => HEADINGS.test(s) && NOT_ADMITTED.test(s))) return true;
  }
  return false;
}

/** Words that make a heading an accusation rather than a label. */
const LOADED = /\b(?:unlawful(?:ly)?|fraudulent(?:ly)?|scheme|wrongful(?:ly)?|illegal(?:ly)?|improper(?:ly)?|deliberate(?:ly)?|knowingly|will?ful(?:ly)?|malicious(?:ly)?|bad faith|deceptive(?:ly)?|deceit\w*|theft|stolen|sham|pretext(?:ual)?|conspir\w*|cover-?up|campaign|egregious(?:ly)?|reckless(?:ly)?|intentionally|predatory|brazen(?:ly)?)\b/i;
/** Finite verbs: a heading with one states a fact ("Acme Copies the Design"). */
const VERB = /\b(?:is|are|was|were|has|have|had|knew|knows|stole|steals|took|takes|breached|breaches|infringes|infringed|misappropriated|misappropriates|copied|copies|concealed|conceals|deceived|deceives|induced|induces|caused|causes|violated|violates|harmed|harms|injured|retaliated|retaliates|terminated|fired|refused|refuses|failed|fails|ignored|ignores|targeted|targets|interfered|interferes|diverted|diverts|sabotaged|spied|uses|used|continues|continued|began|begins|lied|lies|misled|defrauded|defrauds|exploited|exploits|abused|abuses|hid|hides|destroyed|destroys|promised|promises|misrepresented|misrepresents|owes|owed|knew)\b/i;

export const headingResponse: Check = {
  code: 'heading-response',
  description: "The answer repeats the complaint's headings, some of which allege facts, without saying headings are not admissions (needs the linked complaint).",
  severity: 'information',
  run({ pleading, complaint, report }: CheckContext): void {
    if (!complaint || pleading.kind !== 'answer') return;
    const mirrored: { mine: Heading; said: string }[] = [];
    const theirs = headings(complaint);
    const counts = new Map(theirs.filter(x => x.kind === 'count').map(x => [`${x.number}:${isCause(x)}`, x]));
    const sections = new Map(theirs.filter(x => x.kind !== 'count').map(x => [norm(x.text), x]));
    for (const h of headings(pleading)) {
      if (h.kind === 'count') {
        const c = counts.get(`${h.number}:${isCause(h)}`);
        if (c) mirrored.push({ mine: h, said: h.title && c.title ? c.title.text : '' });
      } else {
        const c = sections.get(norm(h.text));
        if (c) mirrored.push({ mine: h, said: c.text });
      }
    }
    if (mirrored.length < 2) return;
    const loaded = mirrored.find(m => carriesAllegation(m.said));
    if (!loaded || disclaims(pleading.text)) return;
    const first = mirrored[0].mine;
    const party = partyOf(pleading);
    const name = pleading.answers ?? 'Complaint';
    const sentence = `${party} repeats the headings of the ${name} for convenience only; to the extent the headings contain allegations, ${party} denies them.`;
    const nl = pleading.text.indexOf('\n', first.span.start);
    const pre = pleading.preamble;
    const at = pre ? pre.span.start + pleading.text.slice(pre.span.start, pre.span.end).trimEnd().length : undefined;
    report(
      { start: first.span.start, end: nl < 0 || nl > first.span.end ? first.span.end : nl },
      `This answer repeats ${mirrored.length} of the complaint's headings, and “${loaded.said.replace(/\s+/g, ' ')}” alleges facts; say the headings are not admissions (“${sentence}”).`,
      { data: at !== undefined ? { kind: 'replace', span: { start: at, end: at }, newText: ` ${sentence}`, title: 'Say the headings are not admissions' } : undefined },
    );
  },
};

function headings(p: Pleading): Heading[] {
  const out: Heading[] = [];
  for (const h of p.headings) {
    if (h.kind === 'counterclaim') break;
    if (h.kind === 'section' || h.kind === 'subsection' || h.kind === 'count') out.push(h);
  }
  return out;
}

function isCause(h: Heading): boolean {
  return h.label !== undefined && h.label !== 'COUNT';
}

const NUMBERED = /^ ?(?:[IVXLC]{1,8}|[A-Z]|\d{1,3}) ?[.)] /i;

function norm(s: string): string {
  return normalize(s).text.replace(NUMBERED, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Longer than a neutral label: a finite verb, or a word that accuses. */
export function carriesAllegation(heading: string): boolean {
  const text = normalize(heading).text.replace(NUMBERED, '');
  return LOADED.test(text) || VERB.test(text);
}
