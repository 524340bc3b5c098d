#!/usr/bin/env node
// Installs pleading.vsix into a private code-server (its own --extensions-dir and
// --user-data-dir, under .editor-test/) and checks that the installed extension works: the
// extension host runs dist/test/editor/vsixSmoke.js, which opens the sample answer and waits for
// its findings, hover, outline and quick fix, and reports where Pleading was loaded from.
//
// VS Code runs (and reports the result of) extensionTestsPath only in extension-development
// mode, so the workbench gets an empty stub extension as extensionDevelopmentPath; Pleading
// itself comes only from the installed .vsix.
//
//   npm run package && npm run build && node scripts/vsix-smoke.mjs [--vsix pleading.vsix] [--keep]
//
// (The build provides dist/test/editor/vsixSmoke.js; the extension itself comes only from the .vsix.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, defaultCacheDir, findCodeServer, killAllSync, runExtensionTests } from '../test/editor/codeServer.mjs';

const { values: opts } = parseArgs({
  options: {
    vsix: { type: 'string', default: path.join(REPO_ROOT, 'pleading.vsix') },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '180' },
  },
});
const fail = (msg, code = 2) => {
  process.stderr.write(`vsix smoke: ${msg}\n`);
  process.exit(code);
};
const vsix = path.resolve(opts.vsix);
const entry = path.join(REPO_ROOT, 'dist', 'test', 'editor', 'vsixSmoke.js');
const bin = findCodeServer();
if (!bin) fail(`code-server is not installed in ${defaultCacheDir()}: run scripts/editor-setup.sh first`);
if (!fs.existsSync(vsix)) fail(`${vsix} not found: run npm run package first`);
if (!fs.existsSync(entry)) fail(`${entry} not found: run npm run build first`);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { killAllSync(); process.exit(130); });

const started = Date.now();
const base = path.join(REPO_ROOT, '.editor-test');
await fsp.mkdir(base, { recursive: true });
const runDir = await fsp.mkdtemp(path.join(base, 'vsix-'));
// The same folder names startCodeServer uses, so the server sees what was installed.
const dirs = {
  userData: path.join(runDir, 'user-data'),
  extensions: path.join(runDir, 'extensions'),
  tmp: path.join(runDir, 'tmp'),
  workspace: path.join(runDir, 'workspace'),
  stub: path.join(runDir, 'dev-stub'),
};
for (const d of Object.values(dirs)) await fsp.mkdir(d, { recursive: true });
await fsp.writeFile(path.join(dirs.stub, 'package.json'), JSON.stringify({
  name: 'vsix-smoke-stub', publisher: 'pleading-test', version: '0.0.0', engines: { vscode: '*' },
  description: 'Empty development extension: lets the workbench run the smoke test entry.',
}, null, 2));
for (const f of ['answer.txt', 'complaint.txt']) await fsp.copyFile(path.join(REPO_ROOT, 'samples', f), path.join(dirs.workspace, f));

const env = { ...process.env, TMPDIR: dirs.tmp, XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_DATA_HOME: path.join(runDir, 'xdg-data') };
const cli = (...args) => {
  const r = spawnSync(bin, [...args, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) fail(`code-server ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`, 1);
  return r.stdout;
};

let ok = false;
try {
  const size = fs.statSync(vsix).size;
  process.stdout.write(`vsix smoke: installing ${path.relative(process.cwd(), vsix)} (${(size / 1024).toFixed(1)} KiB)\n`);
  const out = cli('--install-extension', vsix);
  process.stdout.write(out.split('\n').filter((l) => /install/i.test(l)).map((l) => `  ${l.trim()}\n`).join(''));
  const list = cli('--list-extensions', '--show-versions');
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}@${pkg.version}`;
  if (!list.split('\n').some((l) => l.trim().toLowerCase() === id.toLowerCase())) fail(`${id} not in --list-extensions:\n${list}`, 1);
  const installedDir = path.join(dirs.extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  const installedFiles = spawnSync('find', [installedDir, '-type', 'f', '-printf', '%P\n'], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
  process.stdout.write(`vsix smoke: ${id} installed: ${installedFiles.join(', ')}\n`);
  if (installedFiles.some((f) => f.startsWith('node_modules/') || f.endsWith('.map'))) fail('the .vsix contains node_modules or source maps', 1);

  let sawInstalledPath = false;
  const code = await runExtensionTests({
    extensionRoot: dirs.stub, // an empty stub; Pleading is only what the .vsix installed
    testsIndex: entry,
    workspace: dirs.workspace,
    runDir,
    timeoutMs: Number(opts.timeout) * 1000,
    log: (line) => {
      if (line.startsWith('vsix smoke: installed at ') && line.includes(installedDir)) sawInstalledPath = true;
      process.stdout.write(`${line}\n`);
    },
  });
  if (code === 0 && !sawInstalledPath) fail(`the extension host did not load Pleading from ${installedDir}`, 1);
  ok = code === 0;
  process.stdout.write(`vsix smoke: ${ok ? 'passed' : `failed (exit code ${code}; logs in ${runDir})`} after ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  process.exitCode = ok ? 0 : 1;
} catch (err) {
  killAllSync();
  process.stderr.write(`vsix smoke: ${err.message} (logs in ${runDir})\n`);
  process.exitCode = 1;
} finally {
  if (ok && !opts.keep) await fsp.rm(runDir, { recursive: true, force: true });
}
