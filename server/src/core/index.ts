/** The core's face: parse text into a Pleading, check it, outline it. Pure: no I/O, no LSP. */
export { parse, incorporatedReferences, type ParseOptions } from './parse/parser';
export { createMemo, type AnalysisMemo } from './memo';
export { check, RULE_CODES, type CheckOptions, type RuleSetting, type RuleSettings } from './check';
export { CHECKS } from './checks';
export { outline, type OutlineNode, type OutlineKind } from './outline';
export * from './model';
export { LineIndex, type Span, type Position, excerpt, squash } from './text';
export { draftAnswer } from './drafting/draftAnswer';
export { responseChart, chartMarkdown, chartCsv, chartJson, type Chart, type ChartRow } from './chart';
export { learnPhrasing, DRAFT_KINDS, DRAFT_LABELS, type DraftKind, type Phrasing } from './drafting/phrasing';
export { insertionFor, insertionEdit, responseBlock } from './drafting/insertResponse';
export { sameCase, amendmentRank } from './caseNumber';
export { compareComplaints, type Comparison, type ParagraphPair, type CountPair } from './amend/compare';
export { migrateAnswer, REVIEW_MARK, type Migration } from './amend/migrate';
export { comparisonMarkdown, comparisonHtml, comparisonJson } from './amend/report';
