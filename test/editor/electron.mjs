#!/usr/bin/env node
// Runs the same in-editor suite (dist/test/editor/) in a downloaded VS Code desktop through
// @vscode/test-electron: for machines that can reach update.code.visualstudio.com (a developer
// laptop, a hosted CI with a display or xvfb). Offline machines use test/editor/run.mjs
// (code-server + headless Chromium) instead; this script fails there with ENOTFOUND.
//
//   node test/editor/electron.mjs [--vscode stable|insiders|1.90.0] [--tests dist/test/editor/index.js]
//                                 [--workspace test/editor/workspace] [--extension .]
//                                 [--executable /path/to/code]   (a local VS Code: no download)
//
// On Linux without a display: xvfb-run -a npm run test:electron
// VS Code is cached in ${PLEADING_EDITOR_CACHE:-~/.cache/pleading-editor}/vscode-test (outside
// the work tree); user data and extensions go to a temporary folder, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, defaultCacheDir } from './codeServer.mjs';

function fail(msg, code = 2) {
  process.stderr.write(`electron tests: ${msg}\n`);
  process.exit(code);
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      vscode: { type: 'string', default: process.env.PLEADING_VSCODE_VERSION || 'stable' },
      tests: { type: 'string', default: path.join(REPO_ROOT, 'dist', 'test', 'editor', 'index.js') },
      workspace: { type: 'string', default: path.join(REPO_ROOT, 'test', 'editor', 'workspace') },
      extension: { type: 'string', default: REPO_ROOT },
      executable: { type: 'string', default: process.env.PLEADING_VSCODE_EXECUTABLE },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  fail(err.message);
}
if (opts.help) {
  process.stdout.write('usage: node test/editor/electron.mjs [--vscode stable|insiders|X.Y.Z] [--tests COMPILED_INDEX_JS] [--workspace DIR] [--extension DIR] [--executable PATH]\n');
  process.exit(0);
}

const tests = path.resolve(opts.tests);
const workspace = path.resolve(opts.workspace);
const extensionRoot = path.resolve(opts.extension);
if (!fs.existsSync(tests)) fail(`compiled tests index not found: ${tests} (build it first)`);
if (!fs.existsSync(workspace)) fail(`workspace folder not found: ${workspace}`);
if (!fs.existsSync(path.join(extensionRoot, 'package.json'))) fail(`no package.json in extension folder ${extensionRoot}`);
if (opts.executable && !fs.existsSync(opts.executable)) fail(`VS Code executable not found: ${opts.executable}`);

// A VS Code started from a VS Code terminal would attach to that instance instead.
for (const k of Object.keys(process.env)) {
  if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) delete process.env[k];
}

const { runTests, TestRunFailedError } = await import('@vscode/test-electron');

const cachePath = path.join(defaultCacheDir(), 'vscode-test');
fs.mkdirSync(cachePath, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pleading-electron-'));

// Mocha's summary ("  3 passing", "  1 failing", "  2 pending") arrives on our stdout through
// runTests: count it for the same closing line as run.mjs.
const counts = {};
let pending = '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  pending += String(chunk);
  const lines = pending.split('\n');
  pending = lines.pop();
  for (const line of lines) {
    const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
    if (m) counts[m[2]] = Number(m[1]);
  }
  return write(chunk, ...rest);
};

const started = Date.now();
let code;
try {
  code = await runTests({
    version: opts.vscode,
    cachePath,
    vscodeExecutablePath: opts.executable ? path.resolve(opts.executable) : undefined,
    extensionDevelopmentPath: extensionRoot,
    extensionTestsPath: tests,
    launchArgs: [
      workspace,
      '--disable-extensions', // every other extension; the one under development still loads
      '--user-data-dir', path.join(profile, 'user-data'),
      '--extensions-dir', path.join(profile, 'extensions'),
      '--disable-telemetry',
      '--disable-gpu',
    ],
    // reuseMachineInstall: false (default) adds its own profile arguments only when the two above are absent.
  });
} catch (err) {
  if (err instanceof TestRunFailedError) {
    code = err.code ?? 1;
  } else {
    const reason = err?.code === 'ENOTFOUND' || /ENOTFOUND|getaddrinfo/.test(String(err?.message))
      ? `cannot download VS Code (${err.message}); offline, use npm run test:editor`
      : (err?.message ?? String(err));
    fs.rmSync(profile, { recursive: true, force: true });
    fail(reason, 1);
  }
} finally {
  process.stdout.write = write;
}
fs.rmSync(profile, { recursive: true, force: true });
if ('passing' in counts || 'failing' in counts) {
  const skipped = counts.pending ? `, ${counts.pending} skipped` : '';
  process.stdout.write(`\nelectron: ${counts.passing ?? 0} passed, ${counts.failing ?? 0} failed${skipped}\n`);
}
process.stderr.write(`electron tests: exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
process.exit(code);
