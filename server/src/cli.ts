/**
 * The `pleading` command: check pleadings, print their outline. Over the same core as the
 * language server. Exit codes: 0 no error-severity finding, 1 some, 2 usage or unreadable input.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  chartCsv, chartJson, chartMarkdown, check, CHECKS, draftAnswer, LineIndex, outline, parse, responseChart, RULE_CODES,
  type Finding, type OutlineNode, type Pleading, type RuleSettings, type Severity,
} from './core';
import { findConfig, parseConfig, type PleadingConfig } from './config';
import { paragraphIndexAt } from './core/analysis';
import { numberedDefenses, paragraphName } from './core/outline';
import { FORUMS, inferForum, type ForumId } from './core/forums';
import { mergeRules } from './core/presets';
import { plural } from './core/text';
import { importFormat } from './import/format';
import { emptyPagesWarning, importedPathFor, importPleadingSync, importSummary, readImportedFile } from './import/read';
import { docxPathFor, exportSummary, exportToFile, PAPERS, type Paper } from './export';
import { readPleadingFile, writeNewFile, type ReadResult, type WriteResult } from './io';
import { discoverComplaint, type ImportedTextOf } from './link/discover';
import { compareComplaints } from './core/amend/compare';
import { migrateAnswer } from './core/amend/migrate';
import { comparisonHtml, comparisonJson, comparisonMarkdown } from './core/amend/report';

declare const PLEADING_VERSION: string;
const VERSION = typeof PLEADING_VERSION === 'string' ? PLEADING_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  pleading check FILE... [--complaint FILE | --no-complaint] [--format text|json|sarif]
                 [--config FILE] [--rule CODE=SEVERITY]... [--exit-zero]
  pleading outline FILE [--format text|json]
  pleading draft-answer COMPLAINT [-o FILE] [--force]
  pleading chart ANSWER [--complaint FILE] [--format md|csv|json]
  pleading import FILE.pdf|FILE.docx [-o OUT.md|OUT.txt|-] [--force]
  pleading export FILE [--docx OUT.docx] [--paper plain|california] [--force]
  pleading compare OLD NEW [--format md|json|html] [--all]
  pleading migrate ANSWER --from OLD --to NEW [-o FILE] [--force]
  pleading --help | --version

FILE may be - for standard input, or a .pdf or .docx pleading (its text is extracted). SEVERITY is off, hint, information, warning or error.
Without --complaint, an answer is linked to the complaint in its folder with the same case number.
Rule severities come from the nearest .pleadingrc.json (or --config FILE), then --rule.
draft-answer, migrate, import and export never overwrite an existing file without --force.
Exit status: 0 no errors found, 1 errors found, 2 usage error or unreadable file.
Rules: ${RULE_CODES.join(', ')}`;

class UsageError extends Error {}

interface Options {
  command: string;
  files: string[];
  complaint?: string;
  format: string;
  rules: RuleSettings;
  exitZero: boolean;
  noComplaint: boolean;
  output?: string;
  config?: string;
  docx?: string;
  paper: Paper;
  force: boolean;
  from?: string;
  to?: string;
  all: boolean;
}

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  const o: Options = { command, files: [], format: command === 'chart' || command === 'compare' ? 'md' : 'text', rules: {}, exitZero: false, noComplaint: false, paper: 'plain', force: false, all: false };
  const value = (i: number, flag: string) => {
    const v = rest[i + 1];
    if (v === undefined || (v.startsWith('--') && v !== '-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const take = () => inline ?? value(i++, flag);
    switch (flag) {
      case '--complaint': o.complaint = take(); break;
      case '--format': o.format = take(); break;
      case '--exit-zero': o.exitZero = true; break;
      case '--no-complaint': o.noComplaint = true; break;
      case '--config': o.config = take(); break;
      case '-o': case '--output': o.output = take(); break;
      case '--docx': o.docx = take(); break;
      case '--force': o.force = true; break;
      case '--from': o.from = take(); break;
      case '--to': o.to = take(); break;
      case '--all': o.all = true; break;
      case '--paper': {
        const paper = take();
        if (!(PAPERS as readonly string[]).includes(paper)) throw new UsageError(`unknown paper "${paper}" (use ${PAPERS.join(' or ')})`);
        o.paper = paper as Paper;
        break;
      }
      case '--rule': {
        const spec = take();
        const m = /^([a-z-]+)=(\w+)$/.exec(spec);
        if (!m) throw new UsageError(`--rule expects CODE=SEVERITY, got "${spec}"`);
        if (!RULE_CODES.includes(m[1])) throw new UsageError(`unknown rule "${m[1]}" (known: ${RULE_CODES.join(', ')})`);
        if (!SEVERITIES.has(m[2])) throw new UsageError(`unknown severity "${m[2]}" (use off, hint, information, warning or error)`);
        o.rules[m[1]] = m[2] as Severity | 'off';
        break;
      }
      default:
        if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
        o.files.push(a);
    }
  }
  return o;
}

function read(path: string, stdin: () => string): ReadResult {
  if (path === '-') return { ok: true, text: stdin() };
  return importFormat(path) ? readImportedFile(path) : readPleadingFile(path);
}

/** PDF and Word complaints beside an answer: their captions, extracted for discovery. */
const importedText: ImportedTextOf = (file, captionOnly) => {
  const r = importPleadingSync(file, captionOnly);
  return r.ok ? r.text : undefined;
};

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => string;
}

interface FileReport {
  file: string;
  text: string;
  pleading: Pleading;
  findings: Finding[];
  /** The forum whose wording rules were applied. */
  forum: ForumId;
}

/** Runs the CLI; resolves with the exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`pleading: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`pleading: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function run(argv: string[], io: CliIO): number | Promise<number> {
  if (!argv.length || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length ? io.stdout : io.stderr)(`${USAGE}\n`);
    return argv.length ? 0 : 2;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const o = parseArgs(argv);
  if (o.command === 'check') return runCheck(o, io);
  if (o.command === 'outline') return runOutline(o, io);
  if (o.command === 'draft-answer') return runDraft(o, io);
  if (o.command === 'chart') return runChart(o, io);
  if (o.command === 'import') return runImport(o, io);
  if (o.command === 'export') return runExport(o, io);
  if (o.command === 'compare') return runCompare(o, io);
  if (o.command === 'migrate') return runMigrate(o, io);
  throw new UsageError(`unknown command "${o.command}"`);
}

function readOrFail(path: string, what: string, io: CliIO): string | undefined {
  const r = read(path, io.stdin);
  if (!r.ok) io.stderr(`pleading: ${what}${path}: ${r.error}\n`);
  else if (r.note) io.stderr(`pleading: ${what}${path}: ${r.note}\n`);
  return r.ok ? r.text : undefined;
}

function runCheck(o: Options, io: CliIO): number {
  if (!o.files.length) throw new UsageError('check needs at least one FILE');
  if (!['text', 'json', 'sarif'].includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use text, json or sarif)`);
  const given = o.complaint !== undefined ? readOrFail(o.complaint, 'complaint ', io) : undefined;
  if (o.complaint !== undefined && given === undefined) return 2;
  const givenComplaint = given !== undefined ? parse(given) : undefined;
  const reports: FileReport[] = [];
  for (const file of o.files) {
    const text = readOrFail(file, '', io);
    if (text === undefined) return 2;
    const pleading = parse(text);
    const complaint = givenComplaint ?? linkedComplaint(file, pleading, o, io);
    const config = configFor(file, o, io);
    if (config === null) return 2;
    const rules = mergeRules(undefined, config?.rules, o.rules);
    const forum = config?.preset ?? inferForum(pleading, complaint);
    reports.push({ file, text, pleading, forum, findings: check(pleading, { complaint, rules, forum }) });
  }
  if (o.format === 'json') io.stdout(`${JSON.stringify(reports.map(toJson), null, 2)}\n`);
  else if (o.format === 'sarif') io.stdout(`${JSON.stringify(toSarif(reports), null, 2)}\n`);
  else printText(reports, io);
  const errors = reports.some(r => r.findings.some(f => f.severity === 'error'));
  return errors && !o.exitZero ? 1 : 0;
}

const configs = new Map<string, PleadingConfig | undefined>();

/** The configuration for a file: --config, else the nearest .pleadingrc.json; null when invalid. */
function configFor(file: string, o: Options, io: CliIO): PleadingConfig | undefined | null {
  const key = o.config ?? path.dirname(path.resolve(file === '-' ? 'stdin' : file));
  if (configs.has(key)) return configs.get(key);
  let config: PleadingConfig | undefined;
  try {
    if (o.config) {
      const r = readPleadingFile(o.config);
      if (!r.ok) throw new Error(`${o.config}: ${r.error}`);
      config = parseConfig(o.config, r.text);
    } else {
      config = findConfig(key);
    }
  } catch (e) {
    io.stderr(`pleading: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  for (const problem of config?.problems ?? []) io.stderr(`pleading: ${config!.path}: ${problem} (ignored)\n`);
  configs.set(key, config);
  return config;
}

/** The complaint found beside an answer (same case number), announced on stderr. */
function linkedComplaint(file: string, pleading: Pleading, o: Options, io: CliIO): Pleading | undefined {
  if (o.noComplaint || file === '-' || pleading.kind !== 'answer') return undefined;
  const found = discoverComplaint(file, pleading, [], importedText);
  if (!found) return undefined;
  const r = read(found.path, io.stdin);
  if (!r.ok) return undefined;
  const shown = path.relative(process.cwd(), found.path);
  io.stderr(`pleading: ${file} answers ${shown && !shown.startsWith('..') ? shown : found.path} (same case number)\n`);
  return parse(r.text);
}

/** `pleading import FILE`: a PDF or Word pleading written out as Markdown (or text) beside it. */
function runImport(o: Options, io: CliIO): number {
  if (o.files.length !== 1) throw new UsageError('import needs exactly one FILE (.pdf or .docx)');
  const file = o.files[0];
  if (!importFormat(file)) throw new UsageError(`import reads .pdf and .docx files, not ${path.extname(file) || file}`);
  const r = importPleadingSync(file);
  if (!r.ok) {
    io.stderr(`pleading: ${file}: ${r.error}\n`);
    return 2;
  }
  const output = o.output ?? importedPathFor(file);
  const warning = emptyPagesWarning(r.emptyPages);
  if (warning) io.stderr(`pleading: ${file}: ${warning}\n`);
  if (output === '-') {
    io.stdout(r.text);
    return 0;
  }
  if (!reportWrite(output, writeNewFile(output, r.text, o.force), '-o', io)) return 2;
  io.stderr(`pleading: wrote ${output} (${importSummary(r.text, r.pages)})\n`);
  return 0;
}

/** `pleading export FILE`: the pleading as a Word document, beside it unless --docx says where. */
async function runExport(o: Options, io: CliIO): Promise<number> {
  if (o.files.length !== 1) throw new UsageError('export needs exactly one FILE');
  const file = o.files[0];
  const output = o.docx ?? (file === '-' ? undefined : docxPathFor(file));
  if (!output) throw new UsageError('export from standard input needs --docx OUT.docx');
  if (path.extname(output).toLowerCase() !== '.docx') throw new UsageError(`--docx writes a .docx file, not ${path.basename(output)}`);
  if (path.resolve(output) === path.resolve(file)) throw new UsageError(`${file} is the file being exported; give another name with --docx`);
  const text = readOrFail(file, '', io);
  if (text === undefined) return 2;
  const pleading = parse(text);
  if (!reportWrite(output, await exportToFile(pleading, output, o.paper, o.force), '--docx', io)) return 2;
  io.stderr(`pleading: wrote ${output} (${exportSummary(pleading, o.paper)})\n`);
  return 0;
}

/** Whether a file was written; if not, says why on stderr. */
function reportWrite(output: string, w: WriteResult, flag: string, io: CliIO): boolean {
  if (!w.ok) io.stderr(`pleading: ${output}: ${w.exists ? `already exists; not overwriting it (give another name with ${flag}, or --force)` : w.error}\n`);
  return w.ok;
}

function runDraft(o: Options, io: CliIO): number {
  if (o.files.length !== 1) throw new UsageError('draft-answer needs exactly one COMPLAINT file');
  const complaint = readComplaint(o.files[0], io);
  if (!complaint) return 2;
  return writeOutput(draftAnswer(complaint), o, io) ? 0 : 2;
}

/** A new document to stdout, or to -o FILE (never over an existing one without --force). */
function writeOutput(text: string, o: Options, io: CliIO): boolean {
  if (!o.output) {
    io.stdout(text);
    return true;
  }
  if (!reportWrite(o.output, writeNewFile(o.output, text, o.force), '-o', io)) return false;
  io.stderr(`pleading: wrote ${o.output}\n`);
  return true;
}

/** A complaint read for draft-answer, compare or migrate, or undefined (said on stderr) when it cannot be one. */
function readComplaint(file: string, io: CliIO): Pleading | undefined {
  const text = readOrFail(file, '', io);
  if (text === undefined) return undefined;
  const p = parse(text);
  if (p.kind === 'answer') {
    io.stderr(`pleading: ${file}: is an answer, not a complaint\n`);
    return undefined;
  }
  if (!p.paragraphs.some(x => x.number !== null)) {
    io.stderr(`pleading: ${file}: has no numbered paragraphs\n`);
    return undefined;
  }
  return p;
}

function runCompare(o: Options, io: CliIO): number {
  if (o.files.length !== 2) throw new UsageError('compare needs two files: the earlier complaint and the amended one');
  if (!['md', 'json', 'html'].includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use md, json or html)`);
  const before = readComplaint(o.files[0], io);
  const after = before && readComplaint(o.files[1], io);
  if (!before || !after) return 2;
  const c = compareComplaints(before, after);
  // Two versions are often complaint.txt in two folders: then the paths as given tell them apart.
  const same = path.basename(o.files[0]) === path.basename(o.files[1]);
  const names = same ? { before: o.files[0], after: o.files[1] } : { before: path.basename(o.files[0]), after: path.basename(o.files[1]) };
  if (o.format === 'json') io.stdout(`${JSON.stringify(comparisonJson(c), null, 2)}\n`);
  else if (o.format === 'html') io.stdout(comparisonHtml(c, before, after, names));
  else io.stdout(comparisonMarkdown(c, before, after, names, o.all));
  return 0;
}

function runMigrate(o: Options, io: CliIO): number {
  if (o.files.length !== 1) throw new UsageError('migrate needs exactly one ANSWER file');
  if (!o.from || !o.to) throw new UsageError('migrate needs --from OLD (the complaint the answer answers) and --to NEW (the amended complaint)');
  const text = readOrFail(o.files[0], '', io);
  if (text === undefined) return 2;
  const answer = parse(text);
  if (answer.kind === 'complaint') {
    io.stderr(`pleading: ${o.files[0]}: is a complaint, not an answer\n`);
    return 2;
  }
  const before = readComplaint(o.from, io);
  const after = before && readComplaint(o.to, io);
  if (!before || !after) return 2;
  const m = migrateAnswer(answer, before, after);
  if (!writeOutput(m.text, o, io)) return 2;
  io.stderr(`${m.summary}\n`);
  return 0;
}

function runChart(o: Options, io: CliIO): number {
  if (o.files.length !== 1) throw new UsageError('chart needs exactly one ANSWER file');
  if (!['md', 'csv', 'json'].includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use md, csv or json)`);
  const text = readOrFail(o.files[0], '', io);
  if (text === undefined) return 2;
  const answer = parse(text);
  let complaint: Pleading | undefined;
  if (o.complaint !== undefined) {
    const c = readOrFail(o.complaint, 'complaint ', io);
    if (c === undefined) return 2;
    complaint = parse(c);
  } else {
    complaint = linkedComplaint(o.files[0], answer, o, io);
  }
  const chart = responseChart(answer, complaint);
  io.stdout(o.format === 'csv' ? chartCsv(chart) : o.format === 'json' ? `${JSON.stringify(chartJson(chart), null, 2)}\n` : chartMarkdown(chart));
  return 0;
}

interface JsonDiagnostic {
  line: number; column: number; endLine: number; endColumn: number; severity: Severity; code: string; message: string;
  /** The paragraph the finding lies in: its number, or for an unnumbered response, what it responds to. */
  paragraph?: number; respondsTo?: number[];
  /** How the text output names that paragraph: "¶80", "Defense 3", "Response to ¶19". */
  paragraphName?: string;
}

function diagnostics(r: FileReport): JsonDiagnostic[] {
  const lines = new LineIndex(r.text);
  const defensesNumbered = numberedDefenses(r.pleading);
  return r.findings.map(f => {
    const s = lines.positionAt(f.span.start);
    const e = lines.positionAt(f.span.end);
    const d: JsonDiagnostic = { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, severity: f.severity, code: f.code, message: f.message };
    const para = r.pleading.paragraphs[paragraphIndexAt(r.pleading, f.span.start)];
    if (!para) return d;
    if (para.number !== null) d.paragraph = para.number;
    else if (para.response?.targets.length) d.respondsTo = para.response.targets;
    d.paragraphName = paragraphName(para, defensesNumbered && para.region === 'defenses');
    return d;
  });
}

function toJson(r: FileReport) {
  return { file: r.file, forum: r.forum, diagnostics: diagnostics(r) };
}

function printText(reports: FileReport[], io: CliIO): void {
  const totals: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) {
    for (const d of diagnostics(r)) {
      totals[d.severity]++;
      io.stdout(`${r.file}:${d.line}:${d.column}${d.paragraphName ? ` (${d.paragraphName})` : ''}  ${d.severity}  ${d.message}  [${d.code}]\n`);
    }
  }
  const n = totals.error + totals.warning + totals.information + totals.hint;
  // The summary uses the severities' own words, as each line does.
  const counts = [plural(totals.error, 'error'), plural(totals.warning, 'warning'), `${totals.information} information`];
  if (totals.hint) counts.push(plural(totals.hint, 'hint'));
  // The forum whose wording rules were applied (core/forums.ts), once for all the files that share it.
  const forums = [...new Set(reports.map(r => FORUMS[r.forum].summary))].join('; ');
  io.stderr(n
    ? `${plural(n, 'finding')}: ${counts.join(', ')} (rules: ${forums})\n`
    : `No problems found in ${plural(reports.length, 'file')} (rules: ${forums}).\n`);
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function toSarif(reports: FileReport[]) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'pleading',
          version: VERSION,
          rules: CHECKS.map(c => ({
            id: c.code,
            shortDescription: { text: c.description },
            defaultConfiguration: { level: SARIF_LEVEL[c.severity] },
          })),
        },
      },
      results: reports.flatMap(r => diagnostics(r).map(d => ({
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.file.split('\\').join('/') },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
          ...(d.paragraphName ? { logicalLocations: [{ name: d.paragraphName, kind: 'paragraph' }] } : {}),
        }],
        ...(d.paragraphName ? { properties: { paragraph: d.paragraph, respondsTo: d.respondsTo } } : {}),
      }))),
    }],
  };
}

interface JsonOutlineNode {
  kind: string; name: string; number?: number; detail?: string; line: number; endLine: number; children: JsonOutlineNode[];
}

function runOutline(o: Options, io: CliIO): number {
  if (o.files.length !== 1) throw new UsageError('outline needs exactly one FILE');
  if (!['text', 'json'].includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use text or json)`);
  const text = readOrFail(o.files[0], '', io);
  if (text === undefined) return 2;
  const lines = new LineIndex(text);
  const toJsonNode = (n: OutlineNode): JsonOutlineNode => ({
    kind: n.kind, name: n.name,
    ...(n.number !== undefined ? { number: n.number } : {}),
    ...(n.detail !== undefined ? { detail: n.detail } : {}),
    line: lines.positionAt(n.span.start).line + 1,
    endLine: lines.positionAt(n.span.end).line + 1,
    children: n.children.map(toJsonNode),
  });
  const tree = outline(parse(text)).map(toJsonNode);
  if (o.format === 'json') {
    io.stdout(`${JSON.stringify(tree, null, 2)}\n`);
    return 0;
  }
  const print = (nodes: JsonOutlineNode[], depth: number) => {
    for (const n of nodes) {
      const detail = n.detail ? ` — ${n.detail}` : '';
      const where = n.line === n.endLine ? `line ${n.line}` : `lines ${n.line}-${n.endLine}`;
      io.stdout(`${'  '.repeat(depth)}${n.name}${detail}  (${where})\n`);
      print(n.children, depth + 1);
    }
  };
  print(tree, 0);
  return 0;
}

/* istanbul ignore next: the process entry point */
if (require.main === module) {
  // `pleading outline x | head` closes the pipe early: stop quietly.
  process.stdout.on('error', e => {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void main(process.argv.slice(2), {
    stdout: s => process.stdout.write(s),
    stderr: s => process.stderr.write(s),
    stdin: () => fs.readFileSync(0, 'utf8'),
  }).then(code => {
    process.exitCode = code;
  });
}
