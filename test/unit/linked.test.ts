/** Checks and drafting that need the complaint: coverage, unknown paragraphs, counts, incorporation. */
import * as assert from 'assert';
import { check, draftAnswer, insertionEdit, learnPhrasing, parse, responseBlock } from '../../server/src/core';
import { amendmentRank, sameCase } from '../../server/src/core/caseNumber';
import { countMismatch } from '../../server/src/core/checks/countMismatch';
import { incorporationRange } from '../../server/src/core/checks/incorporationRange';
import { unansweredParagraph } from '../../server/src/core/checks/unansweredParagraph';
import { unknownParagraph } from '../../server/src/core/checks/unknownParagraph';
import { insertionFor } from '../../server/src/core/drafting/insertResponse';
import { readFixture } from '../helpers/fixtures';
import { assertMarked, dedent } from '../helpers/markers';

const complaint = parse(dedent(`
  COMPLAINT

  FACTS

  1. Coastal sold Harbor Lane an oven.

  2. The oven broke.

  3. Coastal refused to fix it.

  COUNT I

  Breach of Contract

  4. Harbor Lane realleges paragraphs 1 through 3.

  5. Coastal breached the contract.

  COUNT II

  Negligence

  6. Harbor Lane realleges paragraphs 1 through 3.

  7. Coastal was negligent.
`));

describe('unanswered-paragraph', () => {
  it('flags each complaint paragraph with no response, where the response belongs', () => {
    const { findings, text } = assertMarked(`
      ANSWER

      1. In answer to Paragraph 1, Coastal admits that it sold an oven.

      ^ unanswered-paragraph
      3. In answer to Paragraph 3, Coastal denies the allegations.
      4. In answer to Paragraph 4, Coastal incorporates its responses to paragraphs 1 through 3.

      5. In answer to Paragraph 5, Coastal denies the allegations.

      6. In answer to Paragraph 6, Coastal incorporates its responses to paragraphs 1 through 3.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unanswered-paragraph
    `, [unansweredParagraph], complaint);
    assert.match(findings[0].message, /^Paragraph 2 of the complaint is not answered: “The oven broke\.”$/);
    assert.match(findings[1].message, /^Paragraph 7 of the complaint/);
    // ¶2's runs from the blank line where its response belongs through the number of the next.
    assert.strictEqual(text.slice(findings[0].span.start, findings[0].span.end), '\n3');
    // ¶7's response goes right after the end of ¶6's text.
    const end6 = text.indexOf('\n', text.indexOf('6. In answer to Paragraph 6'));
    assert.deepStrictEqual(findings[1].data, { kind: 'insert-response', number: 7, at: end6, after: true });
  });

  it('counts grouped, unnumbered and general-denial responses', () => {
    assertMarked(`
      ANSWER

      1. Admitted.

      Paragraphs 2 through 5 are denied.

      RESPONSE TO PARAGRAPHS 6 AND 7:

      Denied.
    `, [unansweredParagraph], complaint);
    // A general denial alone answers everything: one note on it, not one per paragraph.
    const general = check(parse('ANSWER\n\nGENERAL DENIAL\n\nDefendant generally denies each and every allegation of the Complaint.\n'), { complaint, checks: [unansweredParagraph] });
    assert.deepStrictEqual(general.map(f => [f.severity, f.message]), [
      ['information', `The complaint's ${complaint.paragraphs.length} paragraphs are answered only by the general denial in the answer.`],
    ]);
  });

  it('shows paragraphs left to a catch-all general denial as information naming it (FRCP 8(b)(3))', () => {
    const findings = check(parse(dedent(`
      ANSWER

      1. Admitted.

      2. Denied.

      3. Defendant denies all allegations of the Complaint not specifically admitted above.
    `)), { complaint, checks: [unansweredParagraph] });
    assert.ok(findings.length > 0);
    for (const f of findings) {
      assert.strictEqual(f.severity, 'information');
      assert.match(f.message, /^Paragraph \d+ of the complaint is answered only by the general denial in ¶3: “/);
    }
    assert.ok(!findings.some(f => /^Paragraph [12] /.test(f.message)));
  });

  it('inserts a response in the answer\'s own phrasing that only adds text and clears the finding', () => {
    const text = dedent(`
      ANSWER

      Defendant Coastal Ovens Corporation ("Coastal") answers as follows:

      1. In answer to Paragraph 1, Coastal admits the allegations of Paragraph 1.

      3. In answer to Paragraph 3, Coastal denies each and every allegation of Paragraph 3.

      4. In answer to Paragraph 4, Coastal incorporates its responses to paragraphs 1 through 3.

      5. In answer to Paragraph 5, Coastal denies each and every allegation of Paragraph 5.

      6. In answer to Paragraph 6, Coastal incorporates its responses to paragraphs 1 through 3.

      7. In answer to Paragraph 7, Coastal denies each and every allegation of Paragraph 7.
    `) + '\n';
    const answer = parse(text);
    const [f] = check(answer, { complaint, checks: [unansweredParagraph] });
    const place = insertionFor(answer, 2)!;
    const phrasing = learnPhrasing(answer);
    const { at, newText: inserted } = insertionEdit(text, phrasing, place, [responseBlock(phrasing, 'deny', 2)]);
    assert.strictEqual(inserted, '\n\n2. In answer to Paragraph 2, Coastal denies each and every allegation of Paragraph 2.');
    const fixed = text.slice(0, at) + inserted + text.slice(at);
    assert.strictEqual(fixed.replace(inserted, ''), text, 'nothing else moves');
    assert.deepStrictEqual(check(parse(fixed), { complaint }).filter(x => x.severity === 'error'), []);
    assert.strictEqual(f.code, 'unanswered-paragraph');
  });
});

describe('a response deleted from an answer numbered after its complaint', () => {
  // The seed answer with the text of its response to ¶50 deleted, the line left empty.
  const seed = readFixture('seed/answer.txt');
  const seedComplaint = parse(readFixture('seed/complaint.txt'));
  const start = seed.indexOf('\n50. In answer to Paragraph 50') + 1;
  const end = seed.indexOf('\n', start);
  const emptied = seed.slice(0, start) + seed.slice(end);
  const errors = (text: string) => check(parse(text), { complaint: seedComplaint }).filter(f => f.severity === 'error');

  it('is one finding, unanswered-paragraph, which covers the emptied line', () => {
    const before = errors(seed);
    const after = errors(emptied);
    assert.strictEqual(after.length, before.length + 1, after.map(f => f.message).join('\n'));
    const added = after.filter(f => !before.some(b => b.code === f.code && b.message === f.message));
    assert.deepStrictEqual(added.map(f => f.code), ['unanswered-paragraph']);
    assert.match(added[0].message, /^Paragraph 50 of the complaint is not answered/);
    assert.ok(added[0].span.start <= start && added[0].span.end > start, 'the finding covers the line where the response was');
    assert.strictEqual(emptied.slice(added[0].span.end - 2, added[0].span.end), '51', 'and ends on the next response\'s number');
  });

  it('is still a numbering slip when the answer is checked alone', () => {
    assert.deepStrictEqual(check(parse(emptied)).filter(f => f.code === 'paragraph-numbering').map(f => f.message), ['Paragraph numbering skips from 49 to 51: ¶50 is missing.']);
  });

  it('gets its response back into the emptied line, leaving no double blank line', () => {
    const answer = parse(emptied);
    const finding = check(answer, { complaint: seedComplaint, checks: [unansweredParagraph] })[0];
    const data = finding.data as { at: number; after: boolean };
    const phrasing = learnPhrasing(answer);
    const block = responseBlock(phrasing, 'deny', 50);
    const { at, newText } = insertionEdit(emptied, phrasing, data, [block]);
    assert.strictEqual(newText, block, 'only the response: the blank lines around it are already there');
    const fixed = emptied.slice(0, at) + newText + emptied.slice(at);
    assert.ok(fixed.includes(`.\n\n${block}\n\n51. In answer`), fixed.slice(at - 80, at + block.length + 40));
    assert.deepStrictEqual(errors(fixed).map(f => f.message), errors(seed).map(f => f.message));
  });

  it('keeps the blank line before a heading in a single-spaced answer', () => {
    const text = dedent(`
      ANSWER
      1. In answer to Paragraph 1, Coastal admits the allegations of Paragraph 1.
      2. In answer to Paragraph 2, Coastal denies the allegations of Paragraph 2.

      COUNT I
      4. In answer to Paragraph 4, Coastal incorporates its responses to paragraphs 1 through 3.
      5. In answer to Paragraph 5, Coastal denies the allegations of Paragraph 5.
    `) + '\n';
    const answer = parse(text);
    const phrasing = learnPhrasing(answer);
    const { at, newText } = insertionEdit(text, phrasing, insertionFor(answer, 3)!, [responseBlock(phrasing, 'deny', 3)]);
    const fixed = text.slice(0, at) + newText + text.slice(at);
    assert.match(fixed, /Paragraph 2\.\n3\. In answer to Paragraph 3, [^\n]+\n\nCOUNT I\n/);
  });
});

describe('unknown-paragraph', () => {
  it('flags responses to and citations of paragraphs the complaint does not have', () => {
    assertMarked(`
      ANSWER

      ${[1, 2, 3, 4, 5, 6, 7].map(n => `${n}. Denied.`).join('\n\n')}

      8. In answer to Paragraph 8, X denies.
                      ^^^^^^^^^^^ unknown-paragraph
      9. Denied.
      ^ unknown-paragraph
    `, [unknownParagraph], complaint);
  });
});

describe('count-mismatch', () => {
  it('flags a count whose title or first paragraph differs, and a missing count', () => {
    assertMarked(`
      ANSWER

      1. Denied.

      2. Denied.

      3. Denied.

      COUNT I
      ^^^^^^^ count-mismatch
      Breach of Warranty
      ^^^^^^^^^^^^^^^^^^ count-mismatch
      4. Denied.

      5. Denied.

      6. Denied.

      7. Denied.
    `, [countMismatch], complaint);
  });

  it('stays quiet when the answer does not mirror the headings', () => {
    assertMarked('ANSWER\n\n1. Denied.\n', [countMismatch], complaint);
  });
});

describe('incorporation-range against the complaint', () => {
  it('requires exactly what the complaint realleges, and fixes to it', () => {
    const { findings } = assertMarked(`
      ANSWER

      6. In answer to Paragraph 6, X incorporates its responses to paragraphs 1 through 5.
                                                                              ^^^^^^^^^^^ incorporation-range
    `, [incorporationRange], complaint);
    assert.strictEqual((findings[0].data as { newText: string }).newText, '1 through 3');
    assert.match(findings[0].message, /^Complaint ¶6 realleges paragraphs 1-3; this response incorporates paragraphs 1-5\.$/);
  });
});

describe('draft-answer', () => {
  it('mirrors headings, denies each paragraph, incorporates where the complaint realleges', () => {
    const draft = draftAnswer(complaint);
    assert.match(draft, /^ANSWER TO COMPLAINT\n/);
    assert.match(draft, /\n6\. Defendant incorporates its responses to paragraphs 1 through 3 as if fully set forth herein\.\n/);
    assert.match(draft, /\nCOUNT II\n\nNegligence\n\n6\. /);
    assert.deepStrictEqual(check(parse(draft), { complaint }), []);
  });
});

describe('case numbers and amendments', () => {
  it('compares case numbers loosely', () => {
    assert.ok(sameCase('14-CV-01559-RWS', '1:14-cv-1559 (RWS)'));
    assert.ok(sameCase('RG26-112233', 'rg26 112233'));
    assert.ok(!sameCase('1:25-cv-04410', '1:25-cv-04417'));
  });

  it('ranks amendments', () => {
    assert.deepStrictEqual(['COMPLAINT', 'AMENDED COMPLAINT', 'FIRST AMENDED COMPLAINT', 'Second Amended Complaint', '3RD AMENDED COMPLAINT'].map(amendmentRank), [0, 1, 1, 2, 3]);
  });
});
