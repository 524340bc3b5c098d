/**
 * Rule packs for jurisdictions whose practice differs from the federal default. A preset is a
 * map of rule severities; a configuration file names one and may override it rule by rule.
 */
import type { RuleSettings } from './check';

export const PRESETS: Record<string, { description: string; rules: RuleSettings }> = {
  federal: {
    description: 'Federal Rules of Civil Procedure defaults (the built-in severities).',
    rules: {},
  },
  california: {
    description:
      'California state court: a general denial answers an unverified complaint (CCP § 431.30(d)); '
      + 'personal-jurisdiction and venue objections go by motion, not in the answer; answers seldom mirror headings.',
    rules: {
      'waivable-defense': 'off',
      'heading-response': 'off',
      'count-mismatch': 'information',
      'knowledge-phrase': 'information',
    },
  },
};

/** Preset, then file rules, then overrides: later wins. Unknown presets are reported, not fatal. */
export function mergeRules(preset: string | undefined, ...layers: (RuleSettings | undefined)[]): RuleSettings {
  const out: RuleSettings = { ...(preset ? PRESETS[preset]?.rules : undefined) };
  for (const layer of layers) if (layer) Object.assign(out, layer);
  return out;
}
