/**
 * waivable-defense: lack of personal jurisdiction, improper venue, insufficient process and
 * insufficient service of process are waived if left out of the first Rule 12 motion or the answer
 * (FRCP 12(h)(1)). One reminder for the whole answer, listing those its defenses do not raise.
 * A defense the responses concede ("admits that this Court has personal jurisdiction", "does not
 * contest venue") is not listed. Information only: raising them is a choice, not a rule. Quiet on
 * a skeleton whose defenses are still placeholders ("[Title of Defense]"), and on responses not yet
 * followed by defenses, a prayer or a signature (an answer still being written).
 */
import { complaintParagraphs, respondsToComplaint, responseParagraphs } from '../analysis';
import type { Pleading } from '../model';
import { normalize } from '../reading/normalize';
import { inOneSentence } from '../reading/sentences';
import type { Span } from '../text';
import type { Check, CheckContext } from './check';

interface Waivable {
  name: string;
  short: string;
  raised: RegExp;
  /** A response concedes it: `concedes` and then `what` in one sentence. */
  conceded?: { concedes: RegExp; what: RegExp };
  /** A word every `what` and `alleged` match contains: a document without it is passed over. */
  word?: RegExp;
  /** What a complaint paragraph says when it alleges it (an "Admitted." response concedes it). */
  alleged?: RegExp;
}

const CONCEDES = /\b(?:admits?|does not (?:contest|dispute|challenge|object to)|will not contest|consents? to|submits? to)\b/i;

const WAIVABLE: Waivable[] = [
  {
    name: 'lack of personal jurisdiction',
    short: 'personal jurisdiction',
    raised: /\b(?:personal jurisdiction|jurisdiction over (?:the )?(?:person|defendant)|12 ?\(b\) ?\(2\))/i,
    conceded: { concedes: CONCEDES, what: /\bpersonal jurisdiction\b/i },
    alleged: /\bpersonal jurisdiction\b/i,
    word: /jurisdiction/i,
  },
  {
    name: 'improper venue',
    short: 'venue',
    raised: /\b(?:venue|12 ?\(b\) ?\(3\))/i,
    conceded: { concedes: CONCEDES, what: /\bvenue\b/i },
    alleged: /\bvenue\b/i,
    word: /venue/i,
  },
  {
    name: 'insufficient process',
    short: 'process',
    raised: /\b(?:insufficien(?:t|cy of) (?:the )?process|process (?:is|was) (?:insufficient|defective)|defective process|12 ?\(b\) ?\(4\))/i,
  },
  {
    name: 'insufficient service of process',
    short: 'service',
    raised: /\b(?:(?:insufficient|insufficiency of(?: the)?|improper|defective|inadequate|ineffective) service|service (?:of process )?(?:is|was) (?:insufficient|improper|defective|inadequate|ineffective)|not (?:properly |validly )?served|12 ?\(b\) ?\(5\))/i,
    conceded: { concedes: /\b(?:admits?|acknowledges?)\b/i, what: /\b(?:was|were|has been|have been) (?:properly |duly )?served\b/i },
    word: /served/i,
  },
];

/** "[Title of Defense]", "[State the facts that support this defense.]": a draft still being written. */
const BRACKETED = /\[[^[\]\n]{1,120}\]/g;
const PLACEHOLDER_WORD = /\b(?:defen[cs]e|state|describe|facts?|insert)\b/i;

function hasPlaceholder(text: string): boolean {
  return [...text.matchAll(BRACKETED)].some(m => PLACEHOLDER_WORD.test(m[0]));
}

export const waivableDefense: Check = {
  code: 'waivable-defense',
  description: 'The defenses omit personal jurisdiction, venue, process or service of process, which FRCP 12(h)(1) (and the forum\'s rule) waives if not raised.',
  severity: 'information',
  run({ pleading, complaint, forum, blockwise, report }: CheckContext): void {
    const responses = responseParagraphs(pleading);
    if (!responses.length) return;
    // An answer still being drafted response by response: nothing after the responses yet.
    if (!pleading.defenses.length && !pleading.prayer && !pleading.signature && !pleading.headings.some(h => h.kind === 'defenses')) return;
    const defenses = defenseText(pleading);
    if (hasPlaceholder(defenses)) return;
    const missing: string[] = [];
    const admitted: string[] = [];
    for (const w of WAIVABLE) {
      if (w.raised.test(defenses)) continue;
      // Only responses that mention what could be conceded are read closely.
      const what = w.conceded && loose(w.conceded.what);
      // One search of the whole text first: most answers never mention what could be conceded.
      const mentioning = what && (!w.word || blockwise(w.word.source, block => w.word!.test(block)).some(b => b.value)) ? responses.filter(p => what.test(p.body)).map(p => normalize(pleading.text.slice(p.bodySpan.start, p.bodySpan.end)).text) : [];
      if (isConceded(pleading, complaint, w, mentioning)) admitted.push(w.short);
      else missing.push(w.name);
    }
    if (!missing.length) return;
    const conceded = admitted.length ? ` (the responses concede ${list(admitted, 'and')})` : '';
    report(placeOf(pleading), `The defenses do not raise ${list(missing)}, which ${forum.cites.waiver} waives unless raised in the first motion or the answer${conceded}.`);
  },
};

function isConceded(p: Pleading, complaint: Pleading | undefined, w: Waivable, responses: string[]): boolean {
  if (!w.conceded) return false;
  if (responses.some(r => inOneSentence(r, w.conceded!.concedes, w.conceded!.what))) return true;
  if (!complaint || !w.alleged) return false;
  // "Admitted." to the complaint paragraph that alleges personal jurisdiction or venue.
  const alleging = allegingParagraphs(complaint, w.alleged, w.word);
  return alleging.size > 0 && p.paragraphs.some(x => respondsToComplaint(x) && x.response!.kind === 'admit' && x.response!.targets.some(t => alleging.has(t)));
}

/** The numbers of the complaint paragraphs that allege `alleged`, kept per complaint (it changes rarely). */
function allegingParagraphs(complaint: Pleading, alleged: RegExp, word: RegExp | undefined): Set<number> {
  let byPattern = allegingCache.get(complaint);
  if (!byPattern) allegingCache.set(complaint, (byPattern = new Map()));
  let out = byPattern.get(alleged);
  if (!out) {
    out = new Set<number>();
    const re = loose(alleged);
    if (!word || word.test(complaint.text)) for (const [n, c] of complaintParagraphs(complaint)) if (re.test(c.body)) out.add(n);
    byPattern.set(alleged, out);
  }
  return out;
}

const allegingCache = new WeakMap<Pleading, Map<RegExp, Set<number>>>();

/** The pattern with each space matching any run of whitespace, to test raw text without collapsing it. */
const loosened = new Map<RegExp, RegExp>();
function loose(re: RegExp): RegExp {
  let out = loosened.get(re);
  if (!out) {
    out = new RegExp(re.source.replace(/ /g, '\\s+'), re.flags);
    loosened.set(re, out);
  }
  return out;
}

function defenseText(p: Pleading): string {
  const spans: Span[] = [
    ...p.defenses.map(d => d.span),
    ...p.paragraphs.filter(x => x.region === 'defenses').map(x => x.span),
    ...p.headings.filter(h => h.kind === 'defenses' || h.kind === 'defense').map(h => h.span),
  ];
  return normalize(spans.map(s => p.text.slice(s.start, s.end)).join('\n')).text;
}

function placeOf(p: Pleading): Span {
  const h = p.headings.find(x => x.kind === 'defenses') ?? p.headings.find(x => x.kind === 'defense');
  const span = h?.span ?? p.caption.title ?? { start: 0, end: 0 };
  const nl = p.text.indexOf('\n', span.start);
  return { start: span.start, end: nl < 0 || nl > span.end ? span.end : nl };
}

function list(items: string[], and = 'or'): string {
  return items.length < 3 ? items.join(` ${and} `) : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
