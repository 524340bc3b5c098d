/** Runs the checks over a parsed pleading and applies rule severities. */
import { CHECKS, type Check } from './checks';
import type { Finding, Pleading, Severity } from './model';
import { beginBlocks, releaseBlocks } from './blocks';
import type { AnalysisMemo } from './memo';
import { beginResponseParts, releaseResponseParts } from './responsePhrases';

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
}

/**
 * Runs every enabled check. A check that throws is skipped (its findings are lost, not the
 * others'), and reported as one `internal-error` finding so the failure is visible.
 */
export function check(pleading: Pleading, options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  beginResponseParts(pleading, options.memo?.responses);
  beginBlocks(pleading, options.memo?.blocks, options.memo?.blockChars);
  for (const c of options.checks ?? CHECKS) {
    const setting = options.rules?.[c.code];
    if (setting === 'off') continue;
    let findings: Finding[];
    try {
      findings = c.run({ pleading, complaint: options.complaint });
    } catch (e) {
      findings = [{ code: 'internal-error', severity: 'error', message: `The ${c.code} check failed: ${e instanceof Error ? e.message : String(e)}`, span: { start: 0, end: 0 } }];
    }
    for (const f of findings) out.push(setting ? { ...f, severity: setting } : f);
  }
  releaseResponseParts(pleading);
  releaseBlocks(pleading);
  if (pleading.parseError) {
    out.push({ code: 'internal-error', severity: 'error', message: `The parser failed: ${pleading.parseError}`, span: { start: 0, end: 0 } });
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

export const RULE_CODES: readonly string[] = CHECKS.map(c => c.code);
