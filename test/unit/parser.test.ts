/** The parser on small documents written in many house styles. */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { parse, type Pleading } from '../../server/src/core';
import { ReferenceScanner } from '../../server/src/core/parse/references';
import { dedent } from '../helpers/markers';

const numbers = (p: Pleading) => p.paragraphs.map(x => x.number);
const bodyOf = (p: Pleading, n: number) => p.paragraphs.find(x => x.number === n)!.body.replace(/\s+/g, ' ');

describe('parser: caption', () => {
  it('reads court, parties, case number, title and kind from a federal caption', () => {
    const p = parse(dedent(`
      UNITED STATES DISTRICT COURT
      DISTRICT OF OREGON

      HARBOR LANE BAKERY, LLC,

                Plaintiff,

      v.

      COASTAL OVENS CORPORATION,

                Defendant.

      Case No. 3:26-cv-01234-XYZ

      ANSWER AND AFFIRMATIVE DEFENSES
      TO FIRST AMENDED COMPLAINT

      Defendant Coastal Ovens Corporation ("Coastal") answers as follows:

      1. Admitted.
    `));
    assert.strictEqual(p.caption.court?.text, 'UNITED STATES DISTRICT COURT DISTRICT OF OREGON');
    assert.deepStrictEqual(p.caption.parties.map(x => [x.name, x.role]), [['HARBOR LANE BAKERY, LLC', 'Plaintiff'], ['COASTAL OVENS CORPORATION', 'Defendant']]);
    assert.strictEqual(p.caption.caseNumber?.text, '3:26-cv-01234-XYZ');
    assert.strictEqual(p.caption.title?.text, 'ANSWER AND AFFIRMATIVE DEFENSES TO FIRST AMENDED COMPLAINT');
    assert.strictEqual(p.kind, 'answer');
    assert.strictEqual(p.answers, 'FIRST AMENDED COMPLAINT');
    assert.deepStrictEqual(numbers(p), [1]);
  });

  it('tells complaints from answers by title', () => {
    for (const [title, kind] of [['SECOND AMENDED COMPLAINT', 'complaint'], ['COMPLAINT FOR DAMAGES', 'complaint'], ['ANSWER', 'answer'],
      ["DEFENDANT'S ANSWER TO PLAINTIFF'S COMPLAINT", 'answer'], ['COUNTERCLAIM', 'complaint'], ['REPLY TO COUNTERCLAIMS', 'answer']] as const) {
      assert.strictEqual(parse(`Case No. 1:25-cv-1\n\n${title}\n\n1. Text.\n`).kind, kind, title);
    }
  });

  it('infers the kind from the responses when there is no title', () => {
    assert.strictEqual(parse('1. Admitted.\n\n2. Denied.\n\n3. Defendant denies the allegations.\n').kind, 'answer');
    assert.strictEqual(parse('1. Plaintiff is a bakery.\n\n2. Defendant sells ovens.\n\n3. The oven broke.\n').kind, 'complaint');
  });

  it('reads defined short names with straight and curly quotes, and their full names', () => {
    const p = parse('Defendant [24]7 Customer, Inc. (“[24]7” or “Defendant”), and Plaintiff LivePerson, Inc. ("LivePerson") and the agreement (the "MSA") (aka “chat”).\n');
    assert.deepStrictEqual(p.definedTerms.map(t => [t.term, t.fullName]), [
      ['[24]7', '[24]7 Customer, Inc.'], ['Defendant', '[24]7 Customer, Inc.'], ['LivePerson', 'LivePerson, Inc.'], ['MSA', undefined],
    ]);
  });
});

describe('parser: numbered paragraphs', () => {
  it('continues a paragraph across a blank line left by a page break', () => {
    const p = parse('3. In answer to Paragraph 3, X admits that its operators would\n\ncommunicate directly with consumers.\n\n4. Denied.\n');
    assert.deepStrictEqual(numbers(p), [3, 4]);
    assert.match(bodyOf(p, 3), /would communicate directly/);
  });

  it('reads "1.Text" with no space, escaped "12\\." and a number alone on its line', () => {
    const p = parse('1.Plaintiff is a bakery.\n\n2\\. Defendant sells ovens.\n\n3.\nThe oven broke.\n');
    assert.deepStrictEqual(numbers(p), [1, 2, 3]);
    assert.strictEqual(bodyOf(p, 3), 'The oven broke.');
  });

  it('skips page footers, page numbers and HTML comments inside a paragraph', () => {
    const p = parse('1. The parties met in\n\n- 12 -\n\nPage 3 of 17\n<!-- page 4 -->\nCOMPLAINT - 4\n\nPortland in May.\n\n2. Next.\n');
    assert.deepStrictEqual(numbers(p), [1, 2]);
    assert.strictEqual(bodyOf(p, 1), 'The parties met in Portland in May.');
    assert.strictEqual(p.artifacts.length, 4);
  });

  it('does not take a wrapped line that starts with a year for a paragraph', () => {
    const p = parse('4. The parties entered into a second contract in early\n2007. That agreement was renewed.\n\n5. Next.\n');
    assert.deepStrictEqual(numbers(p), [4, 5]);
    assert.match(bodyOf(p, 4), /early 2007\. That agreement/);
  });

  it('keeps sub-items (a), (b) inside their paragraph', () => {
    const p = parse('10. Defendant:\n(a) failed to pay;\n(b) failed to deliver.\n\n11. Next.\n');
    assert.deepStrictEqual(numbers(p), [10, 11]);
    assert.match(bodyOf(p, 10), /\(b\) failed to deliver/);
  });

  it('does not take prayer items after WHEREFORE or claim lists in the caption for paragraphs', () => {
    const p = parse(dedent(`
      SUPERIOR COURT OF THE STATE OF CALIFORNIA
      Case No. RG26-1

      COMPLAINT FOR DAMAGES

      1. Breach of Contract;
      2. Fraud

      1. Plaintiff is a caterer.

      2. Defendant owns halls.

      WHEREFORE, Plaintiff prays for judgment as follows:

      1. For damages of $125,000.00;
      2. For costs.

      Dated: May 1, 2026
    `));
    assert.deepStrictEqual(numbers(p), [1, 2]);
    assert.match(p.prayer!.text, /^WHEREFORE[\s\S]*For costs\.$/);
    assert.match(p.signature!.text, /^Dated: May 1, 2026$/);
  });

  it('restarts numbering in counterclaims and keeps numbered defenses apart', () => {
    const p = parse(dedent(`
      ANSWER AND COUNTERCLAIMS

      1. Admitted.

      2. Denied.

      AFFIRMATIVE DEFENSES

      3. The Complaint fails to state a claim.

      4. The claims are time-barred.

      COUNTERCLAIMS

      1. Counterclaim-Plaintiff is a corporation.
    `));
    assert.deepStrictEqual(p.paragraphs.map(x => `${x.region}:${x.number}`), ['body:1', 'body:2', 'defenses:3', 'defenses:4', 'counterclaim:1']);
    assert.deepStrictEqual(p.defenses.map(d => d.number), [1, 2]);
  });
});

describe('parser: control characters', () => {
  it('trims stray control characters from lines, as from text taken from PDFs', () => {
    const p = parse('COMPLAINT\n\n1. Plaintiff is a company.\n\n\u00012. Defendant sold goods.\n\n3. Defendant shipped them.\u0000\n');
    assert.deepStrictEqual(p.paragraphs.map(x => x.number), [1, 2, 3]);
    assert.strictEqual(p.paragraphs[2].body, 'Defendant shipped them.');
  });
});

describe('parser: headings', () => {
  it('reads COUNT headings in roman, arabic and word numerals with their title lines', () => {
    const p = parse('COUNT I\n\nCopyright Infringement, 17 U.S.C. § 101 et seq.\n\n1. A.\n\nCOUNT 2 – Breach of Contract\n\n2. B.\n\nCOUNT THREE\n(Fraud)\n(Against All Defendants)\n\n3. C.\n');
    const counts = p.headings.filter(h => h.kind === 'count');
    assert.deepStrictEqual(counts.map(h => [h.number, h.numeralStyle, h.title?.text]), [
      [1, 'roman', 'Copyright Infringement, 17 U.S.C. § 101 et seq.'], [2, 'arabic', 'Breach of Contract'], [3, 'word', 'Fraud'],
    ]);
    assert.deepStrictEqual(p.paragraphs.map(x => x.count), [0, 1, 2]);
  });

  it('reads the label-first claim headings ("CLAIM ONE", "CAUSE OF ACTION NO. 2", "CLAIM FOR RELIEF NO. 3") and "Count IV – Negligence" in title case, not a sentence that starts with "Count I:"', () => {
    const p = parse('COMPLAINT\n\n1. A.\n\nCLAIM ONE\n\n2. B.\n\nCAUSE OF ACTION NO. 2\n\n3. C.\n\nCLAIM FOR RELIEF NO. 3\n\n4. D.\n\nCount IV – Negligence\n\n5. E.\n');
    assert.deepStrictEqual(p.headings.filter(h => h.kind === 'count').map(h => [h.number, h.title?.text ?? null]), [[1, null], [2, null], [3, null], [4, 'Negligence']]);
    assert.deepStrictEqual(p.paragraphs.map(x => x.count >= 0 ? p.headings[x.count].number : null), [null, 1, 2, 3, 4]);
    const answer = parse('ANSWER\n\n1. Admitted.\n\nCount I: Defendant denies the allegations of Count I.\n\n2. Denied.\n');
    assert.deepStrictEqual(answer.headings.filter(h => h.kind === 'count'), []);
  });

  it('reads New York defense headings ("AS AND FOR A FIRST AFFIRMATIVE DEFENSE")', () => {
    const p = parse('ANSWER\n\n1. Denied.\n\nAS AND FOR A FIRST AFFIRMATIVE DEFENSE\n\n2. The complaint fails to state a cause of action.\n\nAS AND FOR A SECOND AFFIRMATIVE DEFENSE\n\n3. Laches.\n');
    assert.deepStrictEqual(p.defenses.map(d => d.number), [1, 2]);
    assert.deepStrictEqual(p.paragraphs.map(x => `${x.region}:${x.number}`), ['body:1', 'defenses:2', 'defenses:3']);
  });

  it('reads count headings with a lead ("AS AND FOR A FIRST CAUSE OF ACTION", "AS TO THE SECOND COUNT") and keeps "AS TO THE PARTIES" a section', () => {
    const p = parse('ANSWER\n\nAS TO THE PARTIES\n\n1. Admitted.\n\nAS TO THE FIRST COUNT\n\n2. Denied.\n\nANSWERING THE SECOND CAUSE OF ACTION\n\n3. Denied.\n\nRESPONSE TO COUNT III\n\n4. Denied.\n\nAs to the fourth count, Defendant denies it.\n');
    assert.deepStrictEqual(p.headings.map(h => [h.kind, h.number ?? null]), [['section', null], ['count', 1], ['count', 2], ['count', 3]]);
    const c = parse('COMPLAINT\n\nAS AND FOR A FIRST CAUSE OF ACTION\n\n1. A.\n\nAS AND FOR A SECOND CAUSE OF ACTION\n\n2. B.\n');
    assert.deepStrictEqual(c.headings.filter(h => h.kind === 'count').map(h => h.number), [1, 2]);
  });

  it("reads Pennsylvania's NEW MATTER as the defenses, not counting the paragraph that incorporates the answer", () => {
    const p = parse('ANSWER AND NEW MATTER\n\n1. Admitted.\n\n2. Denied.\n\nNEW MATTER\n\n3. Defendant incorporates by reference paragraphs 1 through 2 of its Answer as though fully set forth herein.\n\n4. The claim is barred by the statute of limitations.\n\n5. Plaintiff failed to mitigate damages.\n');
    assert.deepStrictEqual(p.headings.map(h => h.kind), ['defenses']);
    assert.deepStrictEqual(p.paragraphs.map(x => `${x.region}:${x.number}`), ['body:1', 'body:2', 'defenses:3', 'defenses:4', 'defenses:5']);
    assert.strictEqual(p.defenses.length, 2);
  });

  it('reads a Texas answer: Roman-numbered defenses heading, a numbered Rule 92 general denial, and paragraphs numbered on their own', () => {
    const p = parse("DEFENDANT'S ORIGINAL ANSWER\n\nI. GENERAL DENIAL\n\n1. Pursuant to Rule 92, Defendant generally denies each and every, all and singular, the material allegations contained in Plaintiff's Original Petition.\n\nII. VERIFIED DENIALS\n\n2. Defendant denies that it is liable in the capacity in which it is sued.\n\nIII. AFFIRMATIVE DEFENSES\n\n3. Plaintiff failed to mitigate her damages.\n\n4. Defendant is entitled to an offset.\n\nIV. PRAYER\n\nWHEREFORE, Defendant prays that Plaintiff take nothing.\n");
    assert.deepStrictEqual(p.headings.map(h => [h.kind, h.number]), [['section', 1], ['section', 2], ['defenses', 3], ['prayer', 4]]);
    assert.strictEqual(p.tracksComplaint, false);
    assert.deepStrictEqual(p.paragraphs.map(x => [x.region, x.number, x.response?.kind ?? null, x.response?.targets ?? null]), [
      ['body', 1, 'deny', []], ['body', 2, 'deny', []], ['defenses', 3, null, null], ['defenses', 4, null, null],
    ]);
    assert.strictEqual(p.defenses.length, 2);
  });

  it('reads the next numbered paragraph under a JURY DEMAND heading', () => {
    const p = parse('PETITION\n\nI. FACTS\n\n1. Plaintiff bought a furnace.\n\nII. JURY DEMAND\n\n2. Plaintiff demands a jury trial and tenders the fee.\n\nIII. PRAYER\n\nWHEREFORE, Plaintiff prays for judgment.\n');
    assert.deepStrictEqual(p.paragraphs.map(x => x.number), [1, 2]);
    assert.deepStrictEqual(p.headings.map(h => [h.kind, h.number]), [['section', 1], ['jury-demand', 2], ['prayer', 3]]);
  });

  it('reads cause-of-action ordinals and Markdown headings', () => {
    const p = parse('## PARTIES\n\n1. A.\n\nTWENTY-FIRST CAUSE OF ACTION\n(Negligence)\n\n2. B.\n\n### First Defense\n\nThe Complaint fails to state a claim.\n');
    assert.deepStrictEqual(p.headings.map(h => [h.kind, h.number ?? null, h.title?.text ?? null]), [
      ['section', null, null], ['count', 21, 'Negligence'], ['defense', 1, null],
    ]);
    assert.strictEqual(p.defenses[0].bodySpan.end > p.defenses[0].bodySpan.start, true);
  });

  it('reads Roman-numeral sections but not capitalised prose', () => {
    const p = parse('II. GENERAL ALLEGATIONS\n\n1. The parties met in\nNEW YORK CITY on Tuesday.\n\nPLAINTIFF DEMANDS DAMAGES FROM DEFENDANT.\n');
    assert.deepStrictEqual(p.headings.map(h => [h.kind, h.number]), [['section', 2]]);
    assert.match(bodyOf(p, 1), /NEW YORK CITY on Tuesday\. PLAINTIFF DEMANDS/);
  });

  it('reads affirmative defense headings with a (Title) line and their bodies across page breaks', () => {
    const p = parse('AFFIRMATIVE DEFENSES\n\nFIRST AFFIRMATIVE DEFENSE\n(Failure to State a Claim)\n\nThe Complaint, and each claim therein,\n\nfails to state any claim.\n\nSECOND AFFIRMATIVE DEFENSE\n(Laches)\n\nBarred by laches.\n');
    assert.deepStrictEqual(p.defenses.map(d => [d.number, d.title]), [[1, 'Failure to State a Claim'], [2, 'Laches']]);
    assert.match(p.text.slice(p.defenses[0].bodySpan.start, p.defenses[0].bodySpan.end), /^The Complaint[\s\S]*fails to state any claim\.$/);
  });
});

describe('parser: responses', () => {
  const answer = (body: string) => parse(`ANSWER\n\n${body}\n`).paragraphs;

  it('reads targets from the phrasings answers use', () => {
    const cases: [string, number[]][] = [
      ['17. In answer to Paragraph 17, X denies.', [17]],
      ['17. Answering paragraph 17 of the Complaint, X denies.', [17]],
      ['RESPONSE TO PARAGRAPH 17:\n\nDenied.', [17]],
      ['17. Defendant admits the allegations of paragraph 17 of the complaint.', [17]],
      ['17. With respect to Paragraph 17, X admits.', [17]],
      ['17. Denied.', [17]],
      ['Paragraphs 18 through 20 are denied.', [18, 19, 20]],
      ['RESPONSE TO PARAGRAPHS 7 AND 8:\n\nAdmitted.', [7, 8]],
      ['3. Denies each and every allegation contained in paragraphs "4", "5" and "6" of the Verified Complaint.', [4, 5, 6]],
    ];
    for (const [text, targets] of cases) assert.deepStrictEqual(answer(text)[0]?.response?.targets, targets, text);
  });

  it('reads unnumbered responses led by the paragraph they answer, emphasis around the lead or the line', () => {
    const text = [
      '**AS TO PARAGRAPH 1:** X lacks knowledge or information sufficient to form a belief about the truth of the allegations.',
      '**RESPONSE TO PARAGRAPH 2:** Admitted.',
      'With respect to Paragraph 3, X denies the allegations.',
      'Regarding paragraphs 4 and 5, X admits them.',
      '**As for Paragraph 6, X denies.**',
    ].join('\n\n');
    assert.deepStrictEqual(answer(text).map(p => [p.number, p.response?.targets, p.response?.kind]), [
      [null, [1], 'lack-knowledge'], [null, [2], 'admit'], [null, [3], 'deny'], [null, [4, 5], 'admit'], [null, [6], 'deny'],
    ]);
  });

  it('classifies response kinds', () => {
    const cases: [string, string][] = [
      ['1. Admitted.', 'admit'],
      ['1. X denies each and every allegation of Paragraph 1.', 'deny'],
      ['1. X lacks knowledge or information sufficient to form a belief as to the truth of the allegations, and therefore denies them.', 'lack-knowledge'],
      ['1. X admits that it is a corporation. Except as so admitted, X denies the allegations.', 'partial'],
      ['1. Admitted in part; denied in part.', 'partial'],
      ['1. In answer to Paragraph 1, X incorporates its responses to paragraphs 1-55.', 'incorporation'],
      ['1. Paragraph 1 states legal conclusions to which no response is required. To the extent a response is required, X denies.', 'no-response-required'],
      ['1. Denies knowledge or information sufficient to form a belief as to the allegations of paragraph "1".', 'lack-knowledge'],
      ['1. In answer to Paragraph 1, the document speaks for itself.', 'other'],
      ['1. In answer to Paragraph 1, X neither admits nor denies the allegations.', 'other'],
    ];
    for (const [text, kind] of cases) assert.strictEqual(answer(text)[0].response?.kind, kind, text);
  });

  it('does not mistake "incorporated" in a contract for an incorporation paragraph', () => {
    const [p] = answer('28. In answer to Paragraph 28, X admits that the MSA incorporated the confidentiality obligations set forth in Paragraph 28. Except as so admitted, X denies.');
    assert.strictEqual(p.response?.kind, 'partial');
  });

  it('recognises a California general denial', () => {
    const [p] = answer('GENERAL DENIAL\n\nUnder CCP § 431.30(d), Defendant generally denies each and every allegation of the Complaint.');
    assert.strictEqual(p.response?.general, true);
    assert.strictEqual(p.response?.kind, 'deny');
  });
});

describe('parser: references', () => {
  const refsOf = (sentence: string) => parse(`1. ${sentence}\n`).paragraphs[0].references.map(r => r.preceding ? `preceding${r.preceding.count ?? ''}` : r.ranges.map(g => `${g.from}-${g.to}`).join(','));

  it('reads ranges, lists and "preceding" forms', () => {
    assert.deepStrictEqual(refsOf('See paragraphs 1-55, inclusive.'), ['1-55']);
    assert.deepStrictEqual(refsOf('See paragraphs 1 through 55.'), ['1-55']);
    assert.deepStrictEqual(refsOf('See ¶¶ 1–55.'), ['1-55']);
    assert.deepStrictEqual(refsOf('See paragraphs 1 to 55.'), ['1-55']);
    assert.deepStrictEqual(refsOf('See Paragraphs 5, 7 and 9.'), ['5-5,7-7,9-9']);
    assert.deepStrictEqual(refsOf('Realleges the preceding paragraphs.'), ['preceding']);
    assert.deepStrictEqual(refsOf('Realleges the preceding 23 paragraphs.'), ['preceding23']);
    assert.deepStrictEqual(refsOf('Realleges each of the foregoing paragraphs.'), ['preceding']);
    // An answer's own responses to them.
    assert.deepStrictEqual(refsOf('Defendant re-adopts and reaffirms each of its responses above.'), ['preceding']);
    assert.deepStrictEqual(refsOf('Defendant repeats its foregoing answers.'), ['preceding']);
  });

  it('ignores DOES, dates, amounts, statutes, rules and other documents\' paragraphs', () => {
    assert.deepStrictEqual(refsOf('DOES 1 through 10 on May 5, 2020 paid $1,000 under 28 U.S.C. § 1331 and Rule 12(b)(6), as paragraph 5 of the Agreement requires.'), []);
  });

  it('stops a range at words that are not numbers', () => {
    assert.deepStrictEqual(refsOf('X denies Paragraph 4 to the extent it implies otherwise.'), ['4-4']);
  });

  it('reads each body on its own: nothing after a body decides its references', () => {
    // A body ending in a reference, then the next paragraph: the list stops at the body's end and
    // the next body's words do not make it "another document's" paragraph.
    const p = parse('1. X realleges paragraphs 1 and\n\n2. Of the Agreement, X says paragraph 1 through\n\n3. Denied.\n');
    assert.deepStrictEqual(p.paragraphs.map(x => x.references.map(r => r.ranges.map(g => `${g.from}-${g.to}`).join(','))), [['1-1'], ['1-1'], []]);
    // Every reference lies inside its paragraph's body.
    for (const x of p.paragraphs) for (const r of x.references) assert.ok(r.span.start >= x.bodySpan.start && r.span.end <= x.bodySpan.end);
  });

  it('finds "the preceding paragraphs" in every body that has them, many bodies apart', () => {
    const lines: string[] = [];
    for (let n = 1; n <= 60; n++) lines.push(n % 20 === 0 ? `${n}. X repeats the preceding paragraphs above.` : `${n}. Prior events are described above.`);
    const p = parse(`${lines.join('\n\n')}\n`);
    assert.deepStrictEqual(p.paragraphs.filter(x => x.references.some(r => r.preceding)).map(x => x.number), [20, 40, 60]);
  });
});

describe('parser: the reference scanner', () => {
  // After an edit the memo'd parse reads only the paragraphs the edit touched: the scanner is asked
  // about a few ranges far apart, not every range in order. Each range must read the same either way.
  const words = ['the preceding paragraphs', 'ALL OF THE FOREGOING PARAGRAPHS', 'each of the above 3 paragraphs', 'the Previous 12 paragraphs',
    'the prior allegations', 'the paragraphs above', 'paragraphs 1-4', 'Paragraph 7', 'Prior', 'above', 'denies', 'x', '.', ' ', '\n'];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 80 }).map(ws => ws.join(' '));

  it('reads a range the same whether it is read in order with the others or on its own', () => {
    fc.assert(fc.property(text, fc.array(fc.boolean(), { maxLength: 100 }), (t, skips) => {
      const ranges: [number, number][] = [];
      for (let start = 0; start < t.length;) {
        const lf = t.indexOf('\n', start);
        const end = lf < 0 ? t.length : lf;
        ranges.push([start, end]);
        start = end + 1;
      }
      const inOrder = new ReferenceScanner(t);
      const all = ranges.map(([a, b]) => JSON.stringify(inOrder.referencesIn(a, b)));
      const skipping = new ReferenceScanner(t);
      ranges.forEach(([a, b], k) => {
        if (skips[k % Math.max(1, skips.length)]) return;
        assert.strictEqual(JSON.stringify(skipping.referencesIn(a, b)), all[k], JSON.stringify(t.slice(a, b)));
        assert.strictEqual(JSON.stringify(new ReferenceScanner(t).referencesIn(a, b)), all[k]);
      });
    }), { numRuns: 300 });
  });

  it('finds "preceding" forms in any case, read on their own', () => {
    const t = 'x\nRealleges ALL OF THE FOREGOING PARAGRAPHS.\ny\nRepeats each of the Above paragraphs.\n';
    const scanner = new ReferenceScanner(t);
    const second = t.indexOf('Realleges');
    assert.strictEqual(scanner.referencesIn(second, t.indexOf('\n', second)).filter(r => r.preceding).length, 1);
    const fourth = t.indexOf('Repeats');
    assert.strictEqual(scanner.referencesIn(fourth, t.indexOf('\n', fourth)).filter(r => r.preceding).length, 1);
  });
});

describe('parser: never throws', () => {
  it('returns a model for empty, binary-looking and odd input', () => {
    for (const text of ['', '\n', '\uFEFF', '\u0000\u0001\u0002', '1.', '(((((', '\r\r\r1. x\r', 'COUNT', '\uD800 lone surrogate', 'WHEREFORE'.repeat(1000)]) {
      const p = parse(text);
      assert.strictEqual(p.parseError, undefined, JSON.stringify(text));
      assert.strictEqual(p.text, text);
    }
  });

  it('handles CRLF line endings with exact spans', () => {
    const text = 'ANSWER\r\n\r\n1. Admitted.\r\n\r\n2. Denied.\r\n';
    const p = parse(text);
    assert.deepStrictEqual(numbers(p), [1, 2]);
    assert.strictEqual(text.slice(p.paragraphs[1].span.start, p.paragraphs[1].span.end), '2. Denied.');
  });
});
