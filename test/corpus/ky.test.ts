/**
 * Real pleadings: the Kentucky complaint↔answer sets in ../shared/corpus/ky, read from there (they
 * are never copied into the repository), held to the expectations in ky.json, which were made by
 * reading each document. Fails on a missed response, unanswered paragraph or slip, and on any
 * warning or error the expectations do not list. Skips, saying so, where the corpus is absent.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LineIndex, parse, type Pleading } from '../../server/src/core';
import { inferForum } from '../../server/src/core/forums';
import expectations from './ky.json';

const CORPUS = process.env.PLEADING_KY_CORPUS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'ky');

interface Expected {
  kind: string;
  paragraphs: number;
  counts: number;
  defenses: number;
  findings: string[];
  responses?: Record<string, string>;
  generalDenial?: number | null;
  unanswered?: number[];
  answeredOnlyByGeneralDenial?: (number | 'all')[];
}

const documents = expectations.documents as Record<string, Expected>;

describe('real Kentucky pleadings (../shared/corpus/ky)', function () {
  before(function () {
    if (!fs.existsSync(path.join(CORPUS, 'expect.json'))) {
      console.log(`    skipped: the shared corpus is not at ${CORPUS}`);
      this.skip();
    }
  });

  const read = (rel: string) => fs.readFileSync(path.join(CORPUS, rel), 'utf8');

  for (const [rel, want] of Object.entries(documents)) {
    it(`${rel}: ${want.kind}, its paragraphs, responses and slips`, () => {
      const text = read(rel);
      const p = parse(text);
      const complaint = want.kind === 'answer' ? parse(read(path.join(path.dirname(rel), 'complaint.txt'))) : undefined;
      const lines = new LineIndex(text);
      const lineOf = (o: number) => lines.positionAt(o).line + 1;
      const findings = check(p, { complaint });

      assert.strictEqual(p.kind, want.kind, 'kind');
      assert.strictEqual(inferForum(p, complaint), 'kentucky', 'forum');
      assert.strictEqual(p.paragraphs.filter(x => x.number !== null && x.region !== 'counterclaim').length, want.paragraphs, 'numbered paragraphs');
      assert.strictEqual(p.headings.filter(h => h.kind === 'count').length, want.counts, 'COUNT headings');
      assert.strictEqual(p.defenses.length, want.defenses, 'defenses');
      assert.deepStrictEqual(
        findings.filter(f => (f.severity === 'error' || f.severity === 'warning') && f.code !== 'unanswered-paragraph').map(f => `${lineOf(f.span.start)} ${f.code}`),
        want.findings,
        'warnings and errors',
      );
      if (want.kind !== 'answer') return;

      assert.deepStrictEqual(responsesOf(p, lines), want.responses, 'which unit answers each complaint paragraph, and how');
      assert.strictEqual(p.generalDenial ? lineOf(p.generalDenial.start) : null, want.generalDenial, 'general denial');
      const unanswered = findings.filter(f => f.code === 'unanswered-paragraph');
      const number = (message: string) => {
        const m = /^Paragraph (\d+)/.exec(message);
        return m ? Number(m[1]) : 'all';
      };
      assert.deepStrictEqual(unanswered.filter(f => f.severity === 'error').map(f => number(f.message)), want.unanswered, 'unanswered paragraphs (errors)');
      assert.deepStrictEqual(unanswered.filter(f => f.severity === 'information').map(f => number(f.message)), want.answeredOnlyByGeneralDenial, 'answered only by the general denial');
    });
  }
});

/** Complaint paragraph → "¶N kind" or "line L kind": the first unit that answers it. */
function responsesOf(p: Pleading, lines: LineIndex): Record<string, string> {
  const out: Record<string, string> = {};
  for (const x of p.paragraphs) {
    const r = x.response;
    if (!r || x.region === 'counterclaim') continue;
    const unit = x.number !== null ? `¶${x.number}` : `line ${lines.positionAt(x.span.start).line + 1}`;
    for (const t of r.targets) if (!(t in out)) out[t] = `${unit} ${r.clauses?.find(c => c.targets.includes(t))?.kind ?? r.kind}`;
  }
  return out;
}
