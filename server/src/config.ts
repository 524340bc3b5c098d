/**
 * `.pleadingrc.json`: one configuration for the editor and the CLI, found beside the document or
 * in a folder above it (up to the workspace root). `{"preset": "california", "rules": {"punctuation": "off"}}`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULE_CODES, type RuleSettings } from './core';
import { FORUM_IDS, type ForumId } from './core/forums';

export const CONFIG_FILE = '.pleadingrc.json';
const LEVELS = new Set(['off', 'hint', 'information', 'warning', 'error']);

export interface PleadingConfig {
  path: string;
  /** The forum whose wording rules apply ("preset"); inferred from the caption when absent. */
  preset?: ForumId;
  rules: RuleSettings;
  /** Problems found in the file: unknown rules, bad severities, an unknown preset. */
  problems: string[];
}

/** Parses a configuration file's text; throws with a one-line message when it is not valid. */
export function parseConfig(file: string, text: string): PleadingConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${file}: expected a JSON object like {"rules": {"punctuation": "off"}}`);
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  const rules: RuleSettings = {};
  let preset: ForumId | undefined;
  const named = r.preset ?? r.forum;
  if (named !== undefined) {
    if (typeof named === 'string' && (FORUM_IDS as string[]).includes(named)) preset = named as ForumId;
    else problems.push(`unknown preset ${JSON.stringify(named)} (known: ${FORUM_IDS.join(', ')})`);
  }
  if (r.rules !== undefined) {
    if (!r.rules || typeof r.rules !== 'object') problems.push('"rules" must be an object of code → severity');
    else {
      for (const [code, level] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!RULE_CODES.includes(code)) problems.push(`unknown rule "${code}"`);
        else if (typeof level !== 'string' || !LEVELS.has(level)) problems.push(`rule "${code}": severity must be off, hint, information, warning or error`);
        else rules[code] = level as RuleSettings[string];
      }
    }
  }
  return { path: file, preset, rules, problems };
}

/**
 * The nearest configuration file at or above `dir`, stopping at `root` (inclusive) when given.
 * Returns undefined when there is none; throws (one line) when the nearest one is invalid.
 */
export function findConfig(dir: string, root?: string): PleadingConfig | undefined {
  let cur = path.resolve(dir);
  const stop = root ? path.resolve(root) : undefined;
  for (let i = 0; i < 64; i++) {
    const file = path.join(cur, CONFIG_FILE);
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) return parseConfig(file, text);
    const parent = path.dirname(cur);
    if (cur === stop || parent === cur) return undefined;
    cur = parent;
  }
  return undefined;
}
