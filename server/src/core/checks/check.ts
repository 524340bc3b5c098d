/** What every check is: a code, a default severity, a description, and a function over the model. */
import type { Finding, Pleading, Severity } from '../model';

export interface CheckContext {
  pleading: Pleading;
  /** The complaint an answer responds to, when linked. */
  complaint?: Pleading;
}

export interface Check {
  /** Stable kebab-case code, used in settings, the CLI and diagnostics. */
  code: string;
  /** One line for settings and docs. */
  description: string;
  /** The severity of most findings; a check may use a different one for a particular finding. */
  severity: Severity;
  run(ctx: CheckContext): Finding[];
}

/** "¶68" — how findings name a paragraph. */
export function para(n: number | null | undefined): string {
  return n === null || n === undefined ? 'this paragraph' : `¶${n}`;
}
