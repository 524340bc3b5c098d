/** Document symbols: the Outline view, breadcrumbs and Go to Symbol, from the core's outline. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { outline, type OutlineKind, type OutlineNode } from '../core';
import type { Analysis } from './analysis';
import { toRange } from './convert';

const KIND: Record<OutlineKind, SymbolKind> = {
  caption: SymbolKind.File,
  section: SymbolKind.Namespace,
  subsection: SymbolKind.Package,
  count: SymbolKind.Class,
  paragraph: SymbolKind.Number,
  defenses: SymbolKind.Module,
  defense: SymbolKind.Interface,
  prayer: SymbolKind.Event,
  'jury-demand': SymbolKind.Event,
  counterclaim: SymbolKind.Namespace,
  signature: SymbolKind.Key,
};

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => {
    const range = toRange(a.lines, n.span);
    const selection = toRange(a.lines, { start: Math.max(n.selection.start, n.span.start), end: Math.min(n.selection.end, n.span.end) });
    return {
      name: n.name || '(untitled)',
      detail: n.detail,
      kind: KIND[n.kind],
      range,
      selectionRange: selection,
      children: n.children.map(convert),
    };
  };
  return outline(a.pleading).map(convert);
}
