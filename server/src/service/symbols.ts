/** Document symbols: the Outline view, breadcrumbs and Go to Symbol, from the core's outline. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { OutlineKind, OutlineNode } from '../core';
import type { Analysis } from './analysis';
import { toRange } from './convert';
import { outlineOf, perVersion } from './outlineCache';

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

export const documentSymbols = perVersion((a: Analysis): DocumentSymbol[] => {
  const convert = (n: OutlineNode): DocumentSymbol => {
    const range = toRange(a.lines, n.span);
    const selection = toRange(a.lines, { start: Math.max(n.selection.start, n.span.start), end: Math.min(n.selection.end, n.span.end) });
    const symbol: DocumentSymbol = { name: n.name || '(untitled)', detail: n.detail, kind: KIND[n.kind], range, selectionRange: selection };
    // Leaves (most of them: the paragraphs) go without an empty list: less to send.
    if (n.children.length) symbol.children = n.children.map(convert);
    return symbol;
  };
  return outlineOf(a).map(convert);
});
