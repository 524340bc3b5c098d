/**
 * Amended complaints: comparing two versions by content, and carrying an answer over. The
 * generated amendments (test/helpers/amendments.ts) know what became of every paragraph; the
 * comparison must find it, and the migrated answer must answer the new complaint.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { check, parse, type Pleading } from '../../server/src/core';
import { compareComplaints } from '../../server/src/core/amend/compare';
import { migrateAnswer, REVIEW_MARK } from '../../server/src/core/amend/migrate';
import { redline } from '../../server/src/core/amend/redline';
import { comparisonHtml, comparisonMarkdown } from '../../server/src/core/amend/report';
import { amend } from '../helpers/amendments';

const root = path.resolve(__dirname, '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

const CAPTION = 'UNITED STATES DISTRICT COURT\n\nACME, INC., Plaintiff,\n\nv.\n\nBETA LLC, Defendant.\n\nCase No. 1:26-cv-00001\n\n';
const complaint = (paras: string[], extra = '') => parse(`${CAPTION}COMPLAINT\n\n${paras.map((p, i) => `${i + 1}. ${p}`).join('\n\n')}\n${extra}`);

describe('comparing two versions of a complaint', () => {
  const base = [
    'Acme is a Delaware corporation with its principal place of business in Wilmington, Delaware.',
    'Beta is a limited liability company organized under the laws of Ohio with offices in Columbus.',
    'On March 3, 2025, Acme and Beta signed a supply agreement for industrial fasteners.',
    'Beta agreed to pay each invoice within thirty days of delivery under section 4 of the agreement.',
    'Acme delivered every shipment on time and in the quantities the purchase orders specified.',
    'Beta has not paid the invoices for the June, July and August shipments despite written demand.',
  ];

  it('finds an inserted paragraph and renumbers those after it, unchanged', () => {
    const after = [...base.slice(0, 2), 'Venue is proper in this district because the agreement was signed in Wilmington.', ...base.slice(2)];
    const c = compareComplaints(complaint(base), complaint(after));
    assert.deepStrictEqual(c.paragraphs.map(p => [p.change, p.oldNumber ?? null, p.newNumber ?? null]), [
      ['unchanged', 1, 1], ['unchanged', 2, 2], ['new', null, 3], ['renumbered', 3, 4], ['renumbered', 4, 5], ['renumbered', 5, 6], ['renumbered', 6, 7],
    ]);
    assert.strictEqual(c.summary, '¶ 3 new; 4 paragraphs renumbered (+1)');
  });

  it('finds a deletion, a rewording with its redline, and a move', () => {
    const after = [base[0], base[1], base[3].replace('thirty days', 'forty-five days'), base[2], base[5]];
    const c = compareComplaints(complaint(base), complaint(after));
    const byOld = new Map(c.paragraphs.filter(p => p.oldNumber).map(p => [p.oldNumber!, p]));
    assert.strictEqual(byOld.get(5)!.change, 'deleted');
    const reworded = byOld.get(4)!;
    assert.ok(reworded.reworded);
    assert.deepStrictEqual(reworded.redline!.filter(s => s.op !== 'same').map(s => [s.op, s.text.trim()]), [['del', 'thirty'], ['ins', 'forty-five']]);
    // ¶3 and ¶4 swapped: one of them stays in order, the other is the one that moved.
    assert.strictEqual(c.paragraphs.filter(p => p.change === 'moved').length, 1);
    assert.deepStrictEqual([...c.renumbering.entries()].sort((a, b) => a[0] - b[0]), [[1, 1], [2, 2], [3, 4], [4, 3], [6, 5]]);
  });

  it('does not pair a rewritten paragraph with the old one: a new paragraph and a deletion', () => {
    const after = [...base.slice(0, 5), 'Beta owes Acme $412,000 plus interest at the contract rate from September 1, 2025.'];
    const c = compareComplaints(complaint(base), complaint(after));
    assert.deepStrictEqual(c.paragraphs.slice(-2).map(p => p.change).sort(), ['deleted', 'new']);
  });

  it('compares COUNTs by title: a COUNT added before another renumbers it, and a retitled one is said so', () => {
    const doc = (counts: [string, string][]) => {
      let n = base.length;
      const parts = counts.map(([title, allegation], i) => `\nCOUNT ${['I', 'II', 'III'][i]}\n\n(${title})\n\n${++n}. ${allegation}\n`);
      return parse(`${CAPTION}COMPLAINT\n\n${base.map((p, i) => `${i + 1}. ${p}`).join('\n\n')}\n${parts.join('')}`);
    };
    const contract: [string, string] = ['Breach of Contract', 'Beta breached the agreement by failing to pay the invoices when they came due.'];
    const enrichment: [string, string] = ['Unjust Enrichment', 'Beta kept the fasteners and their value without paying for them, which equity does not allow.'];
    const account: [string, string] = ['Account Stated', 'Beta received monthly statements of account and never objected to any of them.'];
    const added = compareComplaints(doc([contract, enrichment]), doc([contract, account, enrichment]));
    assert.deepStrictEqual(added.counts.map(x => x.change), ['unchanged', 'new', 'renumbered']);
    assert.match(added.summary, /COUNT II \(Account Stated\) new; COUNT II \(Unjust Enrichment\) is now COUNT III \(Unjust Enrichment\)/);
    const retitled = compareComplaints(doc([contract, enrichment]), doc([contract, ['Restitution', enrichment[1]]]));
    assert.deepStrictEqual(retitled.counts.map(x => x.change), ['unchanged', 'retitled']);
    const replaced = compareComplaints(doc([contract, enrichment]), doc([contract, account]));
    assert.deepStrictEqual(replaced.counts.map(x => x.change), ['unchanged', 'new', 'dropped']);
  });

  it('a redline joins back into both texts', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('the', 'Beta', 'paid', 'not', '30', 'days', 'invoice', ','), { maxLength: 30 }), fc.array(fc.constantFrom('the', 'Beta', 'paid', 'never', '45', 'days', 'invoice'), { maxLength: 30 }), (a, b) => {
      const x = a.join(' ');
      const y = b.join(' ');
      const r = redline(x, y);
      assert.strictEqual(r.filter(s => s.op !== 'del').map(s => s.text).join(''), y);
      assert.strictEqual(r.filter(s => s.op !== 'ins').map(s => s.text).join('').split(/\s+/).filter(Boolean).join(' '), x.split(/\s+/).filter(Boolean).join(' '));
    }));
  });

  it('reports in Markdown and in HTML with the complaint text escaped', () => {
    const after = [...base.slice(0, 5), base[5].replace('written demand', 'written demand <script>alert(1)</script> & *notice*')];
    const before = complaint(base);
    const amended = complaint(after);
    const c = compareComplaints(before, amended);
    const html = comparisonHtml(c, before, amended, { before: 'complaint.txt', after: 'amended.txt' });
    assert.ok(!html.includes('<script>'));
    assert.match(html, /<ins>[^<]*&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; \*notice\*/);
    assert.match(html, /Content-Security-Policy/);
    const md = comparisonMarkdown(c, before, amended, { before: 'complaint.txt', after: 'amended.txt' });
    assert.match(md, /### ¶6 — reworded/);
    assert.match(md, /\*\*demand \\<script\\>alert\(1\)\\<\/script\\> & \\\*notice\\\*\.\*\*/);
    assert.match(md, /5 paragraphs unchanged in substance/);
  });

  it('compares the fixture amendment: the first amended complaint against the complaint', () => {
    const c = compareComplaints(parse(read('test/fixtures/amended/complaint.txt')), parse(read('test/fixtures/amended/first-amended-complaint.txt')));
    // Read from the two documents: ¶3 (Bluestem's member), ¶10 (Section 4.4), ¶14 (the controller's email)
    // and ¶¶20-22 (COUNT II, Account Stated) are new; the diversity paragraph names the states now.
    assert.deepStrictEqual(c.paragraphs.filter(p => p.change === 'new').map(p => p.newNumber), [3, 10, 14, 20, 21, 22]);
    assert.ok(c.paragraphs.find(p => p.oldNumber === 3 && p.newNumber === 4)!.reworded);
    assert.deepStrictEqual(c.counts.map(x => x.change), ['unchanged', 'new', 'renumbered']);
  });
});

describe('carrying an answer over to the amended complaint', () => {
  const seedComplaint = parse(read('test/fixtures/seed/complaint.txt'));
  const seedAnswer = parse(read('test/fixtures/seed/answer.txt'));

  /** The complaint paragraphs each review mark sits on (the response right after it). */
  function reviewed(text: string): number[] {
    const p = parse(text);
    const out: number[] = [];
    let at = text.indexOf(REVIEW_MARK);
    while (at >= 0) {
      const next = p.paragraphs.find(x => x.span.start > at);
      out.push(...(next?.response?.targets ?? []));
      at = text.indexOf(REVIEW_MARK, at + 1);
    }
    return [...new Set(out)].sort((a, b) => a - b);
  }

  function migrateAcross(seed: number) {
    const amendment = amend(seedComplaint, { seed, inserts: [4, 3, 3], deletes: 3, rewords: 5, addCount: true });
    const after = parse(amendment.text);
    const m = migrateAnswer(seedAnswer, seedComplaint, after);
    return { amendment, after, m, migrated: parse(m.text) };
  }

  it('the generated amendment is found as generated: insertions, deletions, rewordings, renumbering', () => {
    const { amendment, m } = migrateAcross(7);
    const c = m.comparison;
    assert.deepStrictEqual(c.paragraphs.filter(p => p.change === 'new').map(p => p.newNumber), amendment.inserted);
    assert.deepStrictEqual(c.paragraphs.filter(p => p.change === 'deleted').map(p => p.oldNumber), amendment.deleted);
    assert.deepStrictEqual(c.paragraphs.filter(p => p.reworded).map(p => p.oldNumber), amendment.reworded);
    assert.deepStrictEqual([...c.renumbering.entries()].sort((a, b) => a[0] - b[0]), [...amendment.renumbering.entries()].sort((a, b) => a[0] - b[0]));
    assert.deepStrictEqual(c.counts.filter(x => x.change === 'new').map(x => x.newLabel), ['COUNT IX (Breach of the Implied Covenant of Good Faith)']);
  });

  it('migrates the seed answer: nothing unanswered or unknown, every kept response renumbered, review marks exactly on reworded and new paragraphs', () => {
    const { amendment, after, m, migrated } = migrateAcross(7);
    const findings = check(migrated, { complaint: after });
    assert.deepStrictEqual(findings.filter(f => f.code === 'unanswered-paragraph' || f.code === 'unknown-paragraph').map(f => f.message), []);
    // Every response to a kept paragraph answers its new number, and says what it said.
    const oldResponses = new Map(seedAnswer.paragraphs.filter(p => p.response?.targets.length === 1 && p.region === 'body').map(p => [p.response!.targets[0], p]));
    for (const [from, to] of amendment.renumbering) {
      const was = oldResponses.get(from);
      if (!was) continue;
      const now = migrated.paragraphs.find(p => p.response?.targets.length === 1 && p.response.targets[0] === to && p.region === 'body');
      assert.ok(now, `a response to new ¶${to} (old ¶${from})`);
      assert.strictEqual(now!.response!.kind, was.response!.kind, `¶${to}'s response kind`);
      assert.strictEqual(now!.number, to, `the response to old ¶${from} is numbered ${to}`);
    }
    const rewordedNew = amendment.reworded.map(n => amendment.renumbering.get(n)!);
    assert.deepStrictEqual(reviewed(m.text), [...rewordedNew, ...amendment.inserted].sort((a, b) => a - b));
    assert.strictEqual(m.dropped.length, 3);
    assert.deepStrictEqual(m.added, amendment.inserted);
    // The new COUNT's heading is in the answer before the response to its first paragraph.
    const heading = migrated.headings.find(h => h.kind === 'count' && h.number === 9);
    assert.ok(heading, 'COUNT IX heading');
    assert.strictEqual(migrated.paragraphs[heading!.firstParagraph].response?.targets[0], amendment.inserted[amendment.inserted.length - 3]);
  });

  it('holds for any generated amendment (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 }), (seed, inserts, deletes, rewords) => {
      const amendment = amend(seedComplaint, { seed, inserts, deletes, rewords, addCount: seed % 2 === 0 });
      const after = parse(amendment.text);
      const m = migrateAnswer(seedAnswer, seedComplaint, after);
      const migrated = parse(m.text);
      const bad = check(migrated, { complaint: after }).filter(f => f.code === 'unanswered-paragraph' || f.code === 'unknown-paragraph');
      assert.deepStrictEqual(bad.map(f => f.message), []);
      const rewordedNew = amendment.reworded.map(n => amendment.renumbering.get(n)!);
      assert.deepStrictEqual(reviewed(m.text), [...rewordedNew, ...amendment.inserted].sort((a, b) => a - b));
    }), { numRuns: 12 });
  });

  it('names the amended complaint in the title and preamble, and keeps what it cannot place', () => {
    const before = parse(read('test/fixtures/amended/complaint.txt'));
    const after = parse(read('test/fixtures/amended/first-amended-complaint.txt'));
    const answer = parse(`UNITED STATES DISTRICT COURT\n\nMERIDIAN FREIGHT SOLUTIONS, INC., Plaintiff,\n\nv.\n\nBLUESTEM LOGISTICS LLC, Defendant.\n\nCase No. 1:25-cv-04410\n\nANSWER TO COMPLAINT\n\nDefendant Bluestem Logistics LLC ("Bluestem") answers the Complaint as follows.\n\n${before.paragraphs.filter(p => p.region === 'body' && p.number !== null).map(p => `${p.number}. Bluestem denies the allegations of Paragraph ${p.number}.`).join('\n\n')}\n\nBluestem denies each allegation of the Complaint not expressly admitted above.\n`);
    const m = migrateAnswer(answer, before, after);
    assert.match(m.text, /ANSWER TO FIRST AMENDED COMPLAINT/);
    assert.match(m.text, /answers the First Amended Complaint as follows/);
    assert.match(m.text, /Bluestem denies each allegation of the Complaint not expressly admitted above\./);
    assert.deepStrictEqual(m.dropped.map(d => d.oldTargets), [[16], [19]]);
    assert.deepStrictEqual(check(parse(m.text), { complaint: after }).filter(f => f.code === 'unanswered-paragraph' || f.code === 'unknown-paragraph').map(f => f.message), []);
  });
});

/** Real amendments: Kentucky cases filed before and after an amendment, read from ../shared/corpus. */
describe('real amended complaints (../shared/corpus/ky)', function () {
  const ky = path.resolve(root, '..', 'shared', 'corpus', 'ky');
  const load = (rel: string): Pleading => parse(fs.readFileSync(path.join(ky, rel), 'utf8'));
  before(function () {
    if (!fs.existsSync(path.join(ky, 'ky-jefferson-24ci5774-mva-amended'))) {
      console.log(`    skipped: the shared corpus is not at ${ky}`);
      this.skip();
    }
  });

  it('24-CI-005774: the amendment adds a second plaintiff (¶2) and makes ¶¶4-7 plural; the answer carries over', () => {
    const before = load('ky-jefferson-24ci5774-mva/complaint.txt');
    const after = load('ky-jefferson-24ci5774-mva-amended/complaint.txt');
    const c = compareComplaints(before, after);
    // Read from the two complaints: the amended one inserts the second plaintiff as ¶2; ¶¶3-6
    // become ¶¶4-7 with "Plaintiff" made "Plaintiffs" (and "his" "their"); ¶1 and ¶2→¶3 are the same.
    assert.deepStrictEqual(c.paragraphs.filter(p => p.change === 'new').map(p => p.newNumber), [2]);
    assert.deepStrictEqual(c.paragraphs.filter(p => p.reworded).map(p => p.newNumber), [4, 5, 6, 7]);
    for (const p of c.paragraphs.filter(x => x.reworded)) {
      assert.ok(p.redline!.filter(s => s.op === 'ins').every(s => /^(?:Plaintiffs’?|Plaintiffs have|they|their)\s*$/.test(s.text.trim()) || /Plaintiffs/.test(s.text)), `¶${p.newNumber}: ${JSON.stringify(p.redline!.filter(s => s.op !== 'same'))}`);
    }
    const m = migrateAnswer(load('ky-jefferson-24ci5774-mva/answer-driver.txt'), before, after);
    // The answer to the original groups "paragraphs 3 and 4" and "5 and 6": they now name 4 and 5, 6 and 7.
    assert.match(m.text, /allegations contained in paragraphs 4 and 5 of the Complaint/);
    assert.match(m.text, /allegations contained in paragraphs 6 and 7 of the Complaint/);
    assert.deepStrictEqual(m.added, [2]);
    const unanswered = check(parse(m.text), { complaint: after }).filter(f => f.code === 'unanswered-paragraph' && f.severity === 'error');
    assert.deepStrictEqual(unanswered.map(f => f.message), []);
  });

  it('22-CI-002878: the unknown driver named, a bad-faith COUNT IV added; a general-denial answer needs nothing, a numbered one carries over', () => {
    const before = load('ky-jefferson-22ci2878-hit-run/complaint.txt');
    const after = load('ky-jefferson-22ci2878-hit-run-amended/complaint.txt');
    const c = compareComplaints(before, after);
    // Read from the two complaints: a new ¶1 adopting the earlier pleading, "Unknown Driver" now
    // "Richard Poe" (¶¶5, 6, 15) among small rewordings of ¶¶2-7, and COUNT IV (¶¶17-20) new.
    assert.deepStrictEqual(c.paragraphs.filter(p => p.change === 'new').map(p => p.newNumber), [1, 17, 18, 19, 20]);
    assert.deepStrictEqual(c.paragraphs.filter(p => p.reworded).map(p => p.newNumber), [2, 3, 4, 5, 6, 7, 15]);
    assert.ok(c.paragraphs.find(p => p.newNumber === 5)!.redline!.some(s => s.op === 'ins' && /Richard Poe/.test(s.text)));
    assert.deepStrictEqual(c.counts.filter(x => x.change === 'new').map(x => x.newLabel), ['COUNT IV: BAD FAITH']);
    const general = migrateAnswer(load('ky-jefferson-22ci2878-hit-run/answer-allstate.txt'), before, after);
    assert.match(general.summary, /general denial and no response of its own: the denial answers the amended complaint too/);
    const owner = migrateAnswer(load('ky-jefferson-22ci2878-hit-run/answer-vehicle-owner.txt'), before, after);
    const migrated = parse(owner.text);
    // Its own numbering runs on (1, 2, 3 …), the responses name the new numbers, and the answer, which
    // repeats no COUNT headings, gets none.
    const numbers = migrated.paragraphs.filter(p => p.number !== null && p.region !== 'prayer').map(p => p.number);
    assert.deepStrictEqual(numbers, Array.from({ length: numbers.length }, (_, i) => i + 1));
    assert.match(owner.text, /allegations contained in paragraph 2\./);
    assert.ok(!/COUNT IV/.test(owner.text));
    const bad = check(migrated, { complaint: after }).filter(f => f.severity === 'error' || f.severity === 'warning');
    assert.deepStrictEqual(bad.map(f => f.message), []);
  });
});
