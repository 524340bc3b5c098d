/**
 * heading-response: an answer that repeats the complaint's headings repeats whatever they allege
 * ("Defendant's Fraudulent Scheme to Steal Plaintiff's Customers"), and a heading is not a
 * numbered paragraph the responses deny. Unless the answer says the headings are not admissions
 * ("repeated for convenience only; to the extent they contain allegations, … denies them"), an
 * unanswered allegation is admitted under FRCP 8(b)(6). Reported once, on the first mirrored
 * heading, when the answer mirrors at least two headings and one of them carries an allegation.
 * Needs the complaint. The fix adds the disclaimer to the preamble.
 */
import { answeringParty } from '../drafting/phrasing';
import type { Finding, Heading, Pleading } from '../model';
import { sentences } from '../responsePhrases';
import type { Check, CheckContext } from './check';

const HEADINGS = /\bheadings?\b/i;
const NOT_ADMITTED = /\b(?:not\s+(?:an?\s+)?admissions?|not\s+admitted|convenience|den(?:y|ies|ied)|do(?:es)?\s+not\s+(?:admit|constitute)|no\s+response|without\s+admitting)\b/i;

/** A sentence that says the headings are not admissions: "… headings … for convenience only …". */
function disclaims(text: string): boolean {
  return sentences(text).some(s => {
    const sentence = text.slice(s.start, s.end);
    return HEADINGS.test(sentence) && NOT_ADMITTED.test(sentence);
  });
}

/** Words that make a heading an accusation rather than a label. */
const LOADED = /\b(?:unlawful(?:ly)?|fraudulent(?:ly)?|scheme|wrongful(?:ly)?|illegal(?:ly)?|improper(?:ly)?|deliberate(?:ly)?|knowingly|will?ful(?:ly)?|malicious(?:ly)?|bad\s+faith|deceptive(?:ly)?|deceit\w*|theft|stolen|sham|pretext(?:ual)?|conspir\w*|cover-?up|campaign|egregious(?:ly)?|reckless(?:ly)?|intentionally|predatory|brazen(?:ly)?)\b/i;
/** Finite verbs: a heading with one states a fact ("Acme Copies the Design"). */
const VERB = /\b(?:is|are|was|were|has|have|had|knew|knows|stole|steals|took|takes|breached|breaches|infringes|infringed|misappropriated|misappropriates|copied|copies|concealed|conceals|deceived|deceives|induced|induces|caused|causes|violated|violates|harmed|harms|injured|retaliated|retaliates|terminated|fired|refused|refuses|failed|fails|ignored|ignores|targeted|targets|interfered|interferes|diverted|diverts|sabotaged|spied|uses|used|continues|continued|began|begins|lied|lies|misled|defrauded|defrauds|exploited|exploits|abused|abuses|hid|hides|destroyed|destroys|promised|promises|misrepresented|misrepresents|owes|owed|knew)\b/i;

export const headingResponse: Check = {
  code: 'heading-response',
  description: "The answer repeats the complaint's headings, some of which allege facts, without saying headings are not admissions (needs the linked complaint).",
  severity: 'information',
  run({ pleading, complaint }: CheckContext): Finding[] {
    if (!complaint || pleading.kind !== 'answer') return [];
    if (disclaims(pleading.text)) return [];
    const mirrored: { mine: Heading; said: string }[] = [];
    const theirs = headings(complaint);
    for (const h of headings(pleading)) {
      if (h.kind === 'count') {
        const c = theirs.find(x => x.kind === 'count' && x.number === h.number && isCause(x) === isCause(h));
        if (c) mirrored.push({ mine: h, said: h.title && c.title ? c.title.text : '' });
      } else {
        const c = theirs.find(x => x.kind !== 'count' && norm(x.text) === norm(h.text));
        if (c) mirrored.push({ mine: h, said: c.text });
      }
    }
    if (mirrored.length < 2) return [];
    const loaded = mirrored.find(m => carriesAllegation(m.said));
    if (!loaded) return [];
    const first = mirrored[0].mine;
    const party = answeringParty(pleading);
    const name = pleading.answers ?? 'Complaint';
    const sentence = `${party} repeats the headings of the ${name} for convenience only; to the extent the headings contain allegations, ${party} denies them.`;
    const nl = pleading.text.indexOf('\n', first.span.start);
    const pre = pleading.preamble;
    const at = pre ? pre.span.start + pleading.text.slice(pre.span.start, pre.span.end).trimEnd().length : undefined;
    return [{
      code: 'heading-response',
      severity: 'information',
      message: `This answer repeats ${mirrored.length} of the complaint's headings, and “${loaded.said.replace(/\s+/g, ' ')}” alleges facts; say the headings are not admissions (“${sentence}”).`,
      span: { start: first.span.start, end: nl < 0 || nl > first.span.end ? first.span.end : nl },
      data: at !== undefined ? { kind: 'replace', span: { start: at, end: at }, newText: ` ${sentence}`, title: 'Say the headings are not admissions' } : undefined,
    }];
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

function norm(s: string): string {
  return s.toLowerCase().replace(/^\s*(?:[ivxlc]+|[a-z]|\d+)\s*[.)]\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Longer than a neutral label: a finite verb, or a word that accuses. */
export function carriesAllegation(heading: string): boolean {
  const text = heading.replace(/^\s*(?:[IVXLC]+|[A-Z]|\d+)\s*[.)]\s+/, '');
  return LOADED.test(text) || VERB.test(text);
}
