/** The registry of checks, in the order their findings are reported for the same place. */
import type { Check } from './check';
import { definedTerm } from './definedTerm';
import { duplicateResponse } from './duplicateResponse';
import { headingSequence } from './headingSequence';
import { incorporationRange } from './incorporationRange';
import { paragraphMismatch } from './paragraphMismatch';
import { paragraphNumbering } from './paragraphNumbering';
import { punctuation } from './punctuation';

export const CHECKS: readonly Check[] = [
  incorporationRange,
  paragraphNumbering,
  paragraphMismatch,
  duplicateResponse,
  headingSequence,
  definedTerm,
  punctuation,
];

export type { Check, CheckContext } from './check';
