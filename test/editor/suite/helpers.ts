// Shared helpers for the in-editor suite. Bundled into each *.test.js by esbuild.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'pleading-dev.pleading';

/** How long any single wait may take before the test fails with a message. */
export const DEADLINE_MS = 15_000;

export function extension(): vscode.Extension<{ client?: unknown }> {
  const ext = vscode.extensions.getExtension<{ client?: unknown }>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** The repository root: the folder the extension was loaded from. */
export function repoRoot(): string {
  return extension().extensionPath;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workbench must open test/editor/workspace as its folder');
  return folder.uri;
}

export function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...name.split('/'));
}

/**
 * The fixtures the suite opens, copied from the repo so the workspace copy never drifts.
 * answer.txt has no complaint in the workspace (it is checked on its own); the federal-md and seed
 * pairs each share a case number, so each answer is checked against the complaint next to it.
 */
export const FIXTURES: Record<string, string> = {
  'answer.txt': 'samples/answer.txt',
  'federal-md/answer.pleading.md': 'test/fixtures/federal-md/answer.md',
  'federal-md/complaint.md': 'test/fixtures/federal-md/complaint.md',
  'seed/answer.txt': 'test/fixtures/seed/answer.txt',
  'seed/complaint.txt': 'test/fixtures/seed/complaint.txt',
};

/** Brings test/editor/workspace's fixture copies up to date (writes only when they differ). */
export function syncFixtures(): void {
  const root = workspaceRoot();
  if (root.scheme !== 'file') return; // a virtual workspace: leave it alone
  for (const [name, source] of Object.entries(FIXTURES)) {
    const from = path.join(repoRoot(), source);
    const to = path.join(root.fsPath, name);
    const want = fs.readFileSync(from);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (!fs.existsSync(to) || !fs.readFileSync(to).equals(want)) fs.writeFileSync(to, want);
  }
}

/**
 * Resolves with `probe()`'s value once it is truthy; re-probes on every diagnostics change,
 * document open and language change, and at least every 100 ms; fails after the deadline
 * with `what` and the last value seen.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let wake: () => void = () => undefined;
  const subs = [
    vscode.languages.onDidChangeDiagnostics(() => wake()),
    vscode.workspace.onDidOpenTextDocument(() => wake()),
    vscode.workspace.onDidChangeTextDocument(() => wake()),
  ];
  let last: unknown;
  try {
    for (;;) {
      const value = await probe();
      if (value) return value;
      last = value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, Math.min(100, left));
        wake = () => { clearTimeout(timer); resolve(); };
      });
    }
  } finally {
    for (const s of subs) s.dispose();
  }
}

/** The open document for `uri` (the current one: a language switch replaces the object). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
}

/** Opens a workspace file and waits until it is in the `pleading` language. */
export async function openPleading(name: string): Promise<vscode.TextDocument> {
  const uri = fileUri(name);
  await vscode.workspace.openTextDocument(uri);
  return waitFor(`${name} to switch to the pleading language (is: ${openDocument(uri)?.languageId})`, () => {
    const doc = openDocument(uri);
    return doc?.languageId === 'pleading' ? doc : undefined;
  });
}

export function pleadingDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'pleading');
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return String(typeof c === 'object' && c !== null ? c.value : c);
}

/** "code@line" for each diagnostic, sorted: easy to compare and to read in a failure. */
export function summary(diags: readonly vscode.Diagnostic[]): string[] {
  return diags.map(d => `${codeOf(d)}@${d.range.start.line}`).sort();
}

/**
 * Waits until the pleading diagnostics of `uri` are `expected` ("code@line"): every one of them,
 * and no other error or warning. Other information and hint findings are allowed (the policy of
 * the fixture manifests: notes may be added without breaking the tests).
 */
export async function waitForDiagnostics(uri: vscode.Uri, expected: string[], what = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort();
  let seen: string[] = [];
  try {
    return await waitFor(`${what} ${JSON.stringify(want)}`, () => {
      const diags = pleadingDiagnostics(uri);
      seen = summary(diags);
      const left = [...want];
      for (const d of diags) {
        const i = left.indexOf(`${codeOf(d)}@${d.range.start.line}`);
        if (i >= 0) left.splice(i, 1);
        else if (d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning) return undefined;
      }
      return left.length === 0 ? diags : undefined;
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}; diagnostics now: ${JSON.stringify(seen)}`);
  }
}

/** 0-based line of the first line containing `needle`. */
export function lineOf(doc: vscode.TextDocument, needle: string, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`"${needle}" not found in ${doc.uri.path}`);
}

/** Position of the `nth` (0-based) occurrence of `needle`, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap(h => h.contents)
    .map(c => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
}

export function flattenSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap(s => [s, ...flattenSymbols(s.children ?? [])]);
}

/** Reverts the open document for `doc.uri` to what is on disk (drops test edits), if it is dirty. */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  const current = openDocument(doc.uri); // a language switch replaces the TextDocument object
  if (!current?.isDirty) return;
  await vscode.window.showTextDocument(current);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${doc.uri.path} to be reverted`, () => !openDocument(doc.uri)?.isDirty);
}
