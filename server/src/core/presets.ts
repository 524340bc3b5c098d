/**
 * Rule packs by forum: a configuration file names one ("preset"), or the forum is inferred from the
 * caption (core/forums.ts). Later layers win: the forum's severities, then the file's rules, then
 * the editor's or the command line's.
 */
import type { RuleSettings } from './check';
import { FORUMS, type ForumId } from './forums';

export function mergeRules(forum: ForumId | undefined, ...layers: (RuleSettings | undefined)[]): RuleSettings {
  const out: RuleSettings = { ...(forum ? FORUMS[forum]?.rules : undefined) };
  for (const layer of layers) if (layer) Object.assign(out, layer);
  return out;
}
