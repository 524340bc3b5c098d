/**
 * Completion of a response: after a new paragraph number in an answer ("17. "), or on the line
 * after "RESPONSE TO PARAGRAPH 17:", offer the standard responses in the answer's own phrasing.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { DRAFT_KINDS, DRAFT_LABELS, learnPhrasing, PLACEHOLDER, type DraftKind } from '../core/drafting/phrasing';
import type { Analysis } from './analysis';

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, c => `\\${c}`);
}

/** The paragraph number being responded to at `position`, if the cursor is where a response goes. */
function responseSlot(a: Analysis, position: Position): { n: number; prefix: string } | undefined {
  const line = (position.line < a.lines.lineCount ? a.lines.line(position.line) : undefined);
  if (!line) return undefined;
  const before = line.text.slice(0, position.character);
  const numbered = /^\s*(\d{1,5})\\?\.\s*$/.exec(before);
  // "17." gets a space before the response; "17. " does not.
  if (numbered) return { n: Number(numbered[1]), prefix: /\s$/.test(before) ? '' : ' ' };
  if (before.trim()) return undefined;
  for (let i = position.line - 1; i >= 0 && i >= position.line - 2; i--) {
    const prev = a.lines.lineText(i).trim();
    if (!prev) continue;
    const m = /^(?:\*\*)?(?:RESPONSE|ANSWER)\s+TO\s+PARAGRAPH\s+(\d{1,5}):?(?:\*\*)?$/i.exec(prev);
    return m ? { n: Number(m[1]), prefix: '' } : undefined;
  }
  return undefined;
}

export function completion(a: Analysis, position: Position, templates: Partial<Record<DraftKind, string>> = {}): CompletionItem[] {
  if (a.pleading.kind !== 'answer') return [];
  const slot = responseSlot(a, position);
  if (!slot) return [];
  const phrasing = learnPhrasing(a.pleading, templates);
  // The first paragraph under a COUNT usually realleges: offer incorporation first there.
  const firstInCount = isFirstAfterCountHeading(a, position.line);
  const order: DraftKind[] = firstInCount ? ['incorporation', ...DRAFT_KINDS.filter(k => k !== 'incorporation')] : [...DRAFT_KINDS];
  return order.map((kind, i) => {
    const text = phrasing.body(kind, slot.n);
    const snippet = escapeSnippet(text).replace(escapeSnippet(PLACEHOLDER), `\${1:${PLACEHOLDER.slice(1, -1)}}`);
    return {
      label: DRAFT_LABELS[kind],
      labelDetails: { description: `¶${slot.n}` },
      kind: CompletionItemKind.Snippet,
      detail: text,
      documentation: { kind: 'markdown', value: `Inserts a response to Paragraph ${slot.n} in this answer's phrasing:\n\n> ${text}` },
      sortText: String(i).padStart(2, '0'),
      preselect: i === 0,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: { start: position, end: position }, newText: `${slot.prefix}${snippet}$0` },
    };
  });
}

function isFirstAfterCountHeading(a: Analysis, line: number): boolean {
  for (let i = line - 1; i >= 0 && i >= line - 6; i--) {
    const t = a.lines.lineText(i).trim();
    if (!t) continue;
    if (/^\d{1,5}\\?\./.test(t)) return false;
    if (a.pleading.headings.some(h => h.kind === 'count' && a.lines.positionAt(h.span.start).line <= i && a.lines.positionAt(h.span.end).line >= i)) return true;
  }
  return false;
}
