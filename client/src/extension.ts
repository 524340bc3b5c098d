/**
 * The VS Code client: starts the language server, switches detected pleadings to the `pleading`
 * language, and adds its commands and a status-bar item. Everything else lives in the server.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { looksLikePleading } from '../../server/src/core/detect';
import { importFormat } from '../../server/src/import/format';
import launch from '../../server/launch.json';
import { ChartPanel } from './chart/panel';
import { statusText, statusTooltip, type DocumentInfo } from './status';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
let lastInfo: DocumentInfo | undefined;

/** What the server's import and export requests return (server/src/io.ts, Written). */
type Written = { path: string; summary: string; warning?: string } | { path: string; exists: true } | { error: string };
interface Candidate { uri: string; title?: string; caseNumber?: string; relativePath: string }
interface ParagraphItem { uri: string; label: string; description: string; detail: string; line: number; character: number }

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient | undefined }> {
  output = vscode.window.createOutputChannel('Pleading');
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'Pleading';
  status.command = 'pleading.statusActions';
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand('pleading.goToParagraph', goToParagraph),
    vscode.commands.registerCommand('pleading.restartServer', async () => {
      await client?.restart();
      void updateStatus();
    }),
    vscode.commands.registerCommand('pleading.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('pleading.draftAnswer', draftAnswer),
    vscode.commands.registerCommand('pleading.responseChart', () => responseChart(context)),
    vscode.commands.registerCommand('pleading.pickComplaint', pickComplaint),
    vscode.commands.registerCommand('pleading.statusActions', statusActions),
    vscode.commands.registerCommand('pleading.importFile', importFile),
    vscode.commands.registerCommand('pleading.exportDocx', exportDocx),
    vscode.commands.registerCommand('pleading.compareComplaints', compareComplaints),
    vscode.commands.registerCommand('pleading.migrateAnswer', migrateAnswer),
    vscode.workspace.onDidOpenTextDocument(detect),
    // PDF and Word complaints: the server's extracted text, shown read-only at the paragraph.
    vscode.workspace.registerTextDocumentContentProvider('pleading-import', {
      provideTextDocumentContent: async uri => (await client?.sendRequest<{ text: string } | null>('pleading/importedText', { uri: uri.toString() }))?.text
        ?? 'The text of this file is not available (not yet extracted, or it cannot be read).',
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('pleading/trusted')),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.languages.onDidChangeDiagnostics(e => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some(u => u.toString() === active)) void updateStatus();
    }),
  );

  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Node flags the server needs from its launcher (server/launch.json, which the bench reads too):
  // V8 sizes the young generation at start-up only, and 8 MB semi-spaces instead of 16 MB take
  // ~20 MB off the peak on a 4 MB answer at no cost in speed (npm run bench).
  const execArgv = launch.execArgv;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'pleading' }],
    synchronize: {
      configurationSection: 'pleading',
      // Complaints on disk: saving, adding or deleting one re-links and re-checks answers.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.txt,*.md,*.markdown,*.pleading,*.pdf,*.docx,.pleadingrc.json}'),
    },
    outputChannel: output,
    // Extracted PDF and Word complaints are cached in the extension's storage, outside the workspace;
    // in Restricted Mode the server opens no PDF or Word file on its own.
    initializationOptions: { importCacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'imports').fsPath, trusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('pleading', 'Pleading', serverOptions, clientOptions);
  await client.start();
  for (const doc of vscode.workspace.textDocuments) detect(doc);
  void updateStatus();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Switches a plain-text or Markdown pleading to the `pleading` language, per `pleading.detect`. */
function detect(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return;
  if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled' && doc.uri.scheme !== 'vscode-remote') return;
  const mode = vscode.workspace.getConfiguration('pleading', doc.uri).get<string>('detect', 'auto');
  if (mode === 'off' || !looksLikePleading(doc.getText())) return;
  if (mode === 'auto') {
    void vscode.languages.setTextDocumentLanguage(doc, 'pleading');
    return;
  }
  void vscode.window.showInformationMessage(`${path.basename(doc.fileName)} looks like a pleading. Check it with Pleading?`, 'Yes', 'Always', 'Never')
    .then(choice => {
      if (choice === 'Yes' || choice === 'Always') void vscode.languages.setTextDocumentLanguage(doc, 'pleading');
      if (choice === 'Always' || choice === 'Never') {
        void vscode.workspace.getConfiguration('pleading').update('detect', choice === 'Always' ? 'auto' : 'off', vscode.ConfigurationTarget.Global);
      }
    });
}

async function updateStatus(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'pleading') {
    status.hide();
    return;
  }
  try {
    const info = await client.sendRequest<DocumentInfo | null>('pleading/documentInfo', { textDocument: { uri: editor.document.uri.toString() } });
    if (!info) return status.hide();
    const complaintPath = info.complaint ? vscode.Uri.parse(info.complaint.uri).fsPath : undefined;
    status.text = statusText(info, complaintPath);
    status.tooltip = statusTooltip(info, complaintPath);
    lastInfo = info;
    status.show();
  } catch (e) {
    output.appendLine(`status: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function goToParagraph(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'pleading') {
    void vscode.window.showInformationMessage('Open a pleading to go to one of its paragraphs.');
    return;
  }
  const textDocument = { uri: editor.document.uri.toString() };
  const all = await client.sendRequest<ParagraphItem[]>('pleading/paragraphs', { textDocument });
  const pick = vscode.window.createQuickPick<ParagraphItem>();
  pick.placeholder = 'Go to paragraph (type a number or words from it)';
  pick.matchOnDescription = pick.matchOnDetail = true;
  pick.items = all;
  // A typed number: the server lists the paragraphs it numbers, then a few that mention it; words:
  // the quick pick's own matching over every paragraph's words.
  let typed = 0;
  pick.onDidChangeValue(async value => {
    const n = /^\s*¶?\s*(\d{1,6})\s*$/.exec(value);
    const mine = ++typed;
    const items = n ? (await client!.sendRequest<ParagraphItem[]>('pleading/paragraphs', { textDocument, number: Number(n[1]) })).map(i => ({ ...i, alwaysShow: true })) : all;
    if (mine !== typed) return;
    pick.matchOnDescription = pick.matchOnDetail = !n;
    pick.items = items;
  });
  const picked = await new Promise<ParagraphItem | undefined>(resolve => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (!picked) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(picked.uri));
  const shown = await vscode.window.showTextDocument(doc);
  const at = new vscode.Position(picked.line, picked.character);
  shown.selection = new vscode.Selection(at, at);
  shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function activePleading(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === 'pleading' ? editor : undefined;
}

/** The status bar's menu: open the linked complaint, link another, go to a paragraph. */
async function statusActions(): Promise<void> {
  const items: (vscode.QuickPickItem & { run: () => unknown })[] = [
    { label: '$(list-ordered) Go to Paragraph…', run: goToParagraph },
  ];
  if (lastInfo?.complaint) {
    const uri = vscode.Uri.parse(lastInfo.complaint.uri);
    items.unshift({ label: `$(go-to-file) Open linked complaint`, description: path.basename(uri.fsPath), run: () => vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside }) });
  }
  if (lastInfo?.kind === 'answer') {
    items.push({ label: '$(link) Link another complaint…', run: pickComplaint });
    items.push({ label: '$(table) Response Chart', run: () => vscode.commands.executeCommand('pleading.responseChart') });
  }
  if (lastInfo?.kind === 'complaint') items.push({ label: '$(new-file) Draft Answer from Complaint', run: draftAnswer });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Pleading' });
  await picked?.run();
}

/** Drafts an answer from the active complaint, in a new unsaved document beside it. */
async function draftAnswer(): Promise<void> {
  const editor = activePleading();
  if (!client || !editor) {
    void vscode.window.showInformationMessage('Open the complaint to draft an answer from it.');
    return;
  }
  const r = await client.sendRequest<{ text: string } | { error: string } | null>('pleading/draftAnswer', { textDocument: { uri: editor.document.uri.toString() } });
  if (!r || 'error' in r) {
    void vscode.window.showWarningMessage(r?.error ?? 'Could not draft an answer from this document.');
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'pleading', content: r.text });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
}

/** A pleading file's text as the server needs it: open documents as edited, others from disk. */
async function sent(uri: vscode.Uri): Promise<{ uri: string; text: string } | undefined> {
  try {
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) ?? await vscode.workspace.openTextDocument(uri);
    return { uri: uri.toString(), text: doc.getText() };
  } catch {
    void vscode.window.showWarningMessage(`${path.basename(uri.fsPath)} cannot be read as text (import a PDF or Word file first).`);
    return undefined;
  }
}

async function pickFile(title: string, near: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ title, defaultUri: vscode.Uri.joinPath(near, '..'), canSelectMany: false, filters: { Pleadings: ['txt', 'md', 'pleading'] } });
  return picked?.[0];
}

/** Pleading: Compare with Earlier Complaint… — the redline of the active (amended) complaint against an earlier one. */
async function compareComplaints(earlierArg?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const editor = activePleading();
  if (!client || !editor) {
    void vscode.window.showInformationMessage('Open the amended complaint to compare it with the earlier one.');
    return;
  }
  const earlierUri = earlierArg ?? await pickFile('The earlier complaint', editor.document.uri);
  const earlier = earlierUri && await sent(earlierUri);
  if (!earlier) return;
  const r = await client.sendRequest<{ markdown: string; summary: string } | { error: string } | null>('pleading/compareComplaints', { textDocument: { uri: editor.document.uri.toString() }, earlier });
  if (!r || 'error' in r) {
    void vscode.window.showWarningMessage(r?.error ?? 'Could not compare these complaints.');
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  // The redline reads best rendered: deletions struck through, insertions in bold.
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri).then(undefined, () => undefined);
  return doc.uri;
}

/**
 * Pleading: Answer the Amended Complaint… — the active answer carried over from the complaint it
 * is linked to (or one chosen) to the amended one, opened as a new document beside it; the answer
 * itself is not touched.
 */
async function migrateAnswer(amendedIn?: vscode.Uri | string, fromIn?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
  // From a code action the complaints come as URI strings.
  const amendedArg = typeof amendedIn === 'string' ? vscode.Uri.parse(amendedIn) : amendedIn;
  const fromArg = typeof fromIn === 'string' ? vscode.Uri.parse(fromIn) : fromIn;
  const editor = activePleading();
  // Asked afresh: the status bar's info may still be the previous editor's.
  const info = editor && await client?.sendRequest<DocumentInfo | null>('pleading/documentInfo', { textDocument: { uri: editor.document.uri.toString() } });
  if (!client || !editor || info?.kind === 'complaint') {
    void vscode.window.showInformationMessage('Open the answer to carry it over to the amended complaint.');
    return;
  }
  const fromUri = fromArg ?? (info?.complaint ? vscode.Uri.parse(info.complaint.uri) : await pickFile('The complaint this answer answers', editor.document.uri));
  const toUri = fromUri && (amendedArg ?? await pickFile('The amended complaint', editor.document.uri));
  const from = fromUri && await sent(fromUri);
  const to = toUri && from && await sent(toUri);
  if (!from || !to) return;
  const r = await client.sendRequest<{ text: string; summary: string } | { error: string } | null>('pleading/migrateAnswer', { textDocument: { uri: editor.document.uri.toString() }, from, to });
  if (!r || 'error' in r) {
    void vscode.window.showWarningMessage(r?.error ?? 'Could not carry the answer over.');
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'pleading', content: r.text });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  output.appendLine(r.summary);
  void vscode.window.showInformationMessage(r.summary.split('\n').slice(0, 2).join(' '), 'Show Details').then(choice => { if (choice) output.show(true); });
  return doc.uri;
}

/** The Response Chart of the active answer, in its own panel (one per answer). */
function responseChart(context: vscode.ExtensionContext): void {
  const editor = activePleading();
  if (!client || !editor || lastInfo?.kind === 'complaint') {
    void vscode.window.showInformationMessage('Open an answer to chart its responses.');
    return;
  }
  ChartPanel.show(context, client, editor.document.uri);
}

/** Links the active answer to a complaint chosen from those near it (setting pleading.complaint). */
async function pickComplaint(): Promise<void> {
  const editor = activePleading();
  if (!client || !editor) return;
  const candidates = await client.sendRequest<Candidate[]>('pleading/complaintCandidates', { textDocument: { uri: editor.document.uri.toString() } });
  const items: (vscode.QuickPickItem & { value?: string })[] = [
    { label: '$(search) Find automatically', description: 'same case number; the amendment the answer names, else the latest', value: '' },
    ...candidates.map(c => ({
      label: c.relativePath,
      // A PDF or Word file not read yet has no caption to show: it is read when linked.
      description: [c.title, c.caseNumber].filter(Boolean).join(' — ') || (importFormat(c.relativePath) ? 'read when linked' : ''),
      value: c.relativePath,
    })),
    { label: '$(folder-opened) Browse…' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Link this answer to which complaint?' });
  if (!picked) return;
  let value = picked.value;
  if (value === undefined) {
    const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Link complaint', defaultUri: vscode.Uri.joinPath(editor.document.uri, '..') });
    if (!chosen?.[0]) return;
    value = path.relative(path.dirname(editor.document.uri.fsPath), chosen[0].fsPath);
  }
  const target = vscode.workspace.getWorkspaceFolder(editor.document.uri) ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('pleading', editor.document.uri).update('complaint', value, target);
}

/**
 * Sends an import or export request; when the file it would write exists, asks before replacing
 * it. Resolves with the file written (or the existing one the user chose to open), else undefined.
 */
async function writeBeside(send: (overwrite: boolean) => Promise<Written>, openExisting = false): Promise<{ uri: vscode.Uri; written?: Written & { summary: string } } | undefined> {
  let r = await send(false);
  if ('exists' in r) {
    const choices = openExisting ? ['Replace', 'Open Existing'] : ['Replace'];
    const choice = await vscode.window.showWarningMessage(`${path.basename(r.path)} already exists.`, { modal: true }, ...choices);
    if (choice === 'Open Existing') return { uri: vscode.Uri.file(r.path) };
    if (choice !== 'Replace') return undefined;
    r = await send(true);
  }
  if ('error' in r) {
    void vscode.window.showErrorMessage(r.error);
    return undefined;
  }
  if ('exists' in r) return undefined;
  if (r.warning) void vscode.window.showWarningMessage(`${path.basename(r.path)}: ${r.warning}`);
  return { uri: vscode.Uri.file(r.path), written: r };
}

/** Pleading: Import from PDF or Word… — the server extracts the file and writes the .md beside it; it opens here. */
async function importFile(source?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!client) return undefined;
  const chosen = source ?? (await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Import',
    filters: { 'PDF or Word': ['pdf', 'docx'] },
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  }))?.[0];
  if (!chosen) return undefined;
  const done = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing ${path.basename(chosen.fsPath)}…` },
    () => writeBeside(overwrite => client!.sendRequest<Written>('pleading/importFile', { path: chosen.fsPath, overwrite }), true));
  if (!done) return undefined;
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(done.uri));
  if (done.written) void vscode.window.showInformationMessage(`Imported ${path.basename(done.uri.fsPath)} (${done.written.summary}).`);
  return done.uri;
}

/** Pleading: Export to Word — the server writes the .docx beside the pleading (paper: pleading.export.paper). */
async function exportDocx(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = target ? await vscode.workspace.openTextDocument(target) : activePleading()?.document;
  if (!client || !doc || doc.languageId !== 'pleading') {
    void vscode.window.showInformationMessage('Open a pleading to export it to Word.');
    return undefined;
  }
  const done = await writeBeside(overwrite => client!.sendRequest<Written>('pleading/exportDocx', { textDocument: { uri: doc.uri.toString() }, overwrite }));
  if (!done?.written) return undefined;
  // Revealing in the system's file manager needs a local window; remote (code-server) shows it in the Explorer.
  const reveal = vscode.env.remoteName ? 'revealInExplorer' : 'revealFileInOS';
  void vscode.window.showInformationMessage(`Exported ${path.basename(done.uri.fsPath)} (${done.written.summary}).`, 'Reveal')
    .then(choice => (choice ? vscode.commands.executeCommand(reveal, done.uri) : undefined));
  return done.uri;
}
