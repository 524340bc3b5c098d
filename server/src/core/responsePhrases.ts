/**
 * The phrases that decide whether an answer's response meets the allegations (FRCP 8(b)), shared
 * by the response-quality checks: where the response text is, its sentences, lack-of-knowledge
 * clauses, catch-all denials ("Except as so admitted, … denies"), fallback denials ("To the extent
 * a response is required, … denies"), and who is answering.
 */
import type { Paragraph, Pleading } from './model';
import { responseText } from './parse/responses';
import type { Span } from './text';

/** The response part of an answer paragraph (after "ANSWER:" when the allegation is restated), with its offset. */
export interface ResponsePart {
  text: string;
  start: number;
}

export function responsePart(p: Pleading, para: Paragraph): ResponsePart {
  const raw = p.text.slice(para.bodySpan.start, para.bodySpan.end);
  const text = responseText(raw);
  return { text, start: para.bodySpan.start + raw.length - text.length };
}

/** The answer paragraphs that respond to the complaint: numbered or headed, in the body, not a general denial. */
export function responseParagraphs(p: Pleading): Paragraph[] {
  if (p.kind !== 'answer') return [];
  return p.paragraphs.filter(x => x.region === 'body' && x.response && !x.response.general);
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:\bU\.S\.C|\bU\.S|\bInc|\bCo|\bCorp|\bLtd|\bNos?|\be\.g|\bi\.e|\bseq|\bv|\bvs|\bMr|\bMrs|\bMs|\bDr|\bSt|\bAve|\bBlvd|\bFed|\bCiv|\bR|\bP|\bCal|\bCode|\bSec|\bJan|\bFeb|\bMar|\bApr|\bAug|\bSept?|\bOct|\bNov|\bDec)$/;

/** Sentence spans (relative to `text`): a sentence ends at . ! ? or ; followed by space or the end. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const end = /[.!?;](?:["”’')\]*_]*)(?=\s|$)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const stop = m.index + m[0].length;
    if (text.slice(start, stop).trim()) out.push({ start, end: stop });
    start = stop;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** "neither admits nor denies", "does not deny": words that look like a response but are not one. */
const NOT_A_RESPONSE = /\bneither\s+admits?\s+nor\s+den(?:y|ies)\b|\b(?:does|do)\s+not\s+(?:admit|deny)\b|\bnot\s+(?:admitted|denied)\b|\badmitted\s+in\s+part\b|\bdenied\s+in\s+part\b/gi;

/** The text with non-responses blanked out (same length, so offsets still hold). */
export function withoutNonResponses(text: string): string {
  return text.replace(NOT_A_RESPONSE, m => ' '.repeat(m.length));
}

export const DENY = /\bden(?:y|ies|ied)\b/i;
export const ADMIT = /\badmit(?:s|ted)?\b/i;

/**
 * The start of a statement that the party lacks knowledge: "lacks knowledge", "is without sufficient
 * information", "denies for lack of knowledge". Not "without information from Plaintiff, …".
 */
export const LACK_PHRASE =
  /\b(?:lacks?|lacking|(?:is|are|being|remains?)\s+without|(?:does|do)\s+not\s+(?:have|possess)|(?:has|have)\s+(?:no|insufficient)|(?:for|due\s+to|because\s+of|based\s+(?:up)?on|on\s+the\s+basis\s+of)\s+(?:a\s+|its\s+|their\s+|his\s+|her\s+)?lack\s+of)\s+(?:any\s+|sufficient\s+|adequate\s+|enough\s+)?(?:knowledge|information)\b(?:\s+(?:or|and|and\/or)\s+(?:knowledge|information)\b)?/gi;

/** Whether the response says anything about lacking knowledge or information. */
export function hasLack(text: string): boolean {
  LACK_PHRASE.lastIndex = 0;
  return LACK_PHRASE.test(text);
}

/** The FRCP 8(b)(5) form, in the sentence of a lack-of-knowledge statement. */
export function isProperLackForm(sentence: string): boolean {
  const s = sentence.replace(/\s+/g, ' ');
  const both = /\b(?:knowledge\s+(?:or|and|and\/or)\s+information|information\s+(?:or|and|and\/or)\s+knowledge)\b/i.test(s);
  return both && /\bform\s+a\s+belief\b/i.test(s);
}

const EXCEPT = /\b(?:except|other\s+than|save)\s+(?:as|to\s+the\s+extent)\b|\bexcept\s+(?:for\s+)?(?:what|those|the\s+(?:foregoing|above))\b/i;
const REMAINING = /\b(?:remaining|remainder\s+of\s+the|balance\s+of\s+the|rest\s+of\s+the|all\s+other|any\s+other|other)\s+(?:\w+\s+){0,2}?(?:allegations?|averments?)\b|\botherwise\s+den(?:y|ies|ied)\b|\bin\s+all\s+other\s+respects\b/i;
/** A denial (or lack-of-knowledge denial) of the allegations as a whole: "denies each and every allegation set forth therein". */
const BLANKET =
  /\b(?:den(?:y|ies|ied)|lacks?(?:\s+of)?\s+knowledge|without\s+(?:sufficient\s+)?knowledge)\b[^.;]{0,200}?\b(?:each\s+and\s+every|all(?:\s+of\s+the)?|any(?:\s+and\s+all)?|the|such)\s+(?:such\s+)?(?:allegations?|averments?)\b(?:\s+(?:set\s+forth|contained|made|stated|asserted))?(?:\s+(?:in|of|within)\s+(?:said\s+|that\s+|this\s+|the\s+)?(?:paragraphs?|¶+)\s*\d+(?:\s*(?:,|-|–|and|through|to)\s*\d+)*(?:\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:Complaint|Petition))?|\s+(?:therein|thereof|herein|contained\s+therein|of\s+the\s+(?:[\w-]+\s+){0,3}?(?:Complaint|Petition)))?(?=\s*(?:[.;,:)]|$|\band\b|\bbut\b|\bexcept\b|\bon\s+that\b))/i;
const BARE_DENIAL = /(?:^|[.;:]\s*|\*\*\s*)Denied\s*(?:[.;]|$)(?!\s*in\s+part)/i;

/**
 * Whether the response denies (or pleads lack of knowledge of) whatever it does not admit: a
 * catch-all ("Except as so admitted, … denies", "denies the remaining allegations", "otherwise
 * denies") or a denial of the allegations as a whole ("denies each and every allegation therein").
 */
export function coversTheRest(text: string): boolean {
  const t = withoutNonResponses(text);
  if (BARE_DENIAL.test(t)) return true;
  for (const s of sentences(t)) {
    const sentence = t.slice(s.start, s.end);
    const denies = DENY.test(sentence) || hasLack(sentence);
    if (!denies) continue;
    if (EXCEPT.test(sentence) || REMAINING.test(sentence) || BLANKET.test(sentence)) return true;
  }
  return false;
}

/** "To the extent a response is required, … denies": a fallback that turns a non-answer into a denial. */
const TO_THE_EXTENT = /\bto\s+the\s+extent\b/i;

export function hasFallbackDenial(text: string): boolean {
  const t = withoutNonResponses(text);
  for (const s of sentences(t)) {
    const sentence = t.slice(s.start, s.end);
    if (TO_THE_EXTENT.test(sentence) && (DENY.test(sentence) || hasLack(sentence))) return true;
  }
  return coversTheRest(text);
}

/** A document-wide catch-all in the preamble: "Except as expressly admitted below, Coastal denies each and every allegation of the Complaint." */
export function hasGlobalCatchAll(p: Pleading): boolean {
  const pre = p.preamble?.text ?? '';
  return /\bexcept\s+as\s+(?:\w+\s+)?(?:admitted|stated)\b[^.]{0,120}?\bden(?:y|ies)\b/i.test(pre)
    || /\bnot\s+(?:\w+\s+)?admitted\b[^.]{0,40}?\b(?:is|are)\s+(?:hereby\s+)?denied\b/i.test(pre)
    || /\bden(?:y|ies)\s+(?:each\s+and\s+every|all|any)\s+allegations?\b[^.]{0,120}?\bnot\s+(?:\w+\s+)?admitted\b/i.test(pre);
}

/** "Paragraph 19", "Paragraphs 7 and 8", in the document's capitalisation. */
export function paragraphPhrase(p: Pleading, targets: number[]): string {
  const lower = (p.text.match(/\bparagraphs?\s+\d/g) ?? []).length;
  const upper = (p.text.match(/\bParagraphs?\s+\d/g) ?? []).length;
  const word = lower > upper ? 'paragraph' : 'Paragraph';
  if (!targets.length) return '';
  if (targets.length === 1) return `${word} ${targets[0]}`;
  const contiguous = targets.every((t, i) => i === 0 || t === targets[i - 1] + 1);
  if (contiguous && targets.length > 2) return `${word}s ${targets[0]} through ${targets[targets.length - 1]}`;
  return `${word}s ${targets.slice(0, -1).join(', ')} and ${targets[targets.length - 1]}`;
}

/** Where new text is appended to a paragraph: after its last non-space character. */
export function endOfBody(p: Pleading, para: Paragraph): number {
  const body = p.text.slice(para.bodySpan.start, para.bodySpan.end);
  return para.bodySpan.start + body.trimEnd().length;
}

/** Whether a body ends a sentence, so appended text needs only a space. */
export function endsSentence(p: Pleading, para: Paragraph): boolean {
  return /[.?!]["”’')\]]*[*_]*$/.test(p.text.slice(para.bodySpan.start, endOfBody(p, para)));
}

/** "¶14", or "The response to Paragraph 19" for a headed response without a number of its own. */
export function responseLabel(p: Pleading, para: Paragraph): string {
  if (para.number !== null) return `¶${para.number}`;
  const targets = para.response?.targets ?? [];
  return targets.length ? `The response to ${paragraphPhrase(p, targets)}` : 'This response';
}

function normName(s: string): string {
  return s.toLowerCase().replace(/^\s*\d+\.\s*/, '').replace(/\b(?:defendants?|plaintiffs?)\b/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The names the answering party goes by — its short name, other terms defined for the same entity
 * ("[24]7" or "Defendant"), and, with the complaint, the complaint's terms for it — and "Defendant"
 * when the complaint has a single defendant.
 */
export function answeringNames(answer: Pleading, short: string, complaint?: Pleading): string[] {
  const names = new Set<string>([short]);
  const full = answer.definedTerms.find(t => t.term === short)?.fullName;
  const same = (fullName?: string) => !!full && !!fullName && normName(fullName) === normName(full);
  for (const t of answer.definedTerms) if (same(t.fullName)) names.add(t.term);
  if (complaint) {
    for (const t of complaint.definedTerms) if (t.term === short || same(t.fullName)) names.add(t.term);
    const defendants = complaint.caption.parties.filter(x => x.role === 'Defendant');
    if (defendants.length === 1 && !complaint.definedTerms.some(t => t.term === 'Defendants')) names.add('Defendant');
  }
  return [...names].filter(n => n && n !== 'Plaintiff' && n !== 'Plaintiffs' && n !== 'Defendants');
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
