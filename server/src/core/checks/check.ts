/** What every check is: a code, a default severity, a description, and a reading of the model that reports. */
import type { Forum } from '../forums';
import type { FixData, Paragraph, Pleading, Severity } from '../model';
import type { ResponsePart } from '../reading/response';
import type { Span } from '../text';

/** What a check is given (core/run.ts makes it): the document, its complaint, and what the run shares. */
export interface CheckContext {
  pleading: Pleading;
  /** The complaint an answer responds to, when linked. */
  complaint?: Pleading;
  /** The forum whose wording rules apply (core/forums.ts). */
  forum: Forum;
  /** An answer unit's reading (normalized text, sentences, catch-alls …), shared by every check of the run. */
  reading(para: Paragraph): ResponsePart;
  /**
   * This check's verdict `name` on a unit's text, worked out once and kept with the reading across
   * versions while the text is unchanged: `compute` must depend on the text alone.
   */
  verdict<T>(para: Paragraph, name: string, compute: (r: ResponsePart) => T): T;
  /** One result of `scan` per block of the whole text, rescanned after an edit only where it touched (blocks.ts). */
  blockwise<V>(name: string, scan: (block: string) => V): { start: number; value: V }[];
  /** A fact about this run's documents, worked out once per run. */
  cached<T>(key: string, compute: () => T): T;
  /** Reports a finding: this check's code, and its default severity unless another is given. */
  report(span: Span, message: string, extra?: { severity?: Severity; data?: FixData }): void;
}

/** How a check (and the helpers it hands work to) reports a finding. */
export type Report = CheckContext['report'];

export interface Check {
  /** Stable kebab-case code, used in settings, the CLI and diagnostics. */
  code: string;
  /** One line for settings and docs. */
  description: string;
  /** The severity of most findings; a check may report a particular finding at another. */
  severity: Severity;
  run(ctx: CheckContext): void;
}

/** "¶68" — how findings name a paragraph. */
export function para(n: number | null | undefined): string {
  return n === null || n === undefined ? 'this paragraph' : `¶${n}`;
}
