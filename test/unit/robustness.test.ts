/**
 * Robustness: random text and random edits never break the parser or the checks; special
 * characters work; no pattern backtracks catastrophically; pathological inputs stay linear.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { check, LineIndex, outline, parse, type Finding } from '../../server/src/core';
import { walk } from '../../server/src/core/outline';
import { BUILT_LEAD_PATTERNS, BUILT_PATTERNS as HEADING_PATTERNS, matchParagraphStart, PARAGRAPH_START } from '../../server/src/core/parse/lines';
import { BUILT_PATTERNS as REFERENCE_PATTERNS } from '../../server/src/core/parse/references';
import { GATED } from '../../server/src/core/gate';
import { EVASIONS, possibleEvasions } from '../../server/src/core/checks/evasiveResponse';
import { normalize, spanIn } from '../../server/src/core/reading/normalize';
import { DENIES, DENY, hasLack, LACKS, ResponseFacts } from '../../server/src/core/reading/response';
import { sentences } from '../../server/src/core/reading/sentences';
import { pleadingText, VOCABULARY } from '../helpers/arbitraries';
import { loadFixtures, readFixture, ROOT } from '../helpers/fixtures';

/** Everything the core promises about any input. */
function assertWellFormed(text: string, complaintText?: string): Finding[] {
  const p = parse(text);
  assert.strictEqual(p.parseError, undefined, `parser failed: ${p.parseError}`);
  const findings = check(p, { complaint: complaintText === undefined ? undefined : parse(complaintText) });
  for (const f of findings) {
    assert.notStrictEqual(f.code, 'internal-error', f.message);
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.code} span ${f.span.start}-${f.span.end} in ${text.length}`);
    if (f.data?.kind === 'replace') assert.ok(f.data.span.start >= 0 && f.data.span.start <= f.data.span.end && f.data.span.end <= text.length, `${f.code} fix span`);
  }
  walk(outline(p), n => assert.ok(n.span.start >= 0 && n.span.start <= n.span.end && n.span.end <= text.length, `${n.kind} ${n.name}`));
  for (const para of p.paragraphs) assert.ok(para.span.start <= para.span.end && para.span.end <= text.length);
  return findings;
}

describe('robustness: random input', function () {
  this.timeout(120000);

  it('parses and checks any string', () => {
    fc.assert(fc.property(fc.fullUnicodeString({ maxLength: 400 }), text => { assertWellFormed(text); }), { numRuns: 300 });
  });

  it('parses and checks pleading-like token soup, alone and against a complaint', () => {
    fc.assert(fc.property(pleadingText, pleadingText, (answer, complaint) => { assertWellFormed(answer, complaint); }), { numRuns: 400 });
  });

  it('survives random edits of every fixture', () => {
    const docs = loadFixtures();
    const edit = fc.record({
      doc: fc.integer({ min: 0, max: docs.length - 1 }),
      edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 200 }), ins: fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ maxLength: 20 })) }), { minLength: 1, maxLength: 8 }),
    });
    fc.assert(fc.property(edit, ({ doc, edits }) => {
      let text = docs[doc].text;
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        text = text.slice(0, at) + e.ins + text.slice(at + e.del);
      }
      assertWellFormed(text, docs.find(d => d.kind === 'complaint')?.text);
    }), { numRuns: 150 });
  });
});

describe('robustness: normalized text maps back to the document', () => {
  /** The obvious per-character mapping the sparse one must agree with. */
  function naive(raw: string, base: number): { text: string; map: number[] } {
    const ws = /[\s\uFEFF]/;
    let text = '';
    const map: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (ws.test(raw[i])) {
        if (i > 0 && ws.test(raw[i - 1])) continue;
        text += ' ';
      } else text += raw[i];
      map.push(base + i);
    }
    map.push(base + raw.length);
    return { text, map };
  }

  it('collapses every kind of whitespace, alone or in a run (the quick test for "nothing to collapse" misses none)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!/\s/.test(ch)) continue;
      assert.strictEqual(normalize(`a${ch}b`).text, 'a b', `U+${c.toString(16)}`);
      assert.strictEqual(normalize(`a ${ch}b`).text, 'a b', `space then U+${c.toString(16)}`);
      assert.strictEqual(normalize(`a${ch}${ch}b`).text, 'a b', `U+${c.toString(16)} twice`);
    }
  });

  it('collapses whitespace and maps every span like a per-character map', () => {
    const chars = fc.constantFrom('a', 'B', '.', ' ', '  ', '\n', '\r\n', '\t', '\v', '\u00a0', '\uFEFF', '\u2003', '\u2028', '😀', 'x y');
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }).map(xs => xs.join('')), fc.nat(1000), (raw, base) => {
      const n = normalize(raw, base);
      const expected = naive(raw, base);
      assert.strictEqual(n.text, expected.text);
      for (let s = 0; s <= n.text.length; s++) {
        for (let e = s; e <= n.text.length; e++) {
          const want = { start: expected.map[s], end: e > s ? expected.map[e - 1] + 1 : expected.map[s] };
          assert.deepStrictEqual(spanIn(n, s, e), want, `${JSON.stringify(raw)} [${s}, ${e})`);
        }
      }
    }), { numRuns: 300 });
  });
});

describe('robustness: the hand-written paragraph-start reader agrees with its pattern', () => {
  it('matches PARAGRAPH_START on random line starts', () => {
    const chars = fc.constantFrom('*', '**', '1', '2', '9', '0', '.', '\\', ' ', '\t', '\u00a0', '\u2003', 'a', 'Z', '"', '“', '(', '[', '_', '#', '-', ')', 'é');
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map(xs => xs.join('')), line => {
      const m = PARAGRAPH_START.exec(line);
      const expected = m ? { number: Number(m[2]), numberOffset: m[1] ? m[1].length : 0, numberLength: m[2].length, bodyOffset: m[0].length } : undefined;
      assert.deepStrictEqual(matchParagraphStart(line), expected, JSON.stringify(line));
    }), { numRuns: 3000 });
  });
});

describe('robustness: gated patterns agree with their patterns', () => {
  /** Every match of a gated pattern must contain one of its gate's words, or the gate would hide it. */
  function unsound(text: string): string[] {
    const out: string[] = [];
    for (const g of GATED) {
      const all = new RegExp(g.pattern.source, g.pattern.flags.includes('g') ? g.pattern.flags : `${g.pattern.flags}g`);
      for (const m of text.matchAll(all)) {
        if (!g.needs.some(w => m[0].toLowerCase().includes(w))) out.push(`/${g.pattern.source}/ matched "${m[0]}" without ${g.needs.join('|')}`);
      }
      if (g.pattern.test(text) && !g.may(text.toLowerCase())) out.push(`/${g.pattern.source}/ gate hides a match in the text`);
      g.pattern.lastIndex = 0;
    }
    return out;
  }

  it('registers the gated patterns', () => assert.ok(GATED.length >= 12, `${GATED.length} gated`));

  it('every gate lets through every match in the fixtures', () => {
    for (const d of loadFixtures()) assert.deepStrictEqual(unsound(d.text), [], d.file);
  });

  it('every gate lets through every match in random response-like text', () => {
    const words = fc.constantFrom('Denies', 'DENIED', 'admits', 'Admitted in part', 'neither admits nor denies', 'does not admit', 'not', 'lacks',
      'knowledge', 'Information', 'sufficient', 'to form a belief', 'no response is required', 'not required to respond', 'requires no answer',
      'Except as', 'other than as', 'save to the extent', 'remaining allegations', 'the balance of the', 'otherwise denies', 'in all other respects',
      'each and every allegation', 'therein', 'realleges', 'incorporates', 'repeats', 'To The Extent', ' ', '. ', ', ', '\n', 'ı', 'İ', 'ſ', 'K');
    fc.assert(fc.property(fc.array(words, { maxLength: 30 }).map(xs => xs.join(' ')), text => {
      assert.deepStrictEqual(unsound(text), []);
    }), { numRuns: 500 });
  });

  it('the one-pass scan for evasion words rules out only evasions that cannot match', () => {
    const missed = (text: string) => EVASIONS.filter((e, k) => e.pattern.pattern.test(text) && !(possibleEvasions(text.toLowerCase()) & (1 << k))).map(e => e.pattern.pattern.source);
    for (const d of loadFixtures()) assert.deepStrictEqual(missed(d.text), [], d.file);
    const words = fc.constantFrom('neither admits nor denies', 'No response is required', 'not required to respond', 'requires no answer', 'necessary',
      'states legal conclusions', 'conclusions of law', 'speaks for itself', 'Speak', 'demands strict proof thereof', 'leaves Plaintiff to its proof',
      'respectfully refers the Court to', 'REFERS THE COURT TO', 'Speaks For Itself', 'NEITHER ADMITS NOR DENIES', 'refe', 'requir', 'ed', 'Coastal', ' ', '. ', '\n', 'K', 'ſ');
    let evasive = 0;
    fc.assert(fc.property(fc.array(words, { maxLength: 20 }).map(xs => xs.join('')), text => {
      if (EVASIONS.some(e => e.pattern.pattern.test(text))) evasive++;
      assert.deepStrictEqual(missed(text), []);
    }), { numRuns: 500 });
    assert.ok(evasive > 100, `only ${evasive} random texts had an evasion`);
  });

  it('sentence marks from one scan of the text agree with testing each sentence', () => {
    const words = fc.constantFrom('Coastal denies', 'DENIED', 'Denies', 'denial', 'evidence', 'lacks knowledge or information', 'is without sufficient knowledge',
      'denies knowledge', 'for lack of information', 'knowledge', 'neither admits nor denies', 'does not deny', 'admits', 'the allegations', 'U.S.C. § 5',
      '. ', '; ', '? ', ', ', ' ', '\n', 'and/or', 'İ', 'ſ');
    let marked = 0;
    fc.assert(fc.property(fc.array(words, { maxLength: 25 }).map(xs => xs.join(' ')), raw => {
      const facts = new ResponseFacts(normalize(raw));
      const t = facts.answering;
      const expected = sentences(t).map(x => {
        const s = t.slice(x.start, x.end);
        return (DENY.test(s) ? DENIES : 0) | (hasLack(s) ? LACKS : 0);
      });
      assert.deepStrictEqual([...facts.sentenceMarks], expected, JSON.stringify(raw));
      if (expected.some(m => m)) marked++;
    }), { numRuns: 500 });
    assert.ok(marked > 200, `only ${marked} texts had a marked sentence`);
  });

  it('the soundness check can fail: a gate missing a word is caught', () => {
    const bad = GATED[0];
    const saved = bad.needs;
    (bad as { needs: readonly string[] }).needs = ['zzz'];
    try {
      const sample = loadFixtures().map(d => d.text).join('\n');
      assert.ok(unsound(sample).length > 0, `${bad.pattern.source} found nothing to hide`);
    } finally {
      (bad as { needs: readonly string[] }).needs = saved;
    }
  });
});

describe('robustness: quick fixes', () => {
  it('every replace fix on every fixture removes its finding and nothing else changes', () => {
    const pairs: [string, string | undefined][] = [
      ['seed/answer.txt', 'seed/complaint.txt'], ['seed/answer.txt', undefined], ['california/answer.txt', 'california/complaint.txt'],
      ['federal-md/answer.md', undefined], ['short-style/answer.txt', undefined],
    ];
    let applied = 0;
    for (const [a, c] of pairs) {
      const text = readFixture(a);
      const complaint = c ? parse(readFixture(c)) : undefined;
      for (const f of check(parse(text), { complaint })) {
        if (f.data?.kind !== 'replace') continue;
        const { span, newText } = f.data;
        // The fix rewrites only its span (fix data is a single replacement); re-checked, its finding must be gone.
        const fixed = text.slice(0, span.start) + newText + text.slice(span.end);
        const shift = newText.length - (span.end - span.start);
        const moved = (o: number) => (o >= span.end ? o + shift : o);
        const again = check(parse(fixed), { complaint }).filter(g => g.code === f.code && g.span.start <= moved(f.span.end) && g.span.end >= moved(f.span.start));
        assert.deepStrictEqual(again.map(g => g.message), [], `${a}: fix "${f.data.title}" for "${f.message}"`);
        applied++;
      }
    }
    assert.ok(applied >= 8, `${applied} fixes applied`);
  });
});

describe('robustness: special characters', () => {
  const seed = readFixture('seed/answer.txt');
  const summary = (text: string) => {
    const lines = new LineIndex(text);
    return check(parse(text)).map(f => `${lines.positionAt(f.span.start).line} ${f.code}`);
  };

  it('reads CRLF, a BOM and lone CRs like LF', () => {
    const want = summary(seed);
    assert.deepStrictEqual(summary(seed.replace(/\n/g, '\r\n')), want);
    assert.deepStrictEqual(summary(`\uFEFF${seed}`), want);
    assert.deepStrictEqual(summary(seed.replace(/\n/g, '\r')), want);
  });

  it('reads tabs and non-breaking spaces after numbers, curly quotes and astral characters', () => {
    const p = parse('ANSWER\n\n1.\u00a0Admitted.\n\n\t2.\tDenied 😀 “quoted”.\n\n3. Denied \uD83D.\n');
    assert.deepStrictEqual(p.paragraphs.map(x => x.number), [1, 2, 3]);
    assert.deepStrictEqual(p.paragraphs.map(x => x.response?.kind), ['admit', 'deny', 'deny']);
    const f = check(p);
    assert.deepStrictEqual(f, []);
  });
});

describe('robustness: regular expressions', function () {
  this.timeout(120000);

  /** Every regex literal in server/src, found with the TypeScript parser, plus the patterns built at load time. */
  function allPatterns(): { where: string; source: string; flags: string }[] {
    const out: { where: string; source: string; flags: string }[] = [];
    const visit = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) visit(full);
        else if (e.name.endsWith('.ts')) {
          const sf = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.ES2022, true);
          const walkNode = (n: ts.Node) => {
            if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
              const lit = n.getText(sf);
              const end = lit.lastIndexOf('/');
              out.push({ where: `${path.relative(ROOT, full)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, source: lit.slice(1, end), flags: lit.slice(end + 1) });
            }
            ts.forEachChild(n, walkNode);
          };
          walkNode(sf);
        }
      }
    };
    visit(path.join(ROOT, 'server', 'src'));
    for (const r of [...HEADING_PATTERNS, ...BUILT_LEAD_PATTERNS, ...REFERENCE_PATTERNS]) out.push({ where: 'built at load time', source: r.source, flags: r.flags });
    return out;
  }

  /**
   * Patterns recheck calls polynomial that only ever see bounded input, with the bound. Anything
   * exponential fails outright; a polynomial pattern must be listed here with its reason.
   */
  const BOUNDED: Record<string, string> = {
    '\\b(?:lacks?|without|insufficient|not\\s+have|no)\\b[^.;]{0,60}?\\b(?:knowledge|information)\\b': 'the gap is bounded at 60 characters: at most 60 steps per start',
  };

  it('finds no pattern that can backtrack catastrophically (recheck)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { checkSync } = require('recheck') as { checkSync(source: string, flags: string, params?: object): { status: string; complexity?: { type: string }; attack?: { pattern: string } } };
    const patterns = allPatterns();
    assert.ok(patterns.length > 80, `${patterns.length} patterns found`);
    const problems: string[] = [];
    for (const p of patterns) {
      // The fuzz checker: seconds for the whole source instead of minutes for automata; it still finds the classic /(a+)+$/ (see below).
      const r = checkSync(p.source, p.flags.replace(/[gy]/g, ''), { checker: 'fuzz', timeout: 5000 });
      if (r.status === 'safe') continue;
      if (r.complexity?.type === 'polynomial' && BOUNDED[p.source]) continue;
      problems.push(`${p.where} /${p.source}/${p.flags}: ${r.status}${r.complexity ? ` (${r.complexity.type})` : ''}${r.attack ? ` attack ${r.attack.pattern}` : ''}`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it('the checker does catch a catastrophic pattern (so the test above can fail)', () => {
    const { checkSync } = require('recheck') as { checkSync(source: string, flags: string, params?: object): { status: string } };
    assert.strictEqual(checkSync('^(\\s*)(a+)+$', '', { checker: 'fuzz', timeout: 5000 }).status, 'vulnerable');
  });
});

describe('robustness: pathological inputs stay linear', function () {
  this.timeout(120000);
  const time = (f: () => void) => {
    const t = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  // Generous bounds that still catch quadratic behaviour (which would take minutes here).
  const cases: [string, () => string, number][] = [
    ['a single 3 MB line', () => 'In answer to Paragraph 5, Acme denies the allegations, '.repeat(55000), 8000],
    ['a million parentheses', () => `1. ${'('.repeat(500000)}${')'.repeat(500000)}\n`, 8000],
    ['200,000 bare numbers on their own lines', () => Array.from({ length: 200000 }, (_, i) => String(i + 1)).join('\n'), 8000],
    ['200,000 numbered paragraphs with no text', () => Array.from({ length: 200000 }, (_, i) => `${i + 1}.`).join('\n\n'), 12000],
    ['100,000 "paragraphs 1-" fragments', () => `1. ${'paragraphs 1-, '.repeat(100000)}\n`, 8000],
  ];
  for (const [what, make, bound] of cases) {
    it(`handles ${what}`, () => {
      const text = make();
      const ms = time(() => assertWellFormed(text));
      assert.ok(ms < bound, `${what}: ${ms.toFixed(0)} ms (bound ${bound} ms)`);
    });
  }
});
