/**
 * The VS Code client: starts the language server, switches detected pleadings to the `pleading`
 * language, and adds three commands and a status-bar item. Everything else lives in the server.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { looksLikePleading } from '../../server/src/core/detect';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;

interface DocumentInfo {
  kind: string; title?: string; caseNumber?: string; paragraphs: number; counts: number; defenses: number;
  errors: number; warnings: number; skipped?: string;
}
interface ParagraphItem { uri: string; label: string; description: string; detail: string; line: number; character: number }

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient | undefined }> {
  output = vscode.window.createOutputChannel('Pleading');
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'Pleading';
  status.command = 'pleading.goToParagraph';
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand('pleading.goToParagraph', goToParagraph),
    vscode.commands.registerCommand('pleading.restartServer', async () => {
      await client?.restart();
      void updateStatus();
    }),
    vscode.commands.registerCommand('pleading.showOutput', () => output.show(true)),
    vscode.workspace.onDidOpenTextDocument(detect),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.languages.onDidChangeDiagnostics(e => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some(u => u.toString() === active)) void updateStatus();
    }),
  );

  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'pleading' }],
    synchronize: { configurationSection: 'pleading' },
    outputChannel: output,
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
    const problems = info.errors + info.warnings;
    status.text = `$(law) ${info.paragraphs} ¶${problems ? `  $(warning) ${problems}` : '  $(check)'}`;
    status.tooltip = info.skipped ?? [
      `${info.title ?? 'Pleading'}${info.caseNumber ? ` — ${info.caseNumber}` : ''}`,
      `${info.paragraphs} paragraphs, ${info.counts} counts, ${info.defenses} defenses`,
      `${info.errors} errors, ${info.warnings} warnings`,
      'Click: Go to Paragraph…',
    ].join('\n');
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
  const items = await client.sendRequest<ParagraphItem[]>('pleading/paragraphs', { textDocument: { uri: editor.document.uri.toString() } });
  const picked = await vscode.window.showQuickPick(items.map(i => ({ ...i, label: i.label, description: i.description, detail: i.detail })), {
    placeHolder: 'Go to paragraph (type a number or words from it)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(picked.uri));
  const shown = await vscode.window.showTextDocument(doc);
  const at = new vscode.Position(picked.line, picked.character);
  shown.selection = new vscode.Selection(at, at);
  shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
