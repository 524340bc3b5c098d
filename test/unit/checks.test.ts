/** Each check on documents that must trigger it and documents that must not. */
import * as assert from 'assert';
import { check, parse } from '../../server/src/core';
import { definedTerm } from '../../server/src/core/checks/definedTerm';
import { duplicateResponse } from '../../server/src/core/checks/duplicateResponse';
import { headingSequence } from '../../server/src/core/checks/headingSequence';
import { incorporationRange } from '../../server/src/core/checks/incorporationRange';
import { paragraphMismatch } from '../../server/src/core/checks/paragraphMismatch';
import { paragraphNumbering } from '../../server/src/core/checks/paragraphNumbering';
import { punctuation } from '../../server/src/core/checks/punctuation';
import { applyReplace, assertMarked } from '../helpers/markers';

/** A run of paragraphs "N. In answer to Paragraph N, X denies." for N in [from, to]. */
function denials(from: number, to: number): string {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${n}. In answer to Paragraph ${n}, X denies the allegations.`);
  return out.join('\n\n');
}

describe('incorporation-range', () => {
  it('flags a range that includes the paragraph itself, and fixes it to end at N-1', () => {
    const { findings, text } = assertMarked(`
      ANSWER

      ${denials(1, 3)}

      4. In answer to Paragraph 4, X incorporates its responses to paragraphs 1-4, inclusive.
                                                                              ^^^ incorporation-range
    `, [incorporationRange]);
    const fixed = applyReplace(text, findings[0]);
    assert.match(fixed, /paragraphs 1-3, inclusive\./);
    assert.deepStrictEqual(check(parse(fixed), { checks: [incorporationRange] }), []);
  });

  it('flags a range that reaches later paragraphs, keeping the author\'s wording in the fix', () => {
    const { findings } = assertMarked(`
      1. Plaintiff is a bakery.

      2. Plaintiff repeats and realleges paragraphs 1 through 9 as if fully set forth herein.
                                                    ^^^^^^^^^^^ incorporation-range
    `, [incorporationRange]);
    assert.strictEqual((findings[0].data as { newText: string }).newText, '1');
  });

  it('flags a range that stops short of the preceding paragraph, unless it ends at a heading', () => {
    assertMarked(`
      ${denials(1, 5)}

      6. In answer to Paragraph 6, X incorporates its responses to paragraphs 1-3.
                                                                              ^^^ incorporation-range
    `, [incorporationRange]);
    assertMarked(`
      FACTS

      ${denials(1, 3)}

      COUNT I

      ${denials(4, 5)}

      COUNT II

      6. In answer to Paragraph 6, X incorporates its responses to paragraphs 1-3.
    `, [incorporationRange]);
  });

  it('flags a range that starts after 1 mid-section', () => {
    assertMarked(`
      ${denials(1, 5)}

      6. Plaintiff realleges paragraphs 3 through 5.
                                        ^^^^^^^^^^^ incorporation-range
    `, [incorporationRange]);
  });

  it('checks "the preceding N paragraphs" against the count that precede', () => {
    assertMarked(`
      ${denials(1, 3)}

      4. Plaintiff realleges the preceding 2 paragraphs.
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^ incorporation-range
      5. Plaintiff realleges the preceding 4 paragraphs.

      6. Plaintiff realleges the preceding paragraphs.
    `, [incorporationRange]);
  });

  it('accepts correct ranges in every phrasing', () => {
    assertMarked(`
      ${denials(1, 55)}

      56. In answer to Paragraph 56, X incorporates herein its admissions and denials to the allegations of paragraphs 1-55, inclusive.

      57. Plaintiff repeats and realleges ¶¶ 1–56 as if fully set forth herein.

      58. Plaintiff incorporates by reference paragraphs 1 through 57, inclusive.
    `, [incorporationRange]);
  });

  it('measures an unnumbered response against the paragraph it answers', () => {
    assertMarked(`
      ANSWER

      RESPONSE TO PARAGRAPH 24:

      Acme incorporates by reference its responses to paragraphs 1 through 24.
                                                                 ^^^^^^^^^^^^ incorporation-range
    `, [incorporationRange]);
  });
});

describe('paragraph-numbering', () => {
  it('flags skips, repeats and steps backwards once each', () => {
    assertMarked(`
      1. A.

      2. B.

      4. D.
      ^ paragraph-numbering
      5. E.

      5. E again.
      ^ paragraph-numbering
      6. F.

      7. G.

      6. H.
      ^ paragraph-numbering
      9. I.
    `, [paragraphNumbering]);
  });

  it('accepts a grouped unnumbered response that covers the gap', () => {
    assertMarked(`
      ANSWER

      1. Admitted.

      Paragraphs 2 through 4 are denied.

      5. Denied.
    `, [paragraphNumbering]);
  });

  it('restarts at 1 in counterclaims', () => {
    assertMarked(`
      ANSWER AND COUNTERCLAIMS

      1. Admitted.

      2. Denied.

      COUNTERCLAIMS

      1. Acme is a corporation.

      3. Acme sells widgets.
      ^ paragraph-numbering
    `, [paragraphNumbering]);
  });

  it('carries a renumber fix from the first wrong paragraph', () => {
    const [f] = check(parse('1. A.\n\n3. C.\n\n4. D.\n'), { checks: [paragraphNumbering] });
    assert.deepStrictEqual(f.data, { kind: 'renumber', from: 2, paragraphIndex: 1 });
  });
});

describe('paragraph-mismatch', () => {
  it('flags a response to another paragraph where the answer tracks numbers one to one', () => {
    const { findings, text } = assertMarked(`
      ANSWER

      ${denials(1, 3)}

      4. In answer to Paragraph 5, X denies the allegations.
                      ^^^^^^^^^^^ paragraph-mismatch
      ${denials(5, 6)}
    `, [paragraphMismatch]);
    assert.match(applyReplace(text, findings[0]), /4\. In answer to Paragraph 4, X denies/);
  });

  it('stays quiet when the answer does not track the complaint\'s numbers', () => {
    assertMarked(`
      ANSWER

      1. In answer to Paragraph 3, X denies.

      2. In answer to Paragraph 4, X denies.

      3. In answer to Paragraph 5, X denies.
    `, [paragraphMismatch]);
  });
});

describe('duplicate-response', () => {
  it('flags a second response to the same complaint paragraph', () => {
    assertMarked(`
      ANSWER

      RESPONSE TO PARAGRAPH 1:

      Admitted.

      RESPONSE TO PARAGRAPH 2:

      Denied.

      RESPONSE TO PARAGRAPH 2:
                  ^^^^^^^^^^^ duplicate-response
      Admitted.
    `, [duplicateResponse]);
  });

  it('leaves numbering repeats and mismatches to their own checks', () => {
    assertMarked(`
      ANSWER

      ${denials(1, 4)}

      5. In answer to Paragraph 4, X denies.

      5. Denied.
    `, [duplicateResponse]);
  });
});

describe('heading-sequence', () => {
  it('flags skipped and repeated COUNTs, causes of action, sections and defenses', () => {
    const { findings } = assertMarked(`
      I. PARTIES

      1. A.

      III. FACTS
      ^^^^^^^^^^ heading-sequence
      2. B.

      COUNT I

      3. C.

      COUNT I
      ^^^^^^^ heading-sequence
      4. D.

      FIRST AFFIRMATIVE DEFENSE

      Laches.

      THIRD AFFIRMATIVE DEFENSE
      ^^^^^^^^^^^^^^^^^^^^^^^^^ heading-sequence
      Waiver.
    `, [headingSequence]);
    assert.deepStrictEqual(findings.map(f => (f.data as { newText: string }).newText), ['II', 'II', 'SECOND']);
  });

  it('accepts correct sequences in every numeral style', () => {
    assertMarked(`
      COUNT ONE

      1. A.

      COUNT TWO

      2. B.

      FIRST CAUSE OF ACTION

      3. C.

      SECOND CAUSE OF ACTION

      4. D.
    `, [headingSequence]);
  });
});

describe('defined-term', () => {
  const preamble = 'Defendant Coastal Ovens Corporation ("Coastal") and Plaintiff LivePerson, Inc. ("LivePerson") and [24]7 Customer, Inc. ("[24]7").';
  const uses = 'Coastal denies. Coastal admits. Coastal states. LivePerson sued. LivePerson alleges. LivePerson says. [24]7 denies. [24]7 admits. [24]7 states.';

  it('flags near misses of defined names, possessives included', () => {
    const { findings } = assertMarked(`
      ${preamble}

      1. ${uses}

      2. Coastel denies that [24]’s technology harmed Liveperson.
         ^^^^^^^ defined-term
                             ^^^^ defined-term
                                                      ^^^^^^^^^^ defined-term
    `, [definedTerm]);
    assert.deepStrictEqual(findings.map(f => (f.data as { newText: string }).newText), ['Coastal', '[24]7', 'LivePerson']);
  });

  it('needs the term used three times, its definition included, before a rare word is its near miss', () => {
    const once = 'Defendant Seaside Ovens Corporation ("Coastal") answers.\n\n1. Coastal denies.\n\n2. Coastel admits.\n';
    assertMarked(once, [definedTerm]);
    assertMarked(`${once}\n3. Coastal states.\n`.replace('2. Coastel admits.', '2. Coastel admits.\n   ^^^^^^^ defined-term'), [definedTerm]);
  });

  it('does not flag plurals, possessives, capitals, the caption or ordinary words', () => {
    assertMarked(`
      COASTAL OVENS CORPORATION,

      Defendant.

      ANSWER

      ${preamble}

      1. ${uses} Coastal's ovens and LivePerson’s chat and [24]7's agents; COASTAL and LIVEPERSON in capitals; 24/7 service; coastal weather.
    `, [definedTerm]);
  });
});

describe('punctuation', () => {
  it('flags doubled punctuation and a paragraph without closing punctuation', () => {
    const { findings } = assertMarked(`
      1. X lacks knowledge of Paragraph 80,, and therefore denies.
                                          ^^ punctuation
      2. X denies each and every allegation, in any manner, or at all
                                                                  ^^^ punctuation
      3. X refers to the statute, 17 U.S.C. § 101 *et seq.*

      4. X says "yes."

      5. X says... nothing.
    `, [punctuation]);
    assert.deepStrictEqual(findings.map(f => f.severity), ['information', 'information']);
  });
});

describe('rule settings', () => {
  it('turns a rule off or changes its severity', () => {
    const p = parse('1. A.\n\n3. C,,\n');
    assert.deepStrictEqual(check(p, { rules: { punctuation: 'off' } }).map(f => f.code), ['paragraph-numbering']);
    assert.deepStrictEqual(check(p, { rules: { 'paragraph-numbering': 'hint', punctuation: 'off' } }).map(f => f.severity), ['hint']);
  });

  it('keeps going when one check throws, and says so', () => {
    const broken = { code: 'broken', description: '', severity: 'error' as const, run: () => { throw new Error('boom'); } };
    const findings = check(parse('1. A.\n\n3. C.\n'), { checks: [broken, paragraphNumbering] });
    assert.deepStrictEqual(findings.map(f => f.code).sort(), ['internal-error', 'paragraph-numbering']);
    assert.match(findings.find(f => f.code === 'internal-error')!.message, /broken check failed: boom/);
  });
});
