// Runs the extension inside a real VS Code extension host, offline: code-server
// (VS Code's server + web workbench, installed by scripts/editor-setup.sh) on
// loopback, driven by Debian's headless Chromium through playwright-core.
//
//   startCodeServer({cacheDir, runDir})   -> {port, url, authority, runDir, logFile, stop()}
//   launchBrowser()                       -> playwright Browser
//   runExtensionTests({extensionRoot, testsIndex, workspace, timeoutMs}) -> exit code
//   openWorkbench({extensionRoot, workspace, settings}) -> {page, browser, server, close()}
//   runCommand(page, 'Command Title')     -> runs it through the Command Palette
//
// Every code-server is started in its own session/process group (detached) and
// stop() kills the whole group: the extension host and the language server it
// starts outlive the browser otherwise. Groups still alive when Node exits are
// killed by an 'exit' hook.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM_PATH = process.env.PLEADING_CHROMIUM || '/usr/bin/chromium';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEBUG = !!process.env.PLEADING_EDITOR_DEBUG;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// Settings written to the private user-data folder for every run; the caller's
// `settings` are merged over them.
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'files.watcherExclude': { '**/node_modules/**': true, '**/.git/**': true },
};

/** The cache folder that scripts/editor-setup.sh installs into. */
export function defaultCacheDir() {
  return process.env.PLEADING_EDITOR_CACHE || path.join(os.homedir(), '.cache', 'pleading-editor');
}

/** Path of the cached code-server launcher, or null when setup has not run. */
export function findCodeServer(cacheDir = defaultCacheDir()) {
  const prefix = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  const bin = path.join(prefix, 'node_modules', '.bin', 'code-server');
  return fs.existsSync(bin) && fs.existsSync(path.join(prefix, '.complete')) ? bin : null;
}

// ---------------------------------------------------------------------------
// process-group bookkeeping

const liveGroups = new Set();
let exitHookInstalled = false;

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
}

/** Synchronously SIGKILLs every code-server group this module started (for signal handlers). */
export function killAllSync() {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  liveGroups.clear();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function healthz(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------

/**
 * Starts code-server on 127.0.0.1 with private state under runDir.
 * @param {{cacheDir?: string, runDir: string, settings?: object, startTimeoutMs?: number}} opts
 */
export async function startCodeServer({ cacheDir = defaultCacheDir(), runDir, settings = {}, startTimeoutMs = 60_000 } = {}) {
  const bin = findCodeServer(cacheDir);
  if (!bin) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${cacheDir}: run scripts/editor-setup.sh`);
  }
  if (!runDir) throw new Error('startCodeServer: runDir is required');
  runDir = path.resolve(runDir);
  const dirs = {
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
    tmp: path.join(runDir, 'tmp'),
    config: path.join(runDir, 'xdg-config'),
    data: path.join(runDir, 'xdg-data'),
    cache: path.join(runDir, 'xdg-cache'),
  };
  for (const d of Object.values(dirs)) await fsp.mkdir(d, { recursive: true });
  await fsp.mkdir(path.join(dirs.userData, 'User'), { recursive: true });
  await fsp.writeFile(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
  );

  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    // Never let a surrounding VS Code / code-server session leak into ours.
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_') || k === 'PASSWORD' || k === 'HASHED_PASSWORD') delete env[k];
  }
  Object.assign(env, {
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
  });

  installExitHook();
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const logFile = path.join(runDir, `code-server-${attempt}.log`);
    const fd = fs.openSync(logFile, 'w');
    const args = [
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
    ];
    // detached => setsid(): a new session and process group led by this pid.
    const child = spawn(bin, args, { cwd: runDir, env, detached: true, stdio: ['ignore', fd, fd] });
    fs.closeSync(fd);
    const pid = child.pid;
    liveGroups.add(pid);
    let exited = null;
    child.on('exit', (code, signal) => { exited = { code, signal }; });
    child.on('error', (err) => { exited = { error: err }; });

    const stop = async () => {
      if (!liveGroups.has(pid) && !groupAlive(pid)) return;
      killGroup(pid, 'SIGTERM');
      const deadline = Date.now() + 5000;
      while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
      killGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
    };

    const deadline = Date.now() + startTimeoutMs;
    let healthy = false;
    while (!exited && Date.now() < deadline) {
      if (await healthz(port)) { healthy = true; break; }
      await sleep(200);
    }
    if (healthy) {
      const authority = `127.0.0.1:${port}`;
      return { port, authority, url: `http://${authority}/`, pid, runDir, logFile, userDataDir: dirs.userData, stop };
    }
    await stop();
    lastError = new Error(
      exited
        ? `code-server exited during start-up (${util.inspect(exited)}); log ${logFile}:\n${tail(logFile)}`
        : `code-server did not answer /healthz within ${startTimeoutMs / 1000}s; log ${logFile}:\n${tail(logFile)}`,
    );
    if (!exited || !/EADDRINUSE/.test(tail(logFile, 200))) break; // only retry a lost port race
  }
  throw lastError;
}

/**
 * Headless Debian Chromium through playwright-core, fresh temporary profile.
 * Its XDG folders (crashpad writes ~/.config/chromium otherwise) go to a
 * temporary folder that is removed when the browser closes.
 */
export async function launchBrowser({ headless = true } = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: run scripts/editor-setup.sh`);
  }
  const { chromium } = await import('playwright-core');
  const home = await fsp.mkdtemp(path.join(os.tmpdir(), 'pleading-chromium-'));
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache') };
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless, args: CHROMIUM_ARGS, env });
  } catch (err) {
    await fsp.rm(home, { recursive: true, force: true }).catch(() => {});
    throw err;
  }
  browser.on('disconnected', () => fs.rmSync(home, { recursive: true, force: true }));
  return browser;
}

function workbenchUrl(server, workspace, payload) {
  const q = [];
  if (workspace) q.push(`folder=${encodeURIComponent(path.resolve(workspace))}`);
  if (payload) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}${q.length ? `?${q.join('&')}` : ''}`;
}

// Workbench start-up chatter that codeAutomationLog also receives; hidden
// unless verbose (or PLEADING_EDITOR_DEBUG) is set.
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(renderer-/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution '.*' took \d+ms/, // printed when start-up is slow
  /ENOTFOUND open-vsx\.org/, // extension gallery, offline
];
export const isWorkbenchNoise = (line) => WORKBENCH_NOISE.some((re) => re.test(line));

const remoteUri = (server, p) => `vscode-remote://${server.authority}${path.resolve(p)}`;

async function makeRunDir(runDir) {
  if (runDir) {
    await fsp.mkdir(runDir, { recursive: true });
    return { dir: path.resolve(runDir), owned: false };
  }
  const base = path.join(REPO_ROOT, '.editor-test');
  await fsp.mkdir(base, { recursive: true });
  return { dir: await fsp.mkdtemp(path.join(base, 'run-')), owned: true };
}

function forwardPageNoise(page) {
  if (!DEBUG) return;
  page.on('console', (m) => process.stderr.write(`[page ${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => process.stderr.write(`[page error] ${e.message}\n`));
}

/**
 * Runs a compiled mocha index (exports run(): Promise<void>) inside the extension
 * host, with extensionRoot loaded in development mode. Resolves with the exit
 * code VS Code reports through codeAutomationExit (0 = all passed); rejects on
 * timeout or when the server/browser cannot start.
 * @param {{extensionRoot: string, testsIndex: string, workspace?: string, timeoutMs?: number,
 *          cacheDir?: string, runDir?: string, settings?: object, log?: (line: string) => void,
 *          keepRunDir?: boolean, verbose?: boolean}} opts
 */
export async function runExtensionTests({
  extensionRoot,
  testsIndex,
  workspace,
  timeoutMs = 300_000,
  cacheDir,
  runDir,
  settings,
  log = (line) => process.stdout.write(`${line}\n`),
  keepRunDir = false,
  verbose = DEBUG,
}) {
  for (const [name, p] of [['extensionRoot', extensionRoot], ['testsIndex', testsIndex]]) {
    if (!p || !fs.existsSync(p)) throw new Error(`${name} not found: ${p}`);
  }
  if (workspace && !fs.existsSync(workspace)) throw new Error(`workspace not found: ${workspace}`);

  const started = Date.now();
  const rd = await makeRunDir(runDir);
  let server;
  let browser;
  let timer;
  let ok = false;
  try {
    const overall = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)}s without codeAutomationExit (run folder ${rd.dir})`)),
        timeoutMs,
      );
    });
    const body = (async () => {
      server = await startCodeServer({ cacheDir, runDir: rd.dir, settings });
      browser = await launchBrowser();
      const page = await browser.newPage();
      forwardPageNoise(page);
      let finish;
      const exited = new Promise((resolve) => { finish = resolve; });
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = util.format(...(Array.isArray(args) ? args : [args]));
        if (!verbose && isWorkbenchNoise(line)) return;
        log(line.replace(/\n$/, ''));
      });
      await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code) || 0));
      const payload = [
        ['extensionDevelopmentPath', remoteUri(server, extensionRoot)],
        ['extensionTestsPath', remoteUri(server, testsIndex)],
      ];
      await page.goto(workbenchUrl(server, workspace, payload));
      return exited;
    })();
    body.catch(() => {}); // a late failure after a timeout must not become an unhandled rejection
    const code = await Promise.race([body, overall]);
    ok = code === 0;
    if (DEBUG) process.stderr.write(`[editor] finished with ${code} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
    return code;
  } finally {
    clearTimeout(timer);
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    if (rd.owned) {
      if (ok && !keepRunDir) await fsp.rm(rd.dir, { recursive: true, force: true }).catch(() => {});
      else process.stderr.write(`[editor] logs kept in ${rd.dir}\n`);
    }
  }
}

/**
 * Opens the workbench with extensionRoot loaded in development mode, for
 * scripts that drive it like a user (open files, hover, Ctrl+Shift+M, take
 * page.screenshot()). Waits until the workbench has rendered. Call close()
 * to shut down the browser and the whole code-server process group.
 * @param {{extensionRoot: string, workspace?: string, settings?: object, cacheDir?: string,
 *          runDir?: string, viewport?: {width: number, height: number}, timeoutMs?: number}} opts
 */
export async function openWorkbench({
  extensionRoot,
  workspace,
  settings,
  cacheDir,
  runDir,
  viewport = { width: 1400, height: 900 },
  timeoutMs = 60_000,
}) {
  if (!extensionRoot || !fs.existsSync(extensionRoot)) throw new Error(`extensionRoot not found: ${extensionRoot}`);
  const rd = await makeRunDir(runDir);
  let server;
  let browser;
  const close = async () => {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    if (rd.owned) await fsp.rm(rd.dir, { recursive: true, force: true }).catch(() => {});
  };
  try {
    server = await startCodeServer({ cacheDir, runDir: rd.dir, settings });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport });
    forwardPageNoise(page);
    const payload = [['extensionDevelopmentPath', remoteUri(server, extensionRoot)]];
    await page.goto(workbenchUrl(server, workspace, payload));
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: timeoutMs });
    await settleExtensions(page, Math.min(timeoutMs, 30_000));
    return { page, browser, server, runDir: rd.dir, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Best effort: waits until the status bar has not shown "Activating Extensions"
 * for three samples in a row (the extension host has started). Commands that an
 * extension contributes may still appear a moment later: runCommand retries.
 */
export async function settleExtensions(page, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 3 && Date.now() < deadline) {
    const text = await page.locator('.part.statusbar').innerText().catch(() => '');
    quiet = /Activating Extensions/i.test(text) ? 0 : quiet + 1;
    await page.waitForTimeout(300);
  }
}

/**
 * Runs a command through the Command Palette by its exact title (as shown in
 * the palette, e.g. 'View: Toggle Problems'), retrying until the command has
 * been registered or timeoutMs has passed.
 */
export async function runCommand(page, title, { timeoutMs = 20_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (;;) {
    await page.keyboard.press('Control+Shift+P');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill(`>${title}`);
    const row = page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: title }) })
      .first();
    try {
      await row.waitFor({ state: 'visible', timeout: 1500 });
      await row.click();
      return;
    } catch {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`command not found in the Command Palette: ${title}`);
      await page.waitForTimeout(500);
    }
  }
}
