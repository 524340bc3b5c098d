/** Diagnostics for a document: the analysis's findings, or one note saying why it was skipped. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import { toDiagnostic } from './convert';

export function diagnostics(a: Analysis): Diagnostic[] {
  if (a.skipped) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'pleading', code: 'not-analysed', message: a.skipped }];
  }
  return a.findings.map((f, i) => toDiagnostic(a.lines, f, i));
}
