/** Folding ranges: caption, sections, COUNTs, defenses, long paragraphs, signature. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { walk } from '../core/outline';
import type { Analysis } from './analysis';
import { outlineOf, perVersion } from './outlineCache';

export const foldingRanges = perVersion((a: Analysis): FoldingRange[] => {
  const out: FoldingRange[] = [];
  walk(outlineOf(a), n => {
    const startLine = a.lines.positionAt(n.span.start).line;
    const endLine = a.lines.positionAt(n.span.end).line;
    if (endLine <= startLine) return;
    // Paragraphs fold only when long enough to be worth it.
    if (n.kind === 'paragraph' && endLine - startLine < 2) return;
    out.push({ startLine, endLine, kind: n.kind === 'caption' ? FoldingRangeKind.Imports : FoldingRangeKind.Region });
  });
  return out;
});
