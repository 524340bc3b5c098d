/**
 * Export to Word, with the round trip as the test of truth: every fixture and sample is exported
 * (plain and California paper), read back by the importer, and must parse to the same pleading —
 * caption, paragraph numbers and texts, headings, COUNTs, defenses, responses — with the same
 * findings, alone and linked to its complaint. Then what the Word file itself holds: numbers as
 * text, the fonts, spacing, margins, caption table, footer and pleading paper.
 */
import * as assert from 'assert';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { check, parse, type Pleading } from '../../server/src/core';
import { exportDocx, type Paper } from '../../server/src/export';
import { exportLayout, runsOf, type RunLine } from '../../server/src/export/layout';
import { convertBytes } from '../../server/src/import/convert';
import { DEFAULT_LIMITS } from '../../server/src/import/limits';
import { chooseComplaint } from '../../server/src/link/discover';
import * as fc from 'fast-check';
import { LineIndex } from '../../server/src/core';
import { pleadingText } from '../helpers/arbitraries';
import { loadFixtures, readFixture, type FixtureDocument } from '../helpers/fixtures';

const squash = (s: string) => s.replace(/[*\\]/g, '').replace(/\s+/g, ' ').trim();

/** What the round trip must keep, as plain data. */
function model(p: Pleading) {
  return {
    kind: p.kind,
    caseNumber: p.caption.caseNumber?.text,
    title: p.caption.title && squash(p.caption.title.text),
    parties: p.caption.parties.map(x => `${squash(x.name)} | ${x.role}`),
    paragraphs: p.paragraphs.map(x => `${x.number ?? '-'} ${x.region} ${x.response ? `${x.response.kind} ${x.response.targets.join(',')}` : ''}`),
    texts: p.paragraphs.map(x => squash(x.body)),
    headings: p.headings.map(h => `${h.kind} ${squash(h.text)} ${h.number ?? ''} ${squash(h.title?.text ?? '')}`),
    counts: p.headings.filter(h => h.kind === 'count').map(h => `${h.number} ${p.paragraphs[h.firstParagraph]?.number ?? '-'}`),
    defenses: p.defenses.map(d => `${d.number} ${squash(d.title ?? '')}`),
    definedTerms: p.definedTerms.map(d => d.term),
    prayer: !!p.prayer,
    signature: p.signature && squash(p.signature.text),
  };
}

/**
 * Findings as code and message. "at line N" names a line of the text, which the round trip moves;
 * a quoted excerpt of the complaint ends where its length runs out, and Markdown's `**` in it is
 * bold in Word, so only its start is compared.
 */
const findings = (p: Pleading, complaint?: Pleading) => check(p, { complaint })
  .map(f => `${f.code} ${f.message.replace(/\bline \d+/g, 'line #').replace(/\*/g, '').replace(/(“.{20}).*…”$/, '$1…”')}`).sort();

async function roundTrip(text: string, paper: Paper): Promise<{ docx: Uint8Array; back: string }> {
  const docx = await exportDocx(parse(text), paper);
  const back = (await convertBytes(docx, 'exported.docx', DEFAULT_LIMITS)).text;
  return { docx, back };
}

/** The complaint an answer fixture answers: the one in its folder the linker would choose. */
function complaintOf(answer: FixtureDocument, all: FixtureDocument[]): FixtureDocument | undefined {
  const near = all.filter(d => d !== answer && path.dirname(d.relPath) === path.dirname(answer.relPath) && d.kind === 'complaint');
  const chosen = chooseComplaint(parse(answer.text), near.map(d => ({ path: d.relPath, title: d.title, kind: d.kind, caseNumber: d.caseNumber })));
  return near.find(d => d.relPath === chosen?.path);
}

describe('export to Word: the round trip through the importer', function () {
  this.timeout(60000);
  const fixtures = loadFixtures();

  it('covers the seed answer, every fixture and the samples', () => {
    const names = fixtures.map(f => f.relPath);
    for (const want of ['test/fixtures/seed/answer.txt', 'test/fixtures/federal-md/answer.md', 'samples/answer.txt', 'samples/complaint.txt']) assert.ok(names.includes(want), want);
    assert.ok(names.length >= 18, `${names.length} documents`);
  });

  for (const doc of fixtures) {
    for (const paper of ['plain', 'california'] as const) {
      it(`${doc.relPath} (${paper}): the same pleading and the same findings come back`, async () => {
        const { back } = await roundTrip(doc.text, paper);
        const before = parse(doc.text);
        const after = parse(back);
        assert.deepStrictEqual(model(after), model(before));
        assert.deepStrictEqual(findings(after), findings(before));
        const complaint = doc.kind === 'answer' ? complaintOf(doc, fixtures) : undefined;
        if (complaint) {
          const original = parse(complaint.text);
          assert.deepStrictEqual(findings(after, original), findings(before, original), `linked to ${complaint.relPath}`);
          const complaintBack = parse((await roundTrip(complaint.text, paper)).back);
          assert.deepStrictEqual(findings(after, complaintBack), findings(before, original), `both exported (${complaint.relPath})`);
        }
      });
    }
  }

  it('the seed answer keeps its 101 paragraphs, 8 counts, 26 defenses and its real slips', async () => {
    const after = parse((await roundTrip(readFixture('seed/answer.txt'), 'plain')).back);
    assert.deepStrictEqual(after.paragraphs.filter(p => p.number !== null).map(p => p.number), Array.from({ length: 101 }, (_v, i) => i + 1));
    assert.strictEqual(after.headings.filter(h => h.kind === 'count').length, 8);
    assert.strictEqual(after.defenses.length, 26);
    const codes = findings(after, parse(readFixture('seed/complaint.txt'))).map(f => f.split(' ')[0]);
    for (const code of ['incorporation-range', 'defined-term', 'count-mismatch', 'citation', 'party-number', 'knowledge-phrase']) assert.ok(codes.includes(code), code);
  });
});

/** A line's text, tabs shown as "→". */
const textOf = (l: RunLine) => l.map(r => ('tab' in r ? '→' : r.text)).join('');

describe('export layout', () => {
  const seed = exportLayout(parse(readFixture('seed/answer.txt')));

  it('the caption table: a row per party line, the case number on the first row, the title beside the last party', () => {
    assert.deepStrictEqual(seed.caption.map(r => [r.kind ?? '', textOf(r.left), textOf(r.right), !!r.title]), [
      ['name', 'LIVEPERSON, INC.,', 'Case No. 14-CV-01559-RWS', false],
      ['role', 'Plaintiff,', '', false],
      ['versus', 'vs.', '', false],
      ['name', '24/7 CUSTOMER, INC.,', '', false],
      ['role', 'Defendant.', 'ANSWER', true],
    ]);
    assert.deepStrictEqual(seed.head.map(b => [b.role, b.lines.map(textOf)]), [['court', ['UNITED STATES DISTRICT COURT FOR THE', 'SOUTHERN DISTRICT OF NEW YORK']]]);
    assert.strictEqual(seed.title, 'ANSWER');
  });

  it('a California caption: the attorney block above the court, a wrapped party name one entry, notes after the title below it', () => {
    const ca = exportLayout(parse(readFixture('california/answer.txt')));
    assert.deepStrictEqual(ca.head.map(b => b.role), ['above', 'above', 'court', 'court']);
    assert.deepStrictEqual(ca.caption.map(r => textOf(r.left)), [
      'BAYSIDE CATERING GROUP, INC., a California corporation,', 'Plaintiff,', 'v.',
      'MERIDIAN EVENT HALLS, LLC, a Delaware limited liability company; THOMAS R. KELLER, an individual; and DOES 1 through 10, inclusive,', 'Defendants.', '', '',
    ]);
    assert.deepStrictEqual(ca.caption.slice(-3).map(r => textOf(r.right)), ["DEFENDANT MERIDIAN EVENT HALLS, LLC'S ANSWER TO COMPLAINT FOR DAMAGES", 'Complaint Filed: January 14, 2026', 'Trial Date: None Set']);
  });

  it('a party line in capitals ("DEFENDANT.") leaves the title a row of its own, so the party is not read as part of it', async () => {
    const text = readFixture('seed/answer.txt').replace(/^Plaintiff,$/m, 'PLAINTIFF,').replace(/^Defendant\.$/m, 'DEFENDANT.');
    const layout = exportLayout(parse(text));
    assert.deepStrictEqual(layout.caption.slice(-2).map(r => [textOf(r.left), textOf(r.right)]), [['DEFENDANT.', ''], ['', 'ANSWER']]);
    const back = parse((await roundTrip(text, 'plain')).back);
    assert.deepStrictEqual(model(back), model(parse(text)));
  });

  it('numbers as text; a paragraph cut by a page break (a blank line mid-sentence) is one paragraph again', () => {
    const numbered = seed.body.filter(b => b.role === 'numbered');
    assert.strictEqual(numbered.length, 101);
    assert.deepStrictEqual(numbered.slice(0, 3).map(b => b.number), ['1.', '2.', '3.']);
    const third = numbered[2].lines.map(textOf);
    assert.strictEqual(third.length, 1);
    assert.match(third[0], /\[24\]7 operators would communicate directly with consumers/);
  });

  it('headings bold with their title lines; the signature block line by line with its /s/ line', () => {
    const count = seed.body.findIndex(b => b.role === 'heading' && textOf(b.lines[0]) === 'COUNT VIII');
    assert.ok(count > 0);
    assert.deepStrictEqual(seed.body[count + 1].lines.map(textOf), ['Unjust Enrichment']);
    assert.ok(seed.body[count].lines[0].every(r => 'tab' in r || r.bold));
    const signature = seed.body.filter(b => b.role === 'signature');
    assert.deepStrictEqual(signature[0].lines.map(textOf), ['Dated: February 18, 2015']);
    assert.deepStrictEqual(signature[1].lines.slice(0, 2).map(textOf), ['/s/ Mark E. Miller', 'Mark E. Miller (pro hac vice)']);
    assert.ok(signature[1].lines[1].some(r => 'text' in r && r.text === 'pro hac vice' && r.italic));
  });

  it('a signature set to the right keeps its column: a tab, or the block indented', () => {
    const ca = exportLayout(parse(readFixture('california/answer.txt')));
    const signature = ca.body.filter(b => b.role === 'signature');
    assert.strictEqual(textOf(signature[0].lines[0]), 'Dated: February 13, 2026→YEE & HOLLOWAY LLP');
    assert.strictEqual(signature[1].indented, true);
    assert.strictEqual(textOf(signature[1].lines[0]), 'By: /s/ Sandra K. Yee');
  });

  it('Markdown: heading levels kept, emphasis as runs, escapes as their character, page comments dropped', () => {
    const md = exportLayout(parse(readFixture('federal-md/answer.md')));
    assert.deepStrictEqual(md.body.filter(b => b.level).slice(0, 2).map(b => [b.level, textOf(b.lines[0])]), [[2, 'PARTIES'], [2, 'JURISDICTION AND VENUE']]);
    assert.ok(!md.body.some(b => b.lines.some(l => /<!--/.test(textOf(l)))));
    assert.deepStrictEqual(runsOf('12\\. The **MSA** says *inter alia* \\*not\\* this'), [
      { text: '12. The ' }, { text: 'MSA', bold: true }, { text: ' says ' }, { text: 'inter alia', italic: true }, { text: ' *not* this' },
    ]);
    assert.deepStrictEqual(runsOf('a lone * star and ** two'), [{ text: 'a lone * star and ** two' }], 'unpaired markers stay as written');
  });
});

describe('the Word file', function () {
  this.timeout(30000);
  const xmlOf = async (paper: Paper) => {
    const files = unzipSync(await exportDocx(parse(readFixture('seed/answer.txt')), paper));
    return (name: string) => (files[name] ? strFromU8(files[name]) : '');
  };

  it('plain paper: Times New Roman 12 pt, Letter, 1-inch margins, double-spaced numbered paragraphs with typed numbers, page number and title in the footer', async () => {
    const part = await xmlOf('plain');
    const doc = part('word/document.xml');
    assert.match(part('word/styles.xml'), /<w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="24"\/>/);
    assert.match(doc, /<w:pgSz w:w="12240" w:h="15840"/);
    assert.match(doc, /<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    assert.doesNotMatch(doc, /<w:numPr>/, 'no Word automatic numbering');
    assert.match(doc, /<w:spacing w:after="0" w:before="0" w:line="480" w:lineRule="auto"\/><w:ind w:firstLine="720"\/><\/w:pPr><w:r><w:t xml:space="preserve">1\.<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>/);
    assert.strictEqual((doc.match(/<w:tbl>/g) ?? []).length, 1, 'one table: the caption');
    const footer = part('word/footer1.xml');
    assert.match(footer, /PAGE/);
    assert.match(footer, />ANSWER</);
    assert.strictEqual(part('word/header1.xml'), '', 'no header on plain paper');
  });

  it('California pleading paper: 28 line numbers beside the text on a 24-point grid, a double rule and a single rule, the title under a rule in the footer', async () => {
    const part = await xmlOf('california');
    const doc = part('word/document.xml');
    const header = part('word/header1.xml');
    assert.deepStrictEqual([...header.matchAll(/<w:t xml:space="preserve">(\d+)<\/w:t>/g)].map(m => Number(m[1])), Array.from({ length: 28 }, (_v, i) => i + 1));
    assert.strictEqual((header.match(/<w:trHeight w:val="480" w:hRule="exact"\/>/g) ?? []).length, 28);
    assert.match(header, /<w:tblpPr[^>]*w:horzAnchor="page"[^>]*w:vertAnchor="page"/);
    assert.match(doc, /<w:pgMar w:top="1440" w:right="720" w:bottom="960" w:left="2160"/);
    assert.match(doc, /<w:pgBorders w:display="allPages" w:offsetFrom="text"><w:left w:val="double"[^>]*\/><w:right w:val="single"/);
    assert.doesNotMatch(doc, /w:lineRule="auto"/, 'every line on the grid: exact spacing only');
    assert.match(part('word/footer1.xml'), /<w:pBdr><w:top w:val="single"[^>]*\/><\/w:pBdr>.*>ANSWER</);
  });
});

describe('export layout on any text', function () {
  this.timeout(120000);
  /** Letters and digits, counted: what no rearrangement (the caption's columns) or joining may lose. */
  const letters = (s: string) => [...s.replace(/[^\p{L}\p{N}]/gu, '')].sort().join('');
  const laidOut = (text: string) => {
    const l = exportLayout(parse(text));
    const lines = [...l.head, ...l.body].flatMap(b => [b.number ?? '', ...b.lines.map(textOf)]);
    return [...lines, ...l.caption.flatMap(r => [textOf(r.left), textOf(r.right)])].join('\n');
  };
  /** The text minus what the layout leaves out on purpose: page furniture the parser found, comments. */
  const kept = (text: string) => {
    const p = parse(text);
    const index = new LineIndex(text);
    const furniture = new Set(p.artifacts.map(a => index.lineAt(a.start)));
    return Array.from({ length: index.lineCount }, (_v, i) => index.lineText(i)).filter((line, i) => !furniture.has(i) && !/^<!--.*-->$/.test(line.trim())).join('\n');
  };

  it('never throws, and keeps every letter and digit of the text (pleading-like token soup)', () => {
    fc.assert(fc.property(pleadingText, text => {
      assert.strictEqual(letters(laidOut(text)), letters(kept(text)));
    }), { numRuns: 400 });
  });

  it('the same for every fixture and sample', () => {
    for (const doc of loadFixtures()) assert.strictEqual(letters(laidOut(doc.text)), letters(kept(doc.text)), doc.relPath);
  });
});
