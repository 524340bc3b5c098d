/**
 * Data-driven: every fixture document against its hand-written manifest (EXPECTED.json). The
 * manifests were written from the documents, not from the parser's output.
 */
import * as assert from 'assert';
import { check, incorporatedReferences, LineIndex, parse, type Finding, type Paragraph, type Pleading } from '../../server/src/core';
import { inferForum } from '../../server/src/core/forums';
import { loadFixtures } from '../helpers/fixtures';

/** Slip kinds in the manifests that single-document checks report, by code. */
const SINGLE_DOCUMENT_CODES = new Set([
  'incorporation-range', 'paragraph-numbering', 'paragraph-mismatch', 'duplicate-response', 'heading-sequence',
  'defined-term', 'punctuation', 'evasive-response', 'knowledge-phrase', 'partial-response', 'no-response', 'party-number',
  'citation',
]);

const lineOf = (p: Pleading, offset: number) => new LineIndex(p.text).positionAt(offset).line + 1;

describe('fixture documents match their manifests', () => {
  for (const doc of loadFixtures()) {
    describe(doc.relPath, () => {
      const pleading = parse(doc.text);
      const findings = check(pleading);
      const lines = new LineIndex(doc.text);
      const lineAt = (offset: number) => lines.positionAt(offset).line + 1;

      it('reads the caption: kind, case number, title', () => {
        assert.strictEqual(pleading.kind, doc.kind);
        assert.strictEqual(pleading.caption.caseNumber?.text, doc.caseNumber);
        assert.strictEqual(pleading.caption.title?.text.replace(/\s+/g, ' '), doc.title.replace(/\s+/g, ' '));
      });

      if (doc.forum) {
        it(`places the court in the ${doc.forum} forum`, () => {
          assert.strictEqual(inferForum(pleading), doc.forum);
        });
      }

      if (doc.generalDenial !== undefined) {
        it(doc.generalDenial ? 'finds the general denial' : 'finds no general denial', () => {
          assert.strictEqual(Boolean(pleading.generalDenial), doc.generalDenial);
        });
      }

      it(`finds ${doc.paragraphs} paragraphs`, () => {
        // The body's and counterclaims' paragraphs, and responses wherever they stand (Form 30 puts them under a DEFENSE heading).
        const numbered = pleading.paragraphs.filter(p => p.region === 'body' || p.region === 'counterclaim' || respondsHere(p));
        const numbers = numbered.filter(p => p.number !== null).map(p => p.number!);
        if (doc.firstParagraph === null) {
          assert.strictEqual(numbers.length, 0, 'no numbered paragraphs expected');
          if (doc.responses) assert.strictEqual(numbered.length, doc.responses.length);
        } else {
          // A grouped unnumbered response ("Paragraphs 9 through 11 are denied.") is counted separately.
          assert.strictEqual(numbers.length, doc.paragraphs);
          assert.strictEqual(numbers[0], doc.firstParagraph);
          assert.strictEqual(numbers[numbers.length - 1], doc.lastParagraph);
        }
      });

      it('does not take year wraps, prayer items or caption lists for paragraphs', () => {
        for (const np of doc.notParagraphs ?? []) {
          const starts = pleading.paragraphs.filter(p => lineAt(p.span.start) === np.line);
          assert.deepStrictEqual(starts.map(p => p.number), [], `line ${np.line} "${np.text}" is not a paragraph`);
        }
      });

      it(`finds ${doc.counts.length} counts with their titles and first paragraphs`, () => {
        const counts = pleading.headings.filter(h => h.kind === 'count');
        assert.deepStrictEqual(
          counts.map(h => ({ number: h.number, line: lineAt(h.span.start), first: pleading.paragraphs[h.firstParagraph]?.number ?? null })),
          doc.counts.map(c => ({ number: c.number, line: c.line, first: c.firstParagraph })),
        );
        counts.forEach((h, i) => {
          const want = doc.counts[i].title;
          if (want) assert.strictEqual(h.title?.text, want.replace(/^\((.*)\)$/, '$1'));
        });
      });

      it(`finds ${doc.defenses} defenses`, () => {
        assert.strictEqual(pleading.defenses.length, doc.defenses);
      });

      it('finds the defined short names', () => {
        const terms = new Set(pleading.definedTerms.map(t => t.term));
        for (const term of Object.keys(doc.definedTerms)) assert.ok(terms.has(term), `defined term "${term}" (found: ${[...terms].join(', ')})`);
      });

      it('reads the realleging paragraphs and their ranges', () => {
        for (const r of doc.realleging as { paragraph: number | null; target?: number; from: number; to: number }[]) {
          const p = r.paragraph !== null
            ? pleading.paragraphs.find(x => x.number === r.paragraph)
            : pleading.paragraphs.find(x => x.number === null && x.response?.targets[0] === r.target);
          assert.ok(p, `paragraph ${r.paragraph}`);
          const refs = incorporatedReferences(pleading.text, p);
          assert.ok(refs.length, `¶${r.paragraph ?? r.target} incorporates something`);
          const ranges = refs.flatMap(x => x.ranges);
          if (ranges.length) {
            assert.strictEqual(Math.min(...ranges.map(g => g.from)), r.from, `¶${r.paragraph} from`);
            assert.strictEqual(Math.max(...ranges.map(g => g.to)), r.to, `¶${r.paragraph} to`);
          } else {
            assert.ok(refs.some(x => x.preceding), `¶${r.paragraph} refers to the preceding paragraphs`);
          }
        }
      });

      if (doc.responses) {
        it('reads what each response answers and how', () => {
          const got = pleading.paragraphs.filter(p => p.response && p.region !== 'counterclaim').map(p => ({
            line: lineAt(p.span.start), targets: p.response!.targets, kind: p.response!.kind,
          }));
          const want = doc.responses!.map(r => ({ line: r.line, targets: r.targets, kind: r.kind }));
          // Targets are read from the text; a numbered response with no written target answers its own number.
          assert.deepStrictEqual(got.map(g => g.line), want.map(w => w.line), 'response lines');
          assert.deepStrictEqual(got.map(g => g.kind), want.map(w => w.kind), 'response kinds');
          assert.deepStrictEqual(got.map(g => g.targets), want.map(w => w.targets), 'response targets');
        });
      }

      const slips = doc.slips.filter(s => SINGLE_DOCUMENT_CODES.has(s.kind));
      it(`reports its ${slips.length} single-document slips`, () => {
        for (const s of slips) {
          assert.ok(
            findings.some(f => f.code === s.kind && lineAt(f.span.start) === s.line),
            `expected ${s.kind} on line ${s.line}: ${s.what}\n  got: ${listFindings(findings, pleading)}`,
          );
        }
      });

      it('raises no warning or error anywhere else (false alarms cost trust)', () => {
        const slipLines = new Set(doc.slips.map(s => s.line));
        const stray = findings.filter(f => (f.severity === 'error' || f.severity === 'warning') && !slipLines.has(lineAt(f.span.start)));
        assert.deepStrictEqual(listFindings(stray, pleading), '');
      });
    });
  }
});

/** A unit that responds: to complaint paragraphs, or to all of them (a general denial). */
function respondsHere(p: Paragraph): boolean {
  return p.region !== 'counterclaim' && !!p.response && (p.response.targets.length > 0 || !!p.response.general);
}

function listFindings(findings: Finding[], p: Pleading): string {
  return findings.map(f => `${lineOf(p, f.span.start)} ${f.severity} ${f.code}: ${f.message}`).join('\n  ');
}

/** Answer/complaint pairs: the answer checked against the complaint it answers. */
const PAIRS: [string, string][] = [
  ['samples/answer.txt', 'samples/complaint.txt'],
  ['test/fixtures/seed/answer.txt', 'test/fixtures/seed/complaint.txt'],
  ['test/fixtures/amended/answer.txt', 'test/fixtures/amended/first-amended-complaint.txt'],
  ['test/fixtures/california/answer.txt', 'test/fixtures/california/complaint.txt'],
  ['test/fixtures/california/general-denial.txt', 'test/fixtures/california/complaint.txt'],
  ['test/fixtures/federal-md/answer.md', 'test/fixtures/federal-md/complaint.md'],
  ['test/fixtures/short-style/answer.txt', 'test/fixtures/short-style/complaint.txt'],
  ['test/fixtures/pdf-extracted/answer.txt', 'test/fixtures/pdf-extracted/complaint.txt'],
  ['test/fixtures/new-york/answer.txt', 'test/fixtures/new-york/complaint.txt'],
  ['test/fixtures/form30-federal/answer.txt', 'test/fixtures/form30-federal/complaint.txt'],
  ['test/fixtures/new-york-ordinals/answer.txt', 'test/fixtures/new-york-ordinals/complaint.txt'],
  ['test/fixtures/texas-general-denial/answer.txt', 'test/fixtures/texas-general-denial/petition.txt'],
  ['test/fixtures/illinois-answer-blocks/answer.txt', 'test/fixtures/illinois-answer-blocks/complaint.txt'],
  ['test/fixtures/florida-short/answer.txt', 'test/fixtures/florida-short/complaint.txt'],
  ['test/fixtures/pennsylvania-denied/answer.txt', 'test/fixtures/pennsylvania-denied/complaint.txt'],
  ['test/fixtures/georgia/answer.txt', 'test/fixtures/georgia/complaint.txt'],
  ['test/fixtures/ohio/answer.txt', 'test/fixtures/ohio/complaint.txt'],
  ['test/fixtures/new-jersey/answer.txt', 'test/fixtures/new-jersey/complaint.txt'],
  ['test/fixtures/target-wording/answer.txt', 'test/fixtures/target-wording/complaint.txt'],
];

describe('fixture answers checked against their complaints', () => {
  const docs = new Map(loadFixtures().map(d => [d.relPath, d]));
  for (const [answerPath, complaintPath] of PAIRS) {
    it(`${answerPath}: every unanswered paragraph, and no false alarm`, () => {
      const answer = docs.get(answerPath)!;
      const complaint = parse(docs.get(complaintPath)!.text);
      const pleading = parse(answer.text);
      const findings = check(pleading, { complaint });
      const lines = new LineIndex(answer.text);
      const lineAt = (o: number) => lines.positionAt(o).line + 1;
      for (const s of answer.slips.filter(x => x.kind === 'unanswered')) {
        assert.ok(findings.some(f => f.code === 'unanswered-paragraph' && lineAt(f.span.start) === s.line), `unanswered on line ${s.line}: ${s.what}`);
      }
      const unanswered = findings.filter(f => f.code === 'unanswered-paragraph');
      if (pleading.generalDenial && !pleading.paragraphs.some(p => p.response?.targets.length)) {
        // A general denial alone answers everything: one note on it.
        assert.deepStrictEqual(unanswered.map(f => [f.severity, lineAt(f.span.start)]), [['information', lineAt(pleading.generalDenial.start)]]);
      } else {
        assert.strictEqual(unanswered.length, answer.slips.filter(x => x.kind === 'unanswered').length + answer.slips.filter(x => x.kind === 'paragraph-mismatch').length);
        // Where a general denial covers the rest (FRCP 8(b)(3)), a paragraph without a response of its own is information.
        for (const f of unanswered) assert.strictEqual(f.severity, pleading.generalDenial ? 'information' : 'error', f.message);
      }
      const slipLines = new Set(answer.slips.map(x => x.line));
      // An unanswered paragraph runs from the gap where its response belongs to the next response:
      // the one a paragraph-mismatch leaves ends on the mismatched response's line.
      const stray = findings.filter(f => (f.severity === 'error' || f.severity === 'warning') && !slipLines.has(lineAt(f.span.start)) && !slipLines.has(lineAt(f.span.end)));
      assert.deepStrictEqual(listFindings(stray, pleading), '');
    });
  }
});
