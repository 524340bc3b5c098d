/** The pleading model: what the parser finds, with exact source spans. Pure data. */
import type { Span } from './text';

export type DocumentKind = 'complaint' | 'answer' | 'unknown';

export type ResponseKind =
  | 'admit'
  | 'deny'
  | 'lack-knowledge'
  | 'partial'
  | 'incorporation'
  | 'no-response-required'
  | 'other';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextSpan extends Span {
  text: string;
}

export interface Party {
  name: string;
  /** Plaintiff, Defendant, Counterclaim-Plaintiff … as written, singularised and title-cased. */
  role: string;
  span: Span;
}

export interface Caption {
  span: Span;
  court?: TextSpan;
  parties: Party[];
  caseNumber?: TextSpan;
  title?: TextSpan;
}

/** A short name defined in the text, e.g. `[24]7 Customer, Inc. ("[24]7" or "Defendant")`. */
export interface DefinedTerm {
  term: string;
  /** The name the term stands for, when it could be read ("[24]7 Customer, Inc."). */
  fullName?: string;
  /** Span of the term inside its quotes. */
  span: Span;
}

export type HeadingKind =
  | 'section'
  | 'subsection'
  | 'count'
  | 'defenses'
  | 'defense'
  | 'prayer'
  | 'jury-demand'
  | 'counterclaim';

export interface Heading {
  kind: HeadingKind;
  /** The heading line as written, without Markdown markers. */
  text: string;
  span: Span;
  /** COUNT/cause/defense/section number, parsed from roman, arabic, word or ordinal numerals. */
  number?: number;
  /** The numeral as written ("VI", "SIXTH", "2"). */
  numeral?: string;
  /** How the numeral is written, so a sequence check compares like with like. */
  numeralStyle?: 'roman' | 'arabic' | 'word' | 'ordinal';
  /** "COUNT" or "CAUSE OF ACTION" or "AFFIRMATIVE DEFENSE" or "DEFENSE" … */
  label?: string;
  /** The title: the rest of the line after a dash or colon, or the next short line(s). */
  title?: TextSpan;
  /** Index of the first paragraph after the heading (paragraphs.length when none). */
  firstParagraph: number;
}

/** A reference from one paragraph to others: "paragraphs 1-55", "¶¶ 5, 7 and 9", "the preceding paragraphs". */
export interface Reference {
  span: Span;
  /** The numbers referred to, in order, ranges expanded into from/to pairs. */
  ranges: { from: number; to: number; span: Span }[];
  /** "the preceding paragraphs" (all before this one) or "the preceding 23 paragraphs". */
  preceding?: { count?: number };
  /** "paragraphs 1 through 8 of its Answer": the answer's own paragraphs, not the complaint's. */
  ofAnswer?: boolean;
}

/** One sentence of a response that answers its own paragraphs: "Defendant admits paragraphs 1 and 2." */
export interface ResponseClause {
  targets: number[];
  kind: ResponseKind;
  /** The sentence. */
  span: Span;
  targetSpan?: Span;
}

export interface Response {
  /** Complaint paragraph numbers this paragraph responds to. */
  targets: number[];
  /** Where the targets are written; absent when implied by the paragraph's own number. */
  targetSpan?: Span;
  /** How the unit as a whole responds ("partial" when it admits some and denies others). */
  kind: ResponseKind;
  /** True when the target comes from the paragraph's own number ("3. Denied."). */
  implicit: boolean;
  /**
   * The unit pleads a general denial: every allegation (CCP § 431.30(d), Texas Rule 92) or every
   * one not admitted (FRCP 8(b)(3)). It may also answer paragraphs of its own ("denies paragraphs
   * 4, 5, 6 and each and every other allegation not specifically admitted").
   */
  general?: boolean;
  /** Where the general denial is. */
  generalSpan?: Span;
  /** Per sentence, when the unit answers different paragraphs in different ways. */
  clauses?: ResponseClause[];
  /** Paragraphs the unit says the complaint does not have ("There does not appear to be a paragraph numbered 6"). */
  absent?: number[];
}

export type Region = 'body' | 'defenses' | 'counterclaim' | 'prayer';

export interface Paragraph {
  /** The paragraph number, or null for an unnumbered response block ("RESPONSE TO PARAGRAPH 3:"). */
  number: number | null;
  /** Span of the number as written ("12", from "12\." or "12."). */
  numberSpan?: Span;
  /** The whole paragraph, from its number to the end of its last line of text. */
  span: Span;
  /** The body text after the number, page artifacts excluded. */
  body: string;
  bodySpan: Span;
  region: Region;
  /** Index into Pleading.headings of the nearest heading above, or -1. */
  heading: number;
  /** Index of the enclosing COUNT/cause heading, or -1. */
  count: number;
  references: Reference[];
  response?: Response;
}

export interface Defense {
  number: number;
  heading?: Heading;
  title?: string;
  /** Heading through body. */
  span: Span;
  bodySpan: Span;
}

export interface Block {
  span: Span;
  text: string;
}

export interface Pleading {
  text: string;
  kind: DocumentKind;
  caption: Caption;
  /** Text between the caption and the first paragraph or heading. */
  preamble?: Block;
  /** For an answer: which complaint it says it answers ("Second Amended Complaint"). */
  answers?: string;
  definedTerms: DefinedTerm[];
  headings: Heading[];
  paragraphs: Paragraph[];
  defenses: Defense[];
  prayer?: Block;
  juryDemand?: Block;
  signature?: Block;
  /**
   * For an answer: whether it numbers its responses after the complaint's paragraphs ("17. In
   * answer to Paragraph 17"), so that a unit naming no paragraph answers its own number.
   */
  tracksComplaint?: boolean;
  /** For an answer: its general denial, if it pleads one (the first, where it has several). */
  generalDenial?: Span;
  /** Set when the parser met an internal error; the model holds what was read before it. */
  parseError?: string;
  /** Lines recognised as page furniture (footers, page numbers, HTML comments). */
  artifacts: Span[];
}

export interface Finding {
  /** Stable kebab-case rule code. */
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  /** What a quick fix needs: the span to rewrite and the replacement, the number to insert … */
  data?: FixData;
}

export type FixData =
  | { kind: 'replace'; span: Span; newText: string; title: string }
  | { kind: 'renumber'; from: number; paragraphIndex: number }
  /** Insert a response to complaint paragraph `number` at `at` (after an existing response when `after`). */
  /** `answerOnly`: the paragraph is restated without its answer; only an "ANSWER:" block goes in after it. */
  | { kind: 'insert-response'; number: number; at: number; after: boolean; realleges?: { from: number; to: number }; answerOnly?: boolean };
