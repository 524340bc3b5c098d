/**
 * The words a reader recognises in an answer, in one table: the leads that name the paragraph a
 * response answers, the ways a paragraph is named, what a response says of it (admits, denies,
 * lacks knowledge, needs no response, incorporates), general denials and catch-alls. Every pattern
 * that reads responses is built here from these lists, so a new court's wording is one line here
 * (and a fixture), not an edit in each reader.
 *
 * Lists are lower case with single spaces; the builders let any run of white space stand for a
 * space, so line wraps and page breaks inside a phrase still match. Every built pattern is linear
 * (alternations of literals, bounded gaps): the ReDoS test checks them all (PHRASE_PATTERNS).
 */
import { gated } from './gate';

/** Leads before the paragraph a response answers: "In answer to Paragraph 17", "As to ¶ 3". */
export const RESPONSE_LEADS = [
  'in answer to', 'in response to', 'in responding to', 'in reply to', 'answering', 'responding to', 'replying to',
  'as to', 'as for', 'with respect to', 'with regard to', 'with regard', 'in regard to', 'regarding', 'concerning',
  'response to', 'responses to', 'answer to', 'answers to', 'as and for an answer to',
] as const;

/** What may stand between a lead and the paragraph word: "the allegations of", "the averments contained in". */
export const LEAD_OBJECTS = ['allegations', 'averments', 'statements', 'assertions'] as const;
export const OBJECT_LINKS = ['of', 'in', 'contained in', 'contained within', 'set forth in', 'made in', 'within'] as const;

/** How a paragraph is named: "paragraph", "¶", "numerical paragraphs", "Paragraph No.", "paragraph numbered". */
export const PARAGRAPH_WORDS = ['paragraphs', 'paragraph', 'paras.', 'para.', 'pars.', 'par.'] as const;
export const PARAGRAPH_SIGNS = ['¶¶', '¶'] as const;
/** Words before the paragraph word that do not change what it names. */
export const PARAGRAPH_ADJECTIVES = ['numerical', 'numbered', 'unnumbered'] as const;
/** Words between the paragraph word and its number: "Paragraph No. 40", "Paragraph Nos. 31, 32", "paragraph numbered 2". */
export const NUMBER_MARKERS = ['nos.', 'no.', 'nos', 'no', 'numbers', 'number', 'numbered', 'noo.'] as const;

/**
 * Words before DEFENSE(S) in a defenses heading: "AFFIRMATIVE DEFENSES", New Jersey's "SEPARATE
 * DEFENSES", Connecticut's "SPECIAL DEFENSES" (Practice Book § 10-50), "FIRST DISTINCT DEFENSE".
 */
export const DEFENSE_ADJECTIVES = ['affirmative', 'separate', 'additional', 'special', 'distinct', 'other'] as const;

/** What a complaint calls itself, and an answer calls it, in its title and its text. */
export const PLEADING_NAMES = ['complaint', 'petition'] as const;

/** The pleading a complaint paragraph belongs to, as answers name it ("of Plaintiff's Amended Complaint"). */
export const COMPLAINT_NAMES = ['complaint', 'petition', 'counterclaim', 'counterclaims', 'cross-claim', 'crossclaim', 'cross-complaint'] as const;

/**
 * What a response says of the paragraphs it names. Each kind lists the phrases that show it, as
 * pattern sources (already lower case and linear).
 */
export const ADMIT_WORDS = ['admit', 'admits', 'admitted'] as const;
export const DENY_WORDS = ['deny', 'denies', 'denied'] as const;

/** A statement that the party lacks knowledge: "lacks knowledge", "is without sufficient information". */
export const LACK_SOURCE =
  // Florida's short form opens a sentence with it: "Without knowledge, therefore denied."
  '(?:without(?<=(?:^|[.;:] )without) (?:sufficient )?knowledge\\b|\\b(?:lacks?|lacking|den(?:y|ies)|(?:is|are|being|remains?) without|(?:does|do) not (?:have|possess)|(?:has|have) (?:no|insufficient)|(?:for|due to|because of|based (?:up)?on|on the basis of) (?:a |its |their |his |her )?(?:lack|want) of) (?:any |sufficient |adequate |enough )?(?:knowledge|information)\\b(?: (?:or|and|and\\/or) (?:knowledge|information)\\b)?)';

/** "no response is required", "does not merit nor require a response", "not obligated to respond". */
export const NO_RESPONSE_SOURCE = [
  '\\bno (?:response|answer|reply|responsive pleading) (?:is )?(?:\\w+ )?(?:required|necessary|needed|warranted)',
  '\\bnot (?:required|obligated|necessary) to (?:respond|answer)',
  '\\brequires? no (?:response|answer)',
  '\\b(?:does|do) not (?:merit|require|warrant)(?: n?or (?:merit|require|warrant))? (?:a )?(?:response|answer|responsive pleading)',
  '\\bmakes? no (?:answer|response)',
  '\\b(?:does not contain|contains no) (?:factual )?(?:allegations|averments) (?:warranting|requiring|that (?:warrant|require)) (?:a )?(?:response|answer)',
].join('|');

/** Legal conclusions: a response that says the paragraph states law, not fact ("calls for a legal conclusion"). */
export const LEGAL_CONCLUSION_SOURCE =
  '\\b(?:legal conclusions?|conclusions? of law|opinions? of law|statements? of (?:law|opinion of law)|legal (?:opinion|argument)s?)\\b';

/** Incorporation verbs: "incorporates", "realleges", "re-adopts and reaffirms", "repeats and reiterates". */
export const INCORPORATION_STEMS = [
  'incorporat', 're-alleg', 'realleg', 're-assert', 'reassert', 'repeat', 'restat', 're-stat', 're-aver', 'reaver',
  'adopt', 're-adopt', 'readopt', 'reaffirm', 're-affirm', 'reiterat', 're-iterat',
] as const;
export const INCORPORATION_SOURCE =
  '\\b(?:incorporat\\w*|re-?alleg\\w*|re-?assert\\w*|repeats?|repeated|restates?|restated|re-?avers?|re-?adopts?|re-?adopted|adopts?|adopted|re-?affirms?|re-?affirmed|re-?iterates?|re-?iterated)\\b';
/** Gate words for INCORPORATION_SOURCE: every match contains one. */
export const INCORPORATION_GATE = ['incorporat', 'alleg', 'assert', 'repeat', 'restate', 'aver', 'adopt', 'affirm', 'iterat'] as const;

/**
 * "refers to paragraphs 1 through 25 and by this reference incorporates the same herein": a verb
 * after the reference, pointing back at it.
 */
export const INCORPORATES_BACK_SOURCE =
  '\\b(?:incorporates?|re-?alleges?|adopts?|re-?adopts?|re-?asserts?)(?: by (?:this )?reference)?(?: each of)? (?:the same|them|those|such paragraphs|said paragraphs|said allegations|the foregoing|each and all of them)\\b';

/**
 * General denials (FRCP 8(b)(3), Texas Rule 92, California CCP § 431.30(d)): a sentence that denies
 * every allegation, or every one not admitted. Three parts, which must all appear in one sentence
 * (GENERAL_DENIAL_* below): the denial, the object (all allegations), and, unless the denial is
 * "general", what it leaves out (not admitted).
 */
export const GENERALLY_DENIES_SOURCE = '\\bgenerally(?: and specifically)? den(?:y|ies)\\b';
export const DENIAL_SOURCE = '\\bden(?:y|ies|ied)\\b';
export const ALL_ALLEGATIONS_SOURCE =
  '\\b(?:each and every|any and all|all and singular|all|any|every|each)\\b(?: (?:other|remaining|such|material|of the|further|additional))?(?: (?:factual|material))? (?:allegations?|averments?|matters?|statements?|claims?)\\b';
export const NOT_ADMITTED_SOURCE =
  '\\b(?:not|unless|except(?: as| to the extent)?|other than(?: as)?|save as)\\s*(?:(?:otherwise|specifically|expressly|herein|hereinafter|above|below|heretofore|herein\\s*expressly|previously|specially)\\s+){0,3}(?:admitted|addressed|qualified|stated|responded to|answered|set forth)\\b';
/** The whole complaint as the object of a denial: "denies each and every allegation of the Complaint". */
export const WHOLE_COMPLAINT_SOURCE =
  '\\bden(?:y|ies)(?: generally(?: and specifically)?)? (?:each and every|all|every|any and all) (?:of the )?(?:allegations?|averments?)(?: (?:contained|set forth|made))? (?:in|of) (?:the|plaintiffs?[\'’]?s?|its|his|her|their)(?: [a-z-]+){0,3} (?:complaint|petition)\\b';

/** "There does not appear to be a paragraph numbered 6": a reference to a paragraph said not to exist. */
export const ABSENT_PARAGRAPH_SOURCE =
  '\\b(?:there (?:is|are|does not appear to be|do not appear to be|appears to be|appear to be) no|there (?:does|do) not (?:appear to )?(?:be|exist)(?: an?| any)?|(?:does|do) not (?:appear to )?(?:contain|have|include)(?: an?| any)?|there is not an?|no such)(?:\\s+(?:numerical |numbered )?(?:paragraphs?|¶))?';

/**
 * Words that show a sentence answers the paragraphs it names: any response kind, a legal
 * conclusion, an incorporation, or a statement that the paragraph is not directed at this party.
 */
export const RESPONDS_SOURCE = [
  '\\badmit(?:s|ted)?\\b', '\\bden(?:y|ies|ied)\\b', LACK_SOURCE, NO_RESPONSE_SOURCE, LEGAL_CONCLUSION_SOURCE,
  INCORPORATION_SOURCE,
  '\\b(?:not directed (?:at|to|against)|directed (?:at|to|against) (?:an)?other|relates? (?:solely |only )?to (?:a )?(?:separate|other|another)|(?:speaks|speak) for (?:itself|themselves)|refers? the court to|neither admit(?:s|ted)? nor den(?:y|ies|ied)|assumes? the truth|stand denied)\\b',
].join('|');

// ---------------------------------------------------------------------------------------------
// Builders: patterns made from the lists above.

/**
 * A source written with plain spaces (for whitespace-collapsed text), made to read raw text: a
 * space matches any run of white space, an optional space any or none.
 */
export function loose(source: string): string {
  return source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of phrases, longest first, with `ws` for each space. */
export function alternation(phrases: readonly string[], ws = '\\s+'): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(p => escape(p).replace(/ /g, ws)).join('|');
}

/** The paragraph word or sign, with an optional adjective before it ("numerical paragraphs"). */
export function paragraphWordSource(ws = '\\s+'): string {
  return `(?:(?:${alternation(PARAGRAPH_ADJECTIVES, ws)})${ws})?(?:(?:${alternation(PARAGRAPH_WORDS, ws)})(?![a-z])|${alternation(PARAGRAPH_SIGNS, ws)})`;
}

/**
 * A lead at the start of a response, up to the paragraph word: "In answer to Paragraph",
 * "With respect to the allegations contained in numerical paragraphs", "RESPONSE TO ¶".
 */
export function leadSource(ws = '\\s+'): string {
  return `(?:${alternation(RESPONSE_LEADS, ws)})${ws}(?:the${ws}(?:${alternation(LEAD_OBJECTS, ws)})${ws}(?:${alternation(OBJECT_LINKS, ws)})${ws})?(?:the${ws})?`;
}

/** "of Plaintiff's First Amended Complaint": a complaint named after a paragraph number. */
export function complaintNameSource(ws = '\\s+'): string {
  return `(?:of|in)${ws}(?:the${ws}|(?:plaintiffs?|defendants?|petitioners?)['’]?s?${ws}|its${ws}){0,2}(?:[A-Za-z-]{1,20}${ws}){0,3}(?:${alternation(COMPLAINT_NAMES, ws)})\\b`;
}

// ---------------------------------------------------------------------------------------------
// The words the response-quality rules read (in whitespace-collapsed text: plain spaces), behind
// substring gates (gate.ts): a pattern runs only when the lower-cased text holds a word it needs.

export const ADMIT = gated(new RegExp(`\\b(?:${alternation(ADMIT_WORDS)})\\b`, 'i'), ['admit']);
export const DENY = gated(new RegExp(`\\b(?:${alternation(DENY_WORDS)})\\b`, 'i'), ['den']);
export const LACK = gated(new RegExp(LACK_SOURCE, 'gi'), ['knowledge', 'information']);
export const NO_RESPONSE_REQUIRED = gated(new RegExp(NO_RESPONSE_SOURCE, 'i'),
  ['requir', 'necessary', 'needed', 'warrant', 'obligated', 'merit', 'no answer', 'no response']);
export const LEGAL_CONCLUSION = gated(new RegExp(LEGAL_CONCLUSION_SOURCE, 'i'), ['conclusion', 'of law', 'legal']);
export const INCORPORATION = gated(new RegExp(INCORPORATION_SOURCE, 'i'), INCORPORATION_GATE);

/**
 * Words that look like a response but are not one: "neither admits nor denies", "Neither admitted nor
 * denied." (New Jersey's short form), "does not deny",
 * "not admitted", and the infinitive in "sufficient to admit or deny".
 */
export const NON_ANSWER_SOURCES = [
  '\\bneither admit(?:s|ted)? nor den(?:y|ies|ied)\\b',
  '\\b(?:does|do) not (?:admit|deny)\\b',
  '\\bnot (?:admitted|denied)\\b',
  '\\bto (?:either )?admit(?: or deny)?\\b',
] as const;
export const NON_ANSWER_WORDS = ['not', 'neither', 'to admit', 'to either'] as const;
/**
 * The exception of a catch-all, which admits nothing: "each and every allegation not specifically
 * admitted", "Except as so admitted" (for classifying a response; the catch-all readers need it).
 */
export const CATCH_ALL_EXCEPTION_SOURCE = '\\b(?:not|unless|except as)(?: [a-z]+){0,3} admitted\\b';
/** "Admitted in part; denied in part": a partial response, which the catch-all readers set aside. */
export const IN_PART_SOURCE = '\\b(?:admitted|denied) in part\\b';

/** A catch-all of what a response has not admitted: "Except as so admitted", "other than as stated". */
export const EXCEPT = gated(/\b(?:(?:except|other than|save) (?:as|to the extent)|except (?:for )?(?:what|those|the foregoing|the above))\b/i, ['except', 'other than', 'save']);
/** "denies the remaining allegations", "otherwise denies", "The remainder of both paragraphs is therefore denied". */
export const REMAINING = gated(new RegExp([
  /\b(?:remaining|remainder of the|balance of the|rest of the|all other|any other|other) (?:factual |such |specific )?(?:allegations?|averments?)\b/,
  /\bden(?:y|ies|ied) the (?:remainder|rest|balance)\b/,
  /\botherwise den(?:y|ies|ied)\b/,
  /\bin all other respects\b/,
  /\b(?:remainder|rest|balance)\b[^.;]{0,40}\b(?:is|are|stands?) (?:[a-z]+ )?denied\b/,
].map(r => r.source).join('|'), 'i'), ['remain', 'balance', 'rest', 'other']);
/**
 * "Admitted in part and denied in part. It is admitted that X.": the opening says the rest is denied
 * (the Pennsylvania and New Jersey form), whatever the sentences after it specify.
 */
export const ADMITTED_AND_DENIED_IN_PART = gated(/\b(?:admitted in part[,;.]? (?:and )?denied in part|denied in part[,;.]? (?:and )?admitted in part)\b/i, ['in part']);
/**
 * "Kilnworks admits that X, and denies that Y": one sentence that splits the paragraph into the part
 * admitted and the part denied. (An active "Coastal denies that Y." in a sentence of its own after an
 * admission is the usual sign of a catch-all forgotten: response.ts reads it as partial.) Two patterns,
 * read in one sentence: one would have to span the admitted fact, and backtrack over it.
 */
export const ADMITS_THAT = gated(/\badmit(?:s|ted)? that\b/i, ['admit']);
/** What follows the admission in that sentence: "…, and denies that", "but it is denied that". */
export const AND_DENIES_THAT = gated(/\b(?:and|but) (?:(?:it is|[a-z][\w&'’-]{0,30}) )?(?:(?:specifically|expressly|further) )?den(?:y|ies|ied) that\b/i, ['den']);
/**
 * A denial of what the sentence before it spoke of: "The remaining allegations … state legal
 * conclusions …; to the extent an answer is required, Lakeshore denies them."
 */
export const DENIES_THEM = gated(
  /\b(?:den(?:y|ies) (?:them|the same|same|(?:those|these|such|said) (?:allegations|averments))|(?:they|those allegations|such allegations) are (?:[a-z]+ )?denied)\b/i,
  ['den']);
/** A denial of the allegations as a whole: "denies each and every allegation set forth therein". */
export const BLANKET_LEAD = gated(/\b(?:den(?:y|ies|ied)|lacks? (?:of )?knowledge|without (?:sufficient )?knowledge)\b/i, ['den', 'lack', 'without']);
export const BLANKET_OBJECT = /\b(?:each and every|all|any|the|such) (?:of the |such |and all )?(?:allegations?|averments?)\b(?: (?:set forth|contained|made|stated|asserted))?/gi;
/** What may follow the object without narrowing it: "in Paragraph 5", "therein", then the end of a clause. */
export const BLANKET_TAIL = /^(?: (?:in|of|within) (?:said |that |this |the )?(?:paragraphs?|¶¶?) ?\d{1,5}(?:(?:, ?| and | through | to | ?[-–] ?)\d{1,5}){0,20}| (?:therein|thereof|herein))?(?: of the (?:[A-Za-z-]{1,20} ){0,3}(?:Complaint|Petition))?(?: ?[.;,:)]| and\b| but\b| except\b| on that\b|$)/i;
/** "… and therefore denies the same.": a denial of whatever the sentence spoke of, as a whole. */
export const THEREFORE_DENIES = gated(/\b(?:therefore|thus|accordingly|hence) (?:must )?den(?:y|ies)(?: (?:the same|same|them|these allegations|said allegations|such allegations|those allegations))? ?[.;]?$/i, ['therefore', 'thus', 'accordingly', 'hence']);
/** "Denied." standing alone. */
export const BARE_DENIAL = gated(/(?:^|[.;:] |\*\* ?)Denied ?(?:[.;]|$)/i, ['denied']);
/** A response that is a denial and nothing more: "Denied.", "Denied in its entirety.", "Denied as stated." */
export const ONLY_DENIED = gated(/^Denied(?: (?:in (?:its|their) entirety|as stated|generally))? ?[.;]?$/i, ['denied']);
/**
 * "To the extent a response is required, … denies": the fallback that turns a non-answer into a
 * denial; also "Should a response be deemed required", "If a response is required".
 */
export const TO_THE_EXTENT = gated(/\b(?:to the extent|should (?:a |any )?(?:further )?responses? be (?:deemed )?(?:to be )?(?:required|necessary)|(?:if|in the event (?:that )?)(?:a |any )?(?:further )?responses? (?:is|are|be) (?:deemed )?(?:required|necessary))\b/i, ['to the extent', 'should', 'if', 'in the event']);

/** The FRCP 8(b)(5) form of a lack-of-knowledge statement: knowledge or information … sufficient to form a belief. */
export const KNOWLEDGE_OR_INFORMATION = /\b(?:knowledge,? (?:or|and|and\/or) information|knowledge, information|information,? (?:or|and|and\/or) knowledge)\b/i;
/** "form a belief", also glued by extraction ("toform a belief", "forma belief", "form abelief"). */
export const FORM_A_BELIEF = /form ?a ?belief/i;
export const KNOWLEDGE = /\bknowledge\b/i;
/** California's form (CCP § 431.30(g)): "no information or belief upon the subject sufficient to … answer". */
export const INFORMATION_OR_BELIEF = /\binformation (?:or|and) belief\b/i;
/** Pennsylvania's (Pa.R.C.P. 1029(c)): "after reasonable investigation … without knowledge or information". */
export const REASONABLE_INVESTIGATION = /\breasonable (?:investigation|inquiry)\b/i;

/**
 * Evasions: responses courts read as neither admitting nor denying (evasive-response). "No
 * response is required" is NO_RESPONSE_REQUIRED above, as the classifier reads it.
 */
export const NEITHER_ADMITS_NOR_DENIES = gated(/\bneither admit(?:s|ted)? nor den(?:y|ies|ied)\b/i, ['neither']);
export const CALLS_LEGAL_CONCLUSION = gated(/\b(?:(?:calls? for|states?|contains?|asserts?|sets? forth|consists? (?:solely |only )?of) (?:[a-z]+ ){0,2}legal conclusions?|conclusions? of law)\b/i, ['conclusion']);
export const SPEAKS_FOR_ITSELF = gated(/\bspeaks? for (?:itself|themselves)\b/i, ['speak']);
export const DEMANDS_STRICT_PROOF = gated(/\b(?:(?:demands?|calls? for|requires?) (?:strict )?proof (?:thereof|of (?:the )?(?:same|allegations?))|(?:demands?|requires?) strict proof|(?:leaves?|puts?) (?:[A-Za-z]+ ){1,2}to (?:its|their|his|her) (?:strict )?proof)\b/i, ['proof']);
export const REFERS_THE_COURT = gated(/\b(?:respectfully )?refers? (?:the Court|Plaintiffs?|the (?:trier|finder) of fact) to\b/i, ['refer']);
/** How an answer leads its fallback denials: "To the extent a response is required, ". */
export const FALLBACK_LEAD = /\bTo the extent (?:that )?(?:a|any) (?:further )?(?:response|answer) (?:is|may be) (?:deemed )?(?:required|necessary|needed), ?/;
