/** What the status bar says about a pleading. No VS Code API here, so it is tested on its own. */
import * as path from 'path';
import { plural } from '../../server/src/core/text';

export interface DocumentInfo {
  kind: string; title?: string; caseNumber?: string; paragraphs: number; counts: number; defenses: number;
  errors: number; warnings: number; skipped?: string; complaint?: { uri: string; title?: string };
  forum?: { name: string; summary: string };
}

/**
 * "$(law) 41 ¶ · Kentucky  $(error) 3  $(warning) 1  $(link) complaint.txt": the forum whose wording
 * rules apply, errors under the error icon, warnings under the warning one.
 */
export function statusText(info: DocumentInfo, complaintPath?: string): string {
  const problems = [info.errors ? `$(error) ${info.errors}` : '', info.warnings ? `$(warning) ${info.warnings}` : ''].filter(Boolean).join('  ');
  const linked = complaintPath ? `  $(link) ${path.basename(complaintPath)}` : info.kind === 'answer' ? '  $(circle-slash) no complaint' : '';
  return `$(law) ${info.paragraphs} ¶${info.forum ? ` · ${info.forum.name}` : ''}  ${problems || '$(check)'}${linked}`;
}

export function statusTooltip(info: DocumentInfo, complaintPath?: string): string {
  return info.skipped ?? [
    `${info.title ?? 'Pleading'}${info.caseNumber ? ` — ${info.caseNumber}` : ''}`,
    `${plural(info.paragraphs, 'paragraph')}, ${plural(info.counts, 'count')}, ${plural(info.defenses, 'defense')}`,
    `${plural(info.errors, 'error')}, ${plural(info.warnings, 'warning')}`,
    info.forum ? `Wording rules: ${info.forum.summary} ("preset" in .pleadingrc.json to change)` : '',
    complaintPath ? `Answers ${complaintPath}` : info.kind === 'answer' ? 'No complaint linked (same case number) — click to link one' : '',
    'Click for actions',
  ].filter(Boolean).join('\n');
}
