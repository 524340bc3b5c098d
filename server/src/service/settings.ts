/** The extension's settings as the server uses them, with defaults. Same names as package.json. */
import { DRAFT_KINDS, RULE_CODES, type DraftKind, type RuleSettings } from '../core';
import type { ForumId } from '../core/forums';
import { PAPERS, type Paper } from '../export';

export interface Settings {
  /** `pleading.rules`: code → off|hint|information|warning|error. */
  rules: RuleSettings;
  /** `pleading.maxFileSizeMB`: above this the document is not analysed. */
  maxFileSizeMB: number;
  /** `pleading.complaint`: path of the complaint, relative to the answer's folder or the workspace. */
  complaint?: string;
  /** `pleading.responseTemplates`: kind → template for inserted responses. */
  templates: Partial<Record<DraftKind, string>>;
  /** The forum named by the document's .pleadingrc.json ("preset"); inferred from the caption when absent. */
  forum?: ForumId;
  /** `pleading.export.paper`: the paper Export to Word lays the pleading on. */
  exportPaper: Paper;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, maxFileSizeMB: 20, templates: {}, exportPaper: 'plain' };

const LEVELS = new Set(['off', 'hint', 'information', 'warning', 'error']);

/** Accepts whatever the client sent and keeps only well-formed values. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: RuleSettings = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if (RULE_CODES.includes(code) && typeof level === 'string' && LEVELS.has(level)) rules[code] = level as RuleSettings[string];
    }
  }
  const max = typeof r.maxFileSizeMB === 'number' && r.maxFileSizeMB > 0 ? r.maxFileSizeMB : DEFAULT_SETTINGS.maxFileSizeMB;
  const complaint = typeof r.complaint === 'string' && r.complaint.trim() ? r.complaint.trim() : undefined;
  const templates: Settings['templates'] = {};
  if (r.responseTemplates && typeof r.responseTemplates === 'object') {
    for (const [kind, t] of Object.entries(r.responseTemplates as Record<string, unknown>)) {
      if ((DRAFT_KINDS as readonly string[]).includes(kind) && typeof t === 'string' && t.trim()) templates[kind as DraftKind] = t;
    }
  }
  const paper = (r.export as { paper?: unknown } | undefined)?.paper;
  const exportPaper = PAPERS.find(p => p === paper) ?? DEFAULT_SETTINGS.exportPaper;
  return { rules, maxFileSizeMB: max, complaint, templates, exportPaper };
}
