/**
 * The language server: wiring only. Documents come in, analyses are cached per version, and each
 * LSP request is answered by a service function. Every handler is guarded: a failure is logged
 * and answered with an error response; the server stays up.
 */
import {
  CodeActionKind, createConnection, ErrorCodes, ProposedFeatures, ResponseError, TextDocuments,
  TextDocumentSyncKind, type Connection, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { exportBeside } from './export';
import { importFormat } from './import/format';
import { importBeside } from './import/read';
import type { Written } from './io';
import { fileOfVirtualUri, ImportedDocuments } from './link/imported';
import { Linker, pathToUri, uriToPath } from './link/linker';
import { CONFIG_FILE, findConfig, type PleadingConfig } from './config';
import { mergeRules } from './core/presets';
import { compareWithEarlier, EarlierVersions, laterAmendmentNote, migrateTo } from './service/amend';
import { AnalysisCache, type Analysis, type LinkedDocument } from './service/analysis';
import { codeActions, FIX_ALL_KIND } from './service/codeActions';
import { completion } from './service/completion';
import { definition, references } from './service/definition';
import { diagnostics } from './service/diagnostics';
import { foldingRanges } from './service/folding';
import { hover } from './service/hover';
import { draftAnswerFor, responseChartFor, responseChartText } from './service/drafting';
import { documentInfo, paragraphList } from './service/info';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './service/settings';
import { documentSymbols } from './service/symbols';

/** Where the rule pages live: docs/rules/<code>.md beside dist/, shipped in the .vsix. */
const RULE_DOCS = pathToUri(path.join(__dirname, '..', 'docs', 'rules'));

/**
 * How long typing must pause before diagnostics are recomputed: long enough to gather a burst of
 * key-repeat (about 30 a second). Whatever arrives while an analysis runs is gathered anyway, as
 * the analysis holds the thread and only the newest version is analysed next.
 */
const DEBOUNCE_MS = 30;

// Each version of a big pleading leaves a dead model of megabytes; by default V8 grows the heap
// by half or more before collecting old objects, so the server would hold several such models.
// Grow it by a fifth instead: peak memory on a 10,000-paragraph answer falls from ~260 MB to
// ~145 MB for a few ms more per edit (npm run bench). Set here, so every way of starting the
// server gets it; V8 reads this flag whenever it sizes the heap.
v8.setFlagsFromString('--heap-growing-percent=20');

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache();
/** Amended complaints' comparisons with the versions they amend, for hovers. */
const earlierVersions = new EarlierVersions();
const timers = new Map<string, NodeJS.Timeout>();
let settings: Settings = DEFAULT_SETTINGS;
let pullConfiguration = false;
let workspaceFolders: string[] = [];
/** Where extracted PDF and Word complaints are kept (the client passes its global storage). */
let importCacheDir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pleading', 'imports');
/** VS Code's workspace trust: in Restricted Mode no PDF or Word file is opened on its own. */
let trusted = true;
const imports = new ImportedDocuments({
  cacheDir: () => importCacheDir,
  trusted: () => trusted,
  maxBytes: () => settings.maxFileSizeMB * 1024 * 1024,
  ready: () => relinkAnswers(),
});
const linker = new Linker({
  get: uri => {
    const d = documents.get(uri);
    return d ? { text: d.getText(), version: d.version } : undefined;
  },
  uris: () => documents.keys(),
}, () => workspaceFolders, imports);

/** A PDF or Word complaint became readable (or trust was granted): link and check answers again. */
function relinkAnswers(): void {
  linker.invalidate();
  for (const doc of documents.all()) schedule(doc.uri, 0);
}

function log(message: string): void {
  connection.console.log(`[pleading] ${message}`);
}

/** `.pleadingrc.json` per folder; an invalid file is remembered as its error message. */
const configs = new Map<string, PleadingConfig | string | undefined>();

function configFor(uri: string): PleadingConfig | string | undefined {
  const file = uriToPath(uri);
  if (!file) return undefined;
  const dir = path.dirname(file);
  if (!configs.has(dir)) {
    const root = workspaceFolders.find(f => dir === f || dir.startsWith(f + path.sep));
    try {
      const c = findConfig(dir, root);
      for (const problem of c?.problems ?? []) log(`${c!.path}: ${problem} (ignored)`);
      configs.set(dir, c);
    } catch (e) {
      configs.set(dir, e instanceof Error ? e.message : String(e));
    }
  }
  return configs.get(dir);
}

/** Settings for one document: VS Code settings over its .pleadingrc.json over the preset. */
function settingsFor(uri: string): Settings {
  // Resource-scoped values (a folder's pleading.complaint or pleading.rules) win over the window's.
  const own = documentSettings.get(uri) ?? settings;
  const c = configFor(uri);
  if (!c || typeof c === 'string') return own;
  return { ...own, forum: c.preset, rules: mergeRules(undefined, c.rules, own.rules) };
}

/** Settings read for each open document's own scope (folder settings in multi-root workspaces). */
const documentSettings = new Map<string, Settings>();

async function fetchDocumentSettings(uri: string): Promise<void> {
  if (!pullConfiguration) return;
  try {
    const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'pleading' });
    documentSettings.set(uri, normaliseSettings(raw));
  } catch (e) {
    log(`could not read settings for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function analysisFor(uri: string): Analysis | undefined {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const own = settingsFor(uri);
  return cache.get(uri, doc.version, () => doc.getText(), own, pleading => linker.complaintFor(uri, pleading, own.complaint));
}

/** The answers linked to a complaint (for navigation from the complaint's side). */
function answersOf(a: Analysis): LinkedDocument[] {
  return a.pleading.kind === 'complaint' ? linker.answersFor(a.uri, a.pleading, settings.complaint) : [];
}

/** Re-checks open answers linked to `uri` (a complaint that was edited, saved or changed on disk). */
function refreshDependents(uri: string): void {
  for (const a of cache.all()) if (a.complaint?.uri === uri && a.uri !== uri) schedule(a.uri, DEBOUNCE_MS);
}

/** Runs a request handler; turns any exception into a logged error response. */
function guard<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params: P) => {
    try {
      return handler(params);
    } catch (e) {
      const message = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
      connection.console.error(`[pleading] ${name} failed: ${message}`);
      if (fallback === undefined) throw new ResponseError(ErrorCodes.InternalError, `pleading: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      return fallback;
    }
  };
}

function withAnalysis<P extends { textDocument: { uri: string } }, R>(name: string, empty: R, f: (a: Analysis, p: P) => R) {
  return guard<P, R>(name, undefined as unknown as R, params => {
    const a = analysisFor(params.textDocument.uri);
    return a ? f(a, params) : empty;
  });
}

function publish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  try {
    const a = analysisFor(uri);
    // Stale: a newer version arrived while this one was queued.
    if (!a || documents.get(uri)?.version !== version) return;
    const list = diagnostics(a, RULE_DOCS);
    const config = configFor(uri);
    const problem = linker.importProblem(uri, settingsFor(uri).complaint);
    if (problem) {
      list.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'pleading', code: 'complaint-unreadable', message: `${problem} — this answer is checked without its complaint.` });
    }
    const later = linker.laterVersionOf(uri, a.pleading, a.complaint);
    if (later && a.complaint) list.push(laterAmendmentNote(a, later));
    if (typeof config === 'string') {
      list.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'pleading', code: 'config-error', message: `${config} — using the default rule severities.` });
    }
    void connection.sendDiagnostics({ uri, version, diagnostics: list });
  } catch (e) {
    connection.console.error(`[pleading] diagnostics failed for ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

function schedule(uri: string, delay: number): void {
  clearTimeout(timers.get(uri));
  timers.set(uri, setTimeout(() => {
    timers.delete(uri);
    publish(uri);
  }, delay));
}

async function refreshSettings(): Promise<void> {
  try {
    const raw = pullConfiguration ? await connection.workspace.getConfiguration('pleading') : undefined;
    settings = normaliseSettings(raw);
  } catch (e) {
    log(`could not read settings, using defaults: ${e instanceof Error ? e.message : String(e)}`);
    settings = DEFAULT_SETTINGS;
  }
  documentSettings.clear();
  await Promise.all(documents.all().map(d => fetchDocumentSettings(d.uri)));
  cache.clear();
  configs.clear();
  linker.invalidate();
  for (const doc of documents.all()) schedule(doc.uri, 0);
}

connection.onInitialize((params): InitializeResult => {
  pullConfiguration = !!params.capabilities.workspace?.configuration;
  workspaceFolders = (params.workspaceFolders ?? []).map(f => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (!workspaceFolders.length && params.rootUri) workspaceFolders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
  settings = normaliseSettings(params.initializationOptions?.settings);
  if (typeof params.initializationOptions?.importCacheDir === 'string') importCacheDir = params.initializationOptions.importCacheDir;
  trusted = params.initializationOptions?.trusted !== false;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: { label: 'Pleading' },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      completionProvider: { triggerCharacters: [' ', '.', '\n'] },
    },
    serverInfo: { name: 'pleading-language-server', version: typeof PLEADING_VERSION === 'string' ? PLEADING_VERSION : undefined },
  };
});
declare const PLEADING_VERSION: string;

connection.onInitialized(() => {
  void refreshSettings();
  log('ready');
});
connection.onDidChangeConfiguration(() => void refreshSettings());

/** Documents whose open has not yet been followed by TextDocuments' accompanying change event. */
const justOpened = new WeakSet<TextDocument>();
documents.onDidOpen(e => {
  justOpened.add(e.document);
  schedule(e.document.uri, 0);
  // Then again with the document's own settings, if they differ from the window's.
  void fetchDocumentSettings(e.document.uri).then(() => {
    const own = documentSettings.get(e.document.uri);
    if (own && JSON.stringify(own) !== JSON.stringify(settings)) {
      cache.delete(e.document.uri);
      schedule(e.document.uri, 0);
    }
  });
  // A complaint opened in an editor now wins over its file on disk.
  refreshDependents(e.document.uri);
});
documents.onDidChangeContent(e => {
  // TextDocuments reports every open as a content change too: that one must not turn the open's
  // immediate analysis into a debounced one (30 ms later).
  if (justOpened.delete(e.document)) return;
  schedule(e.document.uri, DEBOUNCE_MS);
  refreshDependents(e.document.uri);
});
documents.onDidClose(e => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  cache.delete(e.document.uri);
  earlierVersions.delete(e.document.uri);
  documentSettings.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  refreshDependents(e.document.uri);
});
connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, params => {
  for (const change of params.changes) {
    const file = uriToPath(change.uri);
    if (file && path.basename(file) === CONFIG_FILE) {
      configs.clear();
      cache.clear();
      for (const doc of documents.all()) schedule(doc.uri, DEBOUNCE_MS);
      continue;
    }
    linker.invalidate(file);
    refreshDependents(change.uri);
  }
  // New or deleted files can change which complaint an answer links to.
  for (const a of cache.all()) if (a.pleading.kind === 'answer') schedule(a.uri, DEBOUNCE_MS);
}));

connection.onDocumentSymbol(withAnalysis('documentSymbol', [], a => documentSymbols(a)));
connection.onFoldingRanges(withAnalysis('foldingRange', [], a => foldingRanges(a)));
connection.onHover(withAnalysis('hover', null, (a, p) => {
  const offset = a.lines.offsetAt(p.position);
  const onNumber = a.pleading.kind === 'complaint' && a.pleading.paragraphs.some(x => x.numberSpan && offset >= x.numberSpan.start && offset <= x.numberSpan.end);
  return hover(a, offset, onNumber ? answersOf(a) : [], onNumber ? earlierVersions.of(a, linker.earlierVersionOf(a.uri, a.pleading)) : undefined);
}));
connection.onDefinition(withAnalysis('definition', [], (a, p) => definition(a, a.lines.offsetAt(p.position), answersOf(a))));
connection.onReferences(withAnalysis('references', [], (a, p) => references(a, a.lines.offsetAt(p.position), p.context.includeDeclaration, answersOf(a))));
connection.onCodeAction(withAnalysis('codeAction', [], (a, p) => codeActions(a, p.context.diagnostics, p.context.only, settingsFor(a.uri).templates)));
connection.onCompletion(withAnalysis('completion', [], (a, p) => completion(a, p.position, settingsFor(a.uri).templates)));
connection.onRequest('pleading/documentInfo', withAnalysis('documentInfo', null, a => documentInfo(a)));
connection.onRequest('pleading/paragraphs', withAnalysis('paragraphs', [], (a, p: { textDocument: { uri: string }; number?: unknown }) =>
  paragraphList(a, answersOf(a), typeof p.number === 'number' && Number.isInteger(p.number) ? p.number : undefined)));
connection.onRequest('pleading/draftAnswer', withAnalysis('draftAnswer', null, a => draftAnswerFor(a)));
connection.onRequest('pleading/compareComplaints', withAnalysis('compareComplaints', null, (a, p: { textDocument: { uri: string }; earlier?: unknown }) => compareWithEarlier(a, p.earlier)));
connection.onRequest('pleading/migrateAnswer', withAnalysis('migrateAnswer', null, (a, p: { textDocument: { uri: string }; from?: unknown; to?: unknown }) => migrateTo(a, p.from, p.to)));
connection.onRequest('pleading/responseChart', withAnalysis('responseChart', null, a => responseChartFor(a)));
connection.onRequest('pleading/responseChartText', withAnalysis('responseChartText', null, (a, p: { textDocument: { uri: string }; format?: unknown }) =>
  responseChartText(a, p.format === 'csv' ? 'csv' : 'md')));
connection.onNotification('pleading/trusted', guard('trusted', undefined, () => {
  trusted = true;
  relinkAnswers();
}));
/** The text of a PDF or Word complaint, for the client's read-only virtual document. */
connection.onRequest('pleading/importedText', guard('importedText', null, (params: { uri: string }) => {
  const file = fileOfVirtualUri(params.uri);
  const state = file ? imports.get(file) : undefined;
  return state && 'text' in state ? { text: state.text } : null;
}));
/** Export to Word: the document (as the editor holds it) written as a .docx beside its file. */
connection.onRequest('pleading/exportDocx', guard('exportDocx', undefined, async (params: { textDocument: { uri: string }; overwrite?: boolean }): Promise<Written> => {
  const a = analysisFor(params.textDocument.uri);
  const file = uriToPath(params.textDocument.uri);
  if (!a || !file) return { error: 'Save the pleading to a file first: the Word file is written beside it.' };
  return exportBeside(a.pleading, file, settingsFor(a.uri).exportPaper, params.overwrite === true);
}));
/** Import from PDF or Word: a file the user chose, read in the sandbox (Restricted Mode too) and written as Markdown beside it. */
connection.onRequest('pleading/importFile', guard('importFile', undefined, (params: { path: string; overwrite?: boolean }): Promise<Written> => {
  if (typeof params?.path !== 'string' || !importFormat(params.path)) return Promise.resolve({ error: 'Choose a .pdf or .docx file to import.' });
  return importBeside(params.path, settings.maxFileSizeMB * 1024 * 1024, params.overwrite === true);
}));
connection.onRequest('pleading/complaintCandidates', withAnalysis('complaintCandidates', [], a => {
  const file = uriToPath(a.uri);
  if (!file) return [];
  return linker.complaintCandidates(a.uri, a.pleading).map(c => ({
    uri: pathToUri(c.path), title: c.title, caseNumber: c.caseNumber, relativePath: path.relative(path.dirname(file), c.path),
  }));
}));

process.on('uncaughtException', e => connection.console.error(`[pleading] uncaught: ${e.stack ?? e.message}`));
documents.listen(connection);
connection.listen();
