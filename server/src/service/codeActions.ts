/**
 * Quick fixes from the fix data findings carry, renumbering, and fix-all. Every edit comes from
 * the current analysis: a diagnostic from an older version of the text gets no fix.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { DRAFT_KINDS, DRAFT_LABELS, insertionEdit, learnPhrasing, responseBlock, type DraftKind, type Finding, type Phrasing } from '../core';
import { numberLike, renumberFrom } from '../core/edits/renumber';
import { laterAmendmentAction } from './amend';
import type { Analysis } from './analysis';
import { toRange } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pleading`;

/** Codes whose fixes are certain enough to apply all at once. */
const SAFE_TO_FIX_ALL = new Set(['incorporation-range', 'punctuation']);

function findingFor(a: Analysis, d: Diagnostic): Finding | undefined {
  const data = d.data as { index?: number; start?: number; end?: number } | undefined;
  if (d.source !== 'pleading' || typeof data?.index !== 'number') return undefined;
  const f = a.findings[data.index];
  return f && f.code === d.code && f.span.start === data.start && f.span.end === data.end ? f : undefined;
}

function edit(a: Analysis, edits: TextEdit[]) {
  return { changes: { [a.uri]: edits } };
}

function replaceEdit(a: Analysis, f: Finding): TextEdit | undefined {
  if (f.data?.kind !== 'replace') return undefined;
  return { range: toRange(a.lines, f.data.span), newText: f.data.newText };
}

export function codeActions(a: Analysis, diagnostics: Diagnostic[], only?: string[], templates: Partial<Record<DraftKind, string>> = {}): CodeAction[] {
  const wants = (kind: string) => !only || only.some(o => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  let phrasing: Phrasing | undefined;
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of diagnostics) {
      const later = laterAmendmentAction(d);
      if (later) out.push({ title: later.title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: later });
      const f = findingFor(a, d);
      if (!f?.data) continue;
      if (f.data.kind === 'replace') {
        out.push({ title: f.data.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: f.code !== 'defined-term', edit: edit(a, [replaceEdit(a, f)!]) });
      } else if (f.data.kind === 'renumber') {
        out.push(...renumberActions(a, f, d));
      } else if (f.data.kind === 'insert-response') {
        phrasing ??= learnPhrasing(a.pleading, templates);
        out.push(...insertActions(a, f, d, phrasing));
      }
    }
    const unanswered = a.findings.filter(f => f.data?.kind === 'insert-response');
    if (unanswered.length > 1 && diagnostics.some(d => d.code === 'unanswered-paragraph')) {
      phrasing ??= learnPhrasing(a.pleading, templates);
      out.push({ title: `Answer all ${unanswered.length} unanswered paragraphs (deny)`, kind: CodeActionKind.QuickFix, edit: edit(a, insertEdits(a, unanswered, phrasing)) });
    }
    const fixAll = fixAllEdits(a, 'incorporation-range');
    if (fixAll.length > 1 && diagnostics.some(d => d.code === 'incorporation-range')) {
      out.push({ title: 'Fix all incorporation ranges in this file', kind: CodeActionKind.QuickFix, edit: edit(a, fixAll) });
    }
  }
  if (wants(FIX_ALL_KIND) && (only?.length ?? 0) > 0) {
    const all = fixAllEdits(a);
    if (all.length) out.push({ title: 'Fix all safe pleading problems', kind: FIX_ALL_KIND, edit: edit(a, all) });
  }
  return out;
}

function renumberActions(a: Analysis, f: Finding, d: Diagnostic): CodeAction[] {
  if (f.data?.kind !== 'renumber') return [];
  const { from, paragraphIndex } = f.data;
  const para = a.pleading.paragraphs[paragraphIndex];
  if (!para?.numberSpan || para.number === null) return [];
  // An answer paragraph that says which complaint paragraph it answers, and is numbered after it,
  // has the right number: changing it would misalign the response (the slip is elsewhere).
  if (a.pleading.kind === 'answer' && para.response && !para.response.implicit && para.response.targets.includes(para.number)) return [];
  const actions: CodeAction[] = [{
    title: `Change ¶${para.number} to ¶${from}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: edit(a, [{ range: toRange(a.lines, para.numberSpan), newText: numberLike(from, a.pleading.text.slice(para.numberSpan.start, para.numberSpan.end)) }]),
  }];
  // In an answer, numbers follow the complaint: renumbering would misalign every later response.
  if (a.pleading.kind !== 'answer') {
    const edits = renumberFrom(a.pleading, paragraphIndex, from);
    if (edits.length > 1) {
      actions.unshift({
        title: `Renumber from here (¶${para.number} → ¶${from}) and update references`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: edit(a, edits.map(e => ({ range: toRange(a.lines, e.span), newText: e.newText }))),
      });
    }
  }
  return actions;
}

/** Non-overlapping replace fixes of the safe codes (or of one code). */
function fixAllEdits(a: Analysis, code?: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  const fixes = a.findings
    .filter(f => (code ? f.code === code : SAFE_TO_FIX_ALL.has(f.code)) && f.data?.kind === 'replace')
    .map(f => (f.data as { span: { start: number; end: number }; newText: string }))
    .sort((x, y) => x.span.start - y.span.start);
  for (const fix of fixes) {
    if (fix.span.start < lastEnd) continue;
    edits.push({ range: toRange(a.lines, fix.span), newText: fix.newText });
    lastEnd = Math.max(fix.span.end, fix.span.start + 1);
  }
  return edits;
}

/** One quick fix per standard response; incorporation only where the complaint realleges. */
function insertActions(a: Analysis, f: Finding, d: Diagnostic, phrasing: Phrasing): CodeAction[] {
  if (f.data?.kind !== 'insert-response') return [];
  const { number, realleges } = f.data;
  const kinds: DraftKind[] = realleges ? ['incorporation', ...DRAFT_KINDS.filter(k => k !== 'incorporation')] : DRAFT_KINDS.filter(k => k !== 'incorporation');
  return kinds.map((kind, i) => ({
    title: `Insert response to ¶${number}: ${DRAFT_LABELS[kind]}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: i === 0,
    edit: edit(a, [insertEdit(a, phrasing, f.data as InsertData, [responseBlock(phrasing, kind, number, realleges, (f.data as InsertData).answerOnly)])]),
  }));
}

type InsertData = Extract<Finding['data'], { kind: 'insert-response' }>;

function insertEdit(a: Analysis, phrasing: Phrasing, place: InsertData, blocks: string[]): TextEdit {
  const { at, newText } = insertionEdit(a.text, phrasing, place, blocks);
  const position = a.lines.positionAt(at);
  return { range: { start: position, end: position }, newText };
}

/** Inserts for every unanswered paragraph: denials, or incorporations where the complaint realleges. */
function insertEdits(a: Analysis, findings: Finding[], phrasing: Phrasing): TextEdit[] {
  // One edit per place: responses that belong at the same place go in together, in order.
  const byPlace = new Map<number, InsertData[]>();
  for (const f of findings) {
    const d = f.data as InsertData;
    const list = byPlace.get(d.at);
    if (list) list.push(d);
    else byPlace.set(d.at, [d]);
  }
  return [...byPlace.values()].map(list => {
    list.sort((x, y) => x.number - y.number);
    return insertEdit(a, phrasing, list[0], list.map(d => responseBlock(phrasing, d.realleges ? 'incorporation' : 'deny', d.number, d.realleges, d.answerOnly)));
  });
}
