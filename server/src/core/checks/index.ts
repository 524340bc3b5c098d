/** The registry of checks, in the order their findings are reported for the same place. */
import type { Check } from './check';
import { definedTerm } from './definedTerm';
import { duplicateResponse } from './duplicateResponse';
import { headingSequence } from './headingSequence';
import { incorporationRange } from './incorporationRange';
import { paragraphMismatch } from './paragraphMismatch';
import { paragraphNumbering } from './paragraphNumbering';
import { punctuation } from './punctuation';
import { countMismatch } from './countMismatch';
import { unansweredParagraph } from './unansweredParagraph';
import { unknownParagraph } from './unknownParagraph';
import { evasiveResponse } from './evasiveResponse';
import { knowledgePhrase } from './knowledgePhrase';
import { partialResponse } from './partialResponse';
import { noResponse } from './noResponse';
import { ownKnowledge } from './ownKnowledge';
import { waivableDefense } from './waivableDefense';
import { partyNumber } from './partyNumber';
import { citation } from './citation';
import { headingResponse } from './headingResponse';
import { unreadNumbering } from './unreadNumbering';

export const CHECKS: readonly Check[] = [
  unansweredParagraph,
  unknownParagraph,
  incorporationRange,
  paragraphNumbering,
  paragraphMismatch,
  duplicateResponse,
  headingSequence,
  countMismatch,
  definedTerm,
  punctuation,
  evasiveResponse,
  knowledgePhrase,
  partialResponse,
  noResponse,
  ownKnowledge,
  waivableDefense,
  partyNumber,
  citation,
  headingResponse,
  unreadNumbering,
];

export type { Check, CheckContext } from './check';
