/** The one place that maps core offsets and findings to LSP types. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Finding, LineIndex, Severity, Span } from '../core';

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toSpan(lines: LineIndex, range: Range): Span {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(lines: LineIndex, f: Finding, index: number): Diagnostic {
  return {
    range: toRange(lines, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: 'pleading',
    message: f.message,
    // The finding's index in the analysis: code actions look the fix data up there, so a stale
    // diagnostic from an older version cannot apply an edit computed for different text.
    data: { index, start: f.span.start, end: f.span.end },
  };
}
