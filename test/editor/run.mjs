#!/usr/bin/env node
// Runs the in-editor mocha suite inside a real VS Code extension host
// (code-server + headless Chromium). Exit code = the suite's exit code.
//
//   node test/editor/run.mjs [--tests dist/test/editor/index.js] [--workspace test/editor/workspace]
//                            [--extension .] [--timeout 300]
//
// Needs scripts/editor-setup.sh to have run once (code-server in the cache).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, defaultCacheDir, findCodeServer, killAllSync, runExtensionTests } from './codeServer.mjs';

function fail(msg, code = 2) {
  process.stderr.write(`editor tests: ${msg}\n`);
  process.exit(code);
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      tests: { type: 'string', default: path.join(REPO_ROOT, 'dist', 'test', 'editor', 'index.js') },
      workspace: { type: 'string', default: path.join(REPO_ROOT, 'test', 'editor', 'workspace') },
      extension: { type: 'string', default: REPO_ROOT },
      timeout: { type: 'string', default: '300' },
      'keep-logs': { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  fail(err.message);
}
if (opts.help) {
  process.stdout.write(
    'usage: node test/editor/run.mjs [--tests COMPILED_INDEX_JS] [--workspace DIR] [--extension DIR] [--timeout SECONDS] [--keep-logs] [--verbose]\n',
  );
  process.exit(0);
}

const cacheDir = defaultCacheDir();
if (!findCodeServer(cacheDir)) fail(`code-server is not installed in ${cacheDir}: run scripts/editor-setup.sh first`);
if (!fs.existsSync('/usr/bin/chromium') && !process.env.PLEADING_CHROMIUM) fail('/usr/bin/chromium is missing: run scripts/editor-setup.sh first');

const tests = path.resolve(opts.tests);
const workspace = path.resolve(opts.workspace);
const extensionRoot = path.resolve(opts.extension);
const timeoutMs = Number(opts.timeout) * 1000;
if (!(timeoutMs > 0)) fail(`bad --timeout ${opts.timeout}`);
if (!fs.existsSync(tests)) fail(`compiled tests index not found: ${tests} (build it first)`);
if (!fs.existsSync(workspace)) fail(`workspace folder not found: ${workspace}`);
if (!fs.existsSync(path.join(extensionRoot, 'package.json'))) fail(`no package.json in extension folder ${extensionRoot}`);

// Failed runs keep their folder under .editor-test/ for the logs: keep the 5 newest.
try {
  const base = path.join(REPO_ROOT, '.editor-test');
  const old = fs
    .readdirSync(base)
    .filter((n) => n.startsWith('run-'))
    .map((n) => ({ p: path.join(base, n), t: fs.statSync(path.join(base, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .slice(5);
  for (const { p } of old) fs.rmSync(p, { recursive: true, force: true });
} catch {
  // no .editor-test yet
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAllSync();
    process.stderr.write(`editor tests: interrupted (${sig})\n`);
    process.exit(130);
  });
}

// Last-resort watchdog: runExtensionTests has its own timeout and cleans up,
// this only guards against a hang in the clean-up itself.
const watchdog = setTimeout(() => {
  killAllSync();
  process.stderr.write(`editor tests: hard timeout after ${opts.timeout}s + 60s, processes killed\n`);
  process.exit(124);
}, timeoutMs + 60_000);
watchdog.unref();

// Mocha's own summary ("  3 passing", "  1 failing", "  2 pending") is turned
// into the plain closing line "editor: N passed, N failed[, N skipped]".
const counts = {};
const log = (line) => {
  process.stdout.write(`${line}\n`);
  const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
  if (m) counts[m[2]] = Number(m[1]);
};

const started = Date.now();
let code;
try {
  code = await runExtensionTests({
    extensionRoot, testsIndex: tests, workspace, timeoutMs, cacheDir, log,
    keepRunDir: opts['keep-logs'], verbose: opts.verbose || undefined,
  });
} catch (err) {
  killAllSync();
  fail(err.message, 1);
}
if ('passing' in counts || 'failing' in counts) {
  const skipped = counts.pending ? `, ${counts.pending} skipped` : '';
  process.stdout.write(`\neditor: ${counts.passing ?? 0} passed, ${counts.failing ?? 0} failed${skipped}\n`);
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
process.stderr.write(`editor tests: exit code ${code} after ${secs}s\n`);
process.exit(code);
