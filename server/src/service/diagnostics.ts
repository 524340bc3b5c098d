/** Diagnostics for a document: the analysis's findings, or one note saying why it was skipped. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import { toDiagnostic } from './convert';

/** `docs` is the base URI of the rule pages (docs/rules/<code>.md), linked from each diagnostic. */
export function diagnostics(a: Analysis, docs?: string): Diagnostic[] {
  if (a.skipped) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'pleading', code: 'not-analysed', message: a.skipped }];
  }
  return a.findings.map((f, i) => {
    const d = toDiagnostic(a.lines, f, i);
    if (docs && f.code !== 'internal-error') d.codeDescription = { href: `${docs}/${f.code}.md` };
    return d;
  });
}
