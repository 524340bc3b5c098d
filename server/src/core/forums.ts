/**
 * The forum decides the wording rules. Courts require the same things in different words: the
 * form of a lack-of-knowledge statement, whether a general denial answers what no response does,
 * which rule deems an allegation admitted, where personal-jurisdiction objections are waived. Each
 * forum here says how it words them and which rule or statute it relies on (docs/rules/forums/),
 * and which rules it reports at another severity. The forum is inferred from the caption, or named
 * in `.pleadingrc.json` ("preset").
 */
import type { RuleSettings } from './check';
import type { Pleading } from './model';
import { FORM_A_BELIEF, INFORMATION_OR_BELIEF, KNOWLEDGE, KNOWLEDGE_OR_INFORMATION, REASONABLE_INVESTIGATION } from './phrases';

export type ForumId = 'federal' | 'california' | 'new-york' | 'texas' | 'illinois' | 'florida' | 'kentucky' | 'pennsylvania';

export interface Forum {
  id: ForumId;
  /** "Kentucky state court". */
  name: string;
  /** "Kentucky": for the status bar. */
  short: string;
  /** One line for the status bar and the CLI's summary: the forum and the rule its wording follows. */
  summary: string;
  /** The rules messages cite. */
  cites: {
    /** The form of a lack-of-knowledge statement ("FRCP 8(b)(5)"). */
    lackOfKnowledge: string;
    /** What is not denied is admitted ("FRCP 8(b)(6)"). */
    deemedAdmitted: string;
    /** A denial of part must deny the rest ("FRCP 8(b)(4)"). */
    partialDenial: string;
    /** Defenses waived when left out ("FRCP 12(h)(1)"). */
    waiver: string;
  };
  /** The words a lack-of-knowledge statement must use, as the rule has them. */
  lackWording: string;
  /** Whether a sentence pleads lack of knowledge in this forum's form. */
  properLack(sentence: string): boolean;
  /**
   * Whether a general denial answers what no response does. Pennsylvania's Rule 1029(b) makes a
   * general denial an admission, so there a paragraph without a response stays unanswered.
   */
  generalDenialAnswers: boolean;
  /**
   * Whether a response of one word, "Denied.", is a general denial with the effect of an admission
   * (Pa.R.C.P. 1029(b)): there a denial must say what is denied, or plead lack of knowledge.
   */
  bareDenialAdmits: boolean;
  /** Severities that differ from the built-in ones. */
  rules: RuleSettings;
}


/** FRCP 8(b)(5) and the rules copied from it: "knowledge or information sufficient to form a belief". */
const federalForm = (s: string) => KNOWLEDGE_OR_INFORMATION.test(s) && FORM_A_BELIEF.test(s);

/**
 * Courts where a general denial answers the whole pleading (CCP § 431.30(d), Tex. R. Civ. P. 92)
 * and jurisdiction and venue go by motion before the answer: the waiver reminder and the
 * heading-by-heading responses are not expected there, and the complaint's counts and the federal
 * lack-of-knowledge form are only information.
 */
const GENERAL_DENIAL_COURT: RuleSettings = {
  'waivable-defense': 'off',
  'heading-response': 'off',
  'count-mismatch': 'information',
  'knowledge-phrase': 'information',
};

export const FORUMS: Record<ForumId, Forum> = {
  federal: {
    id: 'federal',
    name: 'Federal court',
    short: 'Federal',
    summary: 'federal (FRCP)',
    cites: { lackOfKnowledge: 'FRCP 8(b)(5)', deemedAdmitted: 'FRCP 8(b)(6)', partialDenial: 'FRCP 8(b)(4)', waiver: 'FRCP 12(h)(1)' },
    lackWording: 'knowledge or information sufficient to form a belief about the truth',
    properLack: federalForm,
    generalDenialAnswers: true,
    bareDenialAdmits: false,
    rules: {},
  },
  kentucky: {
    id: 'kentucky',
    name: 'Kentucky state court',
    short: 'Kentucky',
    summary: 'Kentucky (CR 8.02)',
    cites: { lackOfKnowledge: 'CR 8.02', deemedAdmitted: 'CR 8.04', partialDenial: 'CR 8.02', waiver: 'CR 12.08(1)' },
    lackWording: 'knowledge or information sufficient to form a belief as to the truth',
    properLack: federalForm,
    generalDenialAnswers: true,
    bareDenialAdmits: false,
    rules: {},
  },
  'new-york': {
    id: 'new-york',
    name: 'New York state court',
    short: 'New York',
    summary: 'New York (CPLR 3018)',
    cites: { lackOfKnowledge: 'CPLR 3018(a)', deemedAdmitted: 'CPLR 3018(a)', partialDenial: 'CPLR 3018(a)', waiver: 'CPLR 3211(e)' },
    lackWording: 'knowledge or information sufficient to form a belief',
    properLack: federalForm,
    generalDenialAnswers: true,
    bareDenialAdmits: false,
    rules: {},
  },
  illinois: {
    id: 'illinois',
    name: 'Illinois state court',
    short: 'Illinois',
    summary: 'Illinois (735 ILCS 5/2-610)',
    cites: { lackOfKnowledge: '735 ILCS 5/2-610(b)', deemedAdmitted: '735 ILCS 5/2-610(b)', partialDenial: '735 ILCS 5/2-610(a)', waiver: '735 ILCS 5/2-301' },
    lackWording: 'knowledge sufficient to form a belief',
    // "has no knowledge thereof sufficient to form a belief" (with the affidavit the statute asks for).
    properLack: s => KNOWLEDGE.test(s) && FORM_A_BELIEF.test(s),
    generalDenialAnswers: true,
    bareDenialAdmits: false,
    rules: {},
  },
  florida: {
    id: 'florida',
    name: 'Florida state court',
    short: 'Florida',
    summary: 'Florida (Fla. R. Civ. P. 1.110(c))',
    cites: { lackOfKnowledge: 'Fla. R. Civ. P. 1.110(c)', deemedAdmitted: 'Fla. R. Civ. P. 1.110(e)', partialDenial: 'Fla. R. Civ. P. 1.110(c)', waiver: 'Fla. R. Civ. P. 1.140(h)(1)' },
    lackWording: 'without knowledge',
    // "If the defendant is without knowledge, the defendant shall so state": saying so is enough.
    properLack: s => KNOWLEDGE.test(s),
    generalDenialAnswers: true,
    bareDenialAdmits: false,
    rules: {},
  },
  pennsylvania: {
    id: 'pennsylvania',
    name: 'Pennsylvania state court',
    short: 'Pennsylvania',
    summary: 'Pennsylvania (Pa.R.C.P. 1029)',
    cites: { lackOfKnowledge: 'Pa.R.C.P. 1029(c)', deemedAdmitted: 'Pa.R.C.P. 1029(b)', partialDenial: 'Pa.R.C.P. 1029(b)', waiver: 'Pa.R.C.P. 1028 and 1032' },
    lackWording: 'after reasonable investigation … without knowledge or information sufficient to form a belief as to the truth',
    properLack: s => federalForm(s) && REASONABLE_INVESTIGATION.test(s),
    generalDenialAnswers: false,
    bareDenialAdmits: true,
    rules: {},
  },
  california: {
    id: 'california',
    name: 'California state court',
    short: 'California',
    summary: 'California (CCP § 431.30)',
    cites: { lackOfKnowledge: 'CCP § 431.30(g)', deemedAdmitted: 'CCP § 431.20(a)', partialDenial: 'CCP § 431.30(d)', waiver: 'CCP § 418.10' },
    lackWording: 'information or belief sufficient to answer',
    // "no information or belief upon the subject sufficient to enable him or her to answer".
    properLack: s => INFORMATION_OR_BELIEF.test(s) || federalForm(s),
    generalDenialAnswers: true,
    bareDenialAdmits: false,
    rules: GENERAL_DENIAL_COURT,
  },
  texas: {
    id: 'texas',
    name: 'Texas state court',
    short: 'Texas',
    summary: 'Texas (Tex. R. Civ. P. 92)',
    cites: { lackOfKnowledge: 'Tex. R. Civ. P. 92', deemedAdmitted: 'Tex. R. Civ. P. 92', partialDenial: 'Tex. R. Civ. P. 92', waiver: 'Tex. R. Civ. P. 86 and 120a' },
    lackWording: 'knowledge or information sufficient to form a belief',
    properLack: federalForm,
    generalDenialAnswers: true,
    bareDenialAdmits: false,
    rules: GENERAL_DENIAL_COURT,
  },
};

export const FORUM_IDS = Object.keys(FORUMS) as ForumId[];

/** Words in the court's name that place a pleading in a forum, tried in order. */
const COURTS: [ForumId, RegExp, 'unless-another-state'?][] = [
  ['federal', /\bUNITED\s+STATES\s+(?:DISTRICT|BANKRUPTCY)\s+COURT\b|\bU\.\s?S\.\s+DISTRICT\s+COURT\b/i],
  ['california', /\bCALIFORNIA\b/i],
  ['new-york', /\bNEW\s+YORK\b|\bCOUNTY\s+OF\s+(?:KINGS|QUEENS|BRONX|RICHMOND|NASSAU|SUFFOLK|WESTCHESTER)\b/i],
  ['texas', /\bTEXAS\b/i],
  ['illinois', /\bILLINOIS\b|\bCOOK\s+COUNTY\b/i],
  ['florida', /\bFLORIDA\b/i],
  ['pennsylvania', /\bPENNSYLVANIA\b/i],
  ['kentucky', /\bKENTUCKY\b/i],
  // Ohio, South Carolina and Delaware have Courts of Common Pleas too: Pennsylvania's only where no other state is named.
  ['pennsylvania', /\bCOURT\s+OF\s+COMMON\s+PLEAS\b/i, 'unless-another-state'],
];

/**
 * States without a forum of their own, named in a court's lines ("FRANKLIN COUNTY, OHIO"); not a
 * county named after one (Pennsylvania's Delaware, Washington and Indiana Counties).
 */
const OTHER_STATE = new RegExp(`\\b(?:${[
  'ALABAMA', 'ALASKA', 'ARIZONA', 'ARKANSAS', 'COLORADO', 'CONNECTICUT', 'DELAWARE', 'GEORGIA', 'HAWAII', 'IDAHO',
  'INDIANA', 'IOWA', 'KANSAS', 'LOUISIANA', 'MAINE', 'MARYLAND', 'MASSACHUSETTS', 'MICHIGAN', 'MINNESOTA',
  'MISSISSIPPI', 'MISSOURI', 'MONTANA', 'NEBRASKA', 'NEVADA', 'NEW[ \\t]+HAMPSHIRE', 'NEW[ \\t]+JERSEY', 'NEW[ \\t]+MEXICO',
  'NORTH[ \\t]+CAROLINA', 'NORTH[ \\t]+DAKOTA', 'OHIO', 'OKLAHOMA', 'OREGON', 'RHODE[ \\t]+ISLAND', 'SOUTH[ \\t]+CAROLINA',
  'SOUTH[ \\t]+DAKOTA', 'TENNESSEE', 'UTAH', 'VERMONT', 'VIRGINIA', 'WASHINGTON', 'WEST[ \\t]+VIRGINIA', 'WISCONSIN', 'WYOMING',
].join('|')})\\b(?![ \\t]+COUNTY)`, 'i');

/** Case numbers that only one forum writes: "1:20-cv-00713" (federal), "24-CI-005774" (Kentucky; OCR'd "24-Cl-005774"). */
const CASE_NUMBERS: [ForumId, RegExp][] = [
  ['federal', /\b\d:\d{2}-cv-\d{2,6}\b/i],
  ['kentucky', /\b\d{2}-C[IL1]-?\d{2,6}\b/],
];

/** A caption line that names the court or the sovereign ("COMMONWEALTH OF KENTUCKY", "COUNTY OF COOK"). */
const COURT_LINE = /\bCOURT\b|\bCOMMONWEALTH\s+OF\b|\bSTATE\s+OF\b|\bCOUNTY\s+OF\b|\bCOUNTY,/i;

/** Statutes and rules a pleading cites, for when its caption says nothing of the forum. */
const CITED: [ForumId, RegExp][] = [
  ['kentucky', /\bKRS\s+\d|\bCR\s+\d{1,2}\.\d/],
  ['new-york', /\bCPLR\b/],
  ['illinois', /\bILCS\b/],
  ['california', /\bCode\s+of\s+Civil\s+Procedure\s+(?:section|§)|\bCCP\s+§/],
  ['texas', /\bTex\.\s*R\.\s*Civ\.\s*P\.|\bOriginal\s+Petition\b/],
  ['florida', /\bFla\.\s*R\.\s*Civ\.\s*P\.|\bFla\.\s*Stat\./],
  ['pennsylvania', /\bPa\.\s*R\.\s*C\.\s*P\./],
  ['federal', /\bFed\.\s*R\.\s*Civ\.\s*P\.|\bFRCP\b|\b28\s+U\.S\.C\.\s+§\s*13(?:31|32|91)\b/],
];

/**
 * The forum of a pleading: from its court (the caption, or the first lines when the caption is
 * not read), else from the rules it cites, else that of the complaint it answers; federal when
 * nothing says.
 */
export function inferForum(p: Pleading, complaint?: Pleading): ForumId {
  return forumOf(p) ?? (complaint ? forumOf(complaint) : undefined) ?? 'federal';
}

function forumOf(p: Pleading): ForumId | undefined {
  // The court's lines: the caption's court, and the lines near the top that name a court or a sovereign.
  const top = p.text.slice(p.caption.span.start, Math.min(p.text.length, Math.max(p.caption.span.end, p.caption.span.start + 2500)));
  const courtLines = [p.caption.court?.text ?? '', ...top.split(/\r?\n/).filter(l => COURT_LINE.test(l) && l.length < 200)].join('\n');
  const otherState = OTHER_STATE.test(courtLines);
  for (const [id, court, unless] of COURTS) if (court.test(courtLines) && !(unless && otherState)) return id;
  for (const [id, number] of CASE_NUMBERS) if (number.test(top)) return id;
  const body = p.text.length > 200000 ? p.text.slice(0, 200000) : p.text;
  for (const [id, cite] of CITED) if (cite.test(body)) return id;
  return undefined;
}
