/**
 * Tests that read like the document (house style, after texlab and markdown-languageservice):
 * write the pleading inline and mark expected findings under the line they belong to:
 *
 *   68. In answer to Paragraph 68, X incorporates paragraphs 1-68, inclusive.
 *                                                           ^^^^ incorporation-range
 *
 * A marker line is only spaces, carets and a code. It is removed from the document.
 */
import * as assert from 'assert';
import { check, LineIndex, parse, type Finding, type Pleading } from '../../server/src/core';
import type { Check } from '../../server/src/core/checks';

export interface Marked {
  text: string;
  expected: { line: number; start: number; end: number; code: string }[];
}

const MARKER = /^(\s*)(\^+)\s+([a-z][a-z-]*)\s*$/;

/** Removes common indentation so documents can be written indented inside a test. */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indent = Math.min(...lines.filter(l => l.trim()).map(l => l.length - l.trimStart().length));
  return lines.map(l => l.slice(indent)).join('\n');
}

export function readMarkers(annotated: string): Marked {
  const out: string[] = [];
  const expected: Marked['expected'] = [];
  for (const line of dedent(annotated).split('\n')) {
    const m = MARKER.exec(line);
    if (m && out.length) {
      expected.push({ line: out.length - 1, start: m[1].length, end: m[1].length + m[2].length, code: m[3] });
    } else {
      out.push(line);
    }
  }
  return { text: `${out.join('\n')}\n`, expected };
}

/** Renders findings as "line:start-end code «text»" lines, for readable comparison. */
export function dump(text: string, findings: { line: number; start: number; end: number; code: string }[]): string {
  const lines = text.split('\n');
  return findings.map(f => `${f.line + 1}:${f.start}-${f.end} ${f.code} «${(lines[f.line] ?? '').slice(f.start, f.end)}»`).sort().join('\n');
}

export function located(text: string, findings: Finding[]): { line: number; start: number; end: number; code: string }[] {
  const lines = new LineIndex(text);
  return findings.map(f => {
    const s = lines.positionAt(f.span.start);
    const e = lines.positionAt(f.span.end);
    return { line: s.line, start: s.character, end: e.line === s.line ? e.character : s.character + 1, code: f.code };
  });
}

/** Asserts that `checks` report exactly the marked findings on the annotated document. */
export function assertMarked(annotated: string, checks: readonly Check[], complaint?: Pleading): { findings: Finding[]; text: string } {
  const { text, expected } = readMarkers(annotated);
  const findings = check(parse(text), { checks, complaint });
  assert.strictEqual(dump(text, located(text, findings)), dump(text, expected));
  return { findings, text };
}

/** Applies a replace fix to the text. */
export function applyReplace(text: string, f: Finding): string {
  assert.ok(f.data && f.data.kind === 'replace', `finding ${f.code} carries a replace fix`);
  const d = f.data as { span: { start: number; end: number }; newText: string };
  return text.slice(0, d.span.start) + d.newText + text.slice(d.span.end);
}
