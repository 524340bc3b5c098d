/**
 * The Response Chart panel: one webview per answer, themed, live. The chart comes from the
 * server (pleading/responseChart) and is re-asked whenever the answer or its complaint changes;
 * the webview (webview/main.ts) filters and sorts it, and asks back to reveal a row or export.
 */
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { readMessage, type ChartFormat, type ChartView, type ToWebview } from './protocol';

const VIEW_TYPE = 'pleading.responseChart';
/** How long edits must pause before the chart is asked for again. */
const REFRESH_MS = 300;

export class ChartPanel {
  private static readonly open = new Map<string, ChartPanel>();
  private chart: ChartView | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows the chart of `answer`: its panel if one is open, else a new one beside it. */
  static show(context: vscode.ExtensionContext, client: LanguageClient, answer: vscode.Uri): void {
    const existing = ChartPanel.open.get(answer.toString());
    if (existing) {
      existing.panel.reveal(undefined, false);
      return;
    }
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Response Chart', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [dist],
    });
    ChartPanel.open.set(answer.toString(), new ChartPanel(panel, client, answer, dist));
  }

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly client: LanguageClient, private readonly answer: vscode.Uri, dist: vscode.Uri) {
    panel.webview.html = html(panel.webview, dist);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage(m => void this.receive(m)),
      // Live: the answer or its complaint edited (unsaved too), or the answer re-checked because
      // its complaint changed on disk (the server then republishes the answer's diagnostics).
      vscode.workspace.onDidChangeTextDocument(e => { if (this.concerns(e.document.uri)) this.schedule(); }),
      vscode.languages.onDidChangeDiagnostics(e => { if (e.uris.some(u => u.toString() === this.answer.toString())) this.schedule(); }),
      panel.onDidChangeViewState(e => { if (e.webviewPanel.visible) this.schedule(0); }),
    );
  }

  private concerns(uri: vscode.Uri): boolean {
    const u = uri.toString();
    return u === this.answer.toString() || u === this.chart?.complaint?.uri;
  }

  private schedule(delay = REFRESH_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    if (!this.panel.visible) return; // asked again when it is shown
    let message: ToWebview;
    try {
      const r = await this.client.sendRequest<ChartView | { error: string } | null>('pleading/responseChart', { textDocument: { uri: this.answer.toString() } });
      if (!r) message = { type: 'error', message: 'The answer is not open: reopen it to chart it again.' };
      else if ('error' in r) message = { type: 'error', message: r.error };
      else {
        this.chart = r;
        this.panel.title = `Response Chart — ${r.answer.name}`;
        message = { type: 'chart', chart: r };
      }
    } catch (e) {
      message = { type: 'error', message: `Could not chart the answer: ${e instanceof Error ? e.message : String(e)}` };
    }
    await this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    const m = readMessage(raw);
    if (!m) return;
    if (m.type === 'ready') await this.refresh();
    else if (m.type === 'reveal') await this.reveal(m.paragraph);
    else await this.export(m.format);
  }

  /** Shows complaint paragraph `n` and its response(s) side by side, the chart staying where it is. */
  private async reveal(n: number): Promise<void> {
    const row = this.chart?.rows.find(r => r.paragraph === n);
    if (!row || !this.chart) return;
    const visible = (uri: string) => vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri)?.viewColumn;
    const chartColumn = this.panel.viewColumn;
    const answerColumn = visible(this.chart.answer.uri) ?? (chartColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const free = [vscode.ViewColumn.One, vscode.ViewColumn.Two, vscode.ViewColumn.Three].find(c => c !== answerColumn && c !== chartColumn)!;
    const show = async (uri: string, column: vscode.ViewColumn, at: { line: number; character: number }) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { viewColumn: column, preserveFocus: true, preview: false });
      const pos = new vscode.Position(at.line, at.character);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    };
    if (this.chart.complaint && row.complaintAt) await show(this.chart.complaint.uri, visible(this.chart.complaint.uri) ?? free, row.complaintAt);
    if (row.answerAt[0]) await show(this.chart.answer.uri, answerColumn, row.answerAt[0]);
  }

  /** Saves the chart as the CLI writes it (`pleading chart --format md|csv`). */
  private async export(format?: ChartFormat): Promise<void> {
    const chosen = format ?? (await vscode.window.showQuickPick(
      [{ label: 'Markdown', description: '.md — a table with totals', format: 'md' as const }, { label: 'CSV', description: '.csv — for a spreadsheet', format: 'csv' as const }],
      { placeHolder: 'Export the response chart as' },
    ))?.format;
    if (!chosen) return;
    const base = this.answer.path.replace(/\.[^./]*$/, '').replace(/\.pleading$/, '');
    const target = await vscode.window.showSaveDialog({
      defaultUri: this.answer.with({ path: `${base}-chart.${chosen}` }),
      filters: chosen === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
      saveLabel: 'Export',
    });
    if (!target) return;
    const r = await this.client.sendRequest<{ text: string } | { error: string } | null>('pleading/responseChartText', { textDocument: { uri: this.answer.toString() }, format: chosen });
    if (!r || 'error' in r) {
      void vscode.window.showWarningMessage(r?.error ?? 'Could not export the chart: the answer is not open.');
      return;
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(r.text, 'utf8'));
    void vscode.window.showInformationMessage(`Response chart saved to ${vscode.workspace.asRelativePath(target)}.`);
  }

  private dispose(): void {
    clearTimeout(this.timer);
    ChartPanel.open.delete(this.answer.toString());
    for (const d of this.disposables) d.dispose();
  }
}

/** The webview's page: the script and styles from dist/, nothing remote, a strict Content Security Policy. */
function html(webview: vscode.Webview, dist: vscode.Uri): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(dist, name)).toString();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('chart.css')}">
<title>Response Chart</title>
</head>
<body>
<header>
  <h1>Response chart</h1>
  <p id="documents">Charting…</p>
  <ul id="totals" aria-label="Totals"></ul>
  <div class="controls">
    <label>Response <select id="kind"></select></label>
    <label>Heading <select id="heading"></select></label>
    <label><input type="checkbox" id="unanswered"> Unanswered only</label>
    <span id="shown" aria-live="polite"></span>
    <button type="button" id="export" title="Save the chart as Markdown or CSV">Export…</button>
  </div>
  <p id="error" role="alert" hidden></p>
</header>
<table>
  <thead><tr id="columns"></tr></thead>
  <tbody id="rows"></tbody>
</table>
<p id="empty" hidden>No paragraph matches these filters.</p>
<script nonce="${nonce}" src="${asset('chart.js')}"></script>
</body>
</html>`;
}
