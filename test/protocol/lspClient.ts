/**
 * A real LSP client over stdio for protocol tests: spawns dist/server.js --stdio and speaks to it
 * with vscode-languageserver-protocol. No mocks: the built server, the real wire format.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
  PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent, type TextEdit,
} from 'vscode-languageserver-protocol/node';

const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly logs: string[] = [];
  private readonly versions = new Map<string, number>();
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** Resolves once the server has asked for its settings (so later diagnostics use them). */
  private readonly configured: Promise<void>;
  private waiters: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];

  constructor(settings: unknown = {}) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', d => this.logs.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, p => {
      this.latest.set(p.uri, p);
      this.waiters = this.waiters.filter(w => {
        if (w.uri !== p.uri || (w.version !== undefined && p.version !== w.version)) return true;
        w.resolve(p.diagnostics);
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.configured = new Promise(resolve => {
      this.connection.onRequest('workspace/configuration', () => {
        setTimeout(resolve, 20);
        return [settings];
      });
    });
    this.connection.listen();
  }

  async initialize(initializationOptions?: unknown): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      initializationOptions,
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    await Promise.race([this.configured, new Promise(r => setTimeout(r, 3000))]);
  }

  /** Opens a document; resolves with its first diagnostics. */
  open(uri: string, text: string, languageId = 'pleading'): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const done = this.diagnostics(uri, 1);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return done;
  }

  /** Applies changes; resolves with the diagnostics for the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const done = this.diagnostics(uri, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return done;
  }

  close(uri: string): Promise<Diagnostic[]> {
    const done = new Promise<Diagnostic[]>(resolve => this.waiters.push({ uri, resolve }));
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return done;
  }

  diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    return new Promise(resolve => this.waiters.push({ uri, version, resolve }));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise(r => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    setTimeout(() => this.process.kill(), 500).unref();
  }
}

/** Applies LSP text edits to a string (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

