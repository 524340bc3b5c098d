/** Runs the checks over a parsed pleading and applies rule severities. */
import { CHECKS, type Check } from './checks';
import type { Finding, Pleading, Severity } from './model';
import { FORUMS, inferForum, type ForumId } from './forums';
import type { AnalysisMemo } from './memo';
import { CheckRun } from './run';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Record<string, RuleSetting | undefined>;

export interface CheckOptions {
  /** The complaint an answer responds to, when linked. */
  complaint?: Pleading;
  /** Per-code severity overrides; 'off' drops the code. */
  rules?: RuleSettings;
  /** Restrict to these checks (default: all). */
  checks?: readonly Check[];
  /** The document's memo: facts about responses unchanged since the last version are reused. */
  memo?: AnalysisMemo;
  /** The forum whose wording rules apply (core/forums.ts); inferred from the caption when absent. */
  forum?: ForumId;
}

/**
 * Runs every enabled check. A check that throws is skipped (its findings are lost, not the
 * others'), and reported as one `internal-error` finding so the failure is visible.
 */
export function check(pleading: Pleading, options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  const forum = FORUMS[options.forum ?? inferForum(pleading, options.complaint)];
  const run = new CheckRun(pleading, options.complaint, forum, options.memo);
  for (const c of options.checks ?? CHECKS) {
    const setting = options.rules?.[c.code] ?? forum.rules[c.code];
    if (setting === 'off') continue;
    const findings: Finding[] = [];
    try {
      c.run(run.contextFor(c, findings));
    } catch (e) {
      findings.length = 0;
      findings.push({ code: 'internal-error', severity: 'error', message: `The ${c.code} check failed: ${e instanceof Error ? e.message : String(e)}`, span: { start: 0, end: 0 } });
    }
    for (const f of findings) out.push(setting && f.code === c.code ? { ...f, severity: setting } : f);
  }
  run.end();
  if (pleading.parseError) {
    out.push({ code: 'internal-error', severity: 'error', message: `The parser failed: ${pleading.parseError}`, span: { start: 0, end: 0 } });
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

export const RULE_CODES: readonly string[] = CHECKS.map(c => c.code);
