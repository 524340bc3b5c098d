/** Random text for property tests: pleading-like token soup that exercises the parser's paths. */
import * as fc from 'fast-check';

/** Words and fragments pleadings are made of, for text that exercises the parser's paths. */
export const VOCABULARY = [
  '\n', '\n\n', '\r\n', ' ', '1. ', '12\\. ', '2019. ', 'COUNT I', 'COUNT', 'FIRST CAUSE OF ACTION', 'FIRST AFFIRMATIVE DEFENSE',
  '(Laches)', 'AFFIRMATIVE DEFENSES', 'WHEREFORE', 'Dated:', '/s/ ', 'ANSWER', 'COMPLAINT', 'Case No. 1:26-cv-1', 'v.',
  'Plaintiff,', 'Defendant.', 'In answer to Paragraph 5, ', 'RESPONSE TO PARAGRAPH 3:', 'admits', 'denies', 'lacks knowledge or information',
  'incorporates paragraphs 1-', 'the preceding 23 paragraphs', 'the foregoing paragraphs above', 'prior', '¶¶ 1–', 'through', '("Acme")', 'Acme', 'Acmee', ',,', '..',
  '- 12 -', 'Page 3 of 17', '<!-- page -->', 'II. FACTS', '# PARTIES', '**', '\t', '\u00a0', '“', '”', '\uFEFF', '😀', '\uD800', '(',
];
export const pleadingText = fc.array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.integer({ min: 0, max: 120 }).map(String), fc.string({ maxLength: 8 })), { maxLength: 120 }).map(xs => xs.join(''));

