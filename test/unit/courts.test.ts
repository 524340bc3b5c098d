/**
 * Answers from every court: responses read by what they say, wherever they stand and however they
 * name their paragraphs; general denials in every standard form; text from PDFs (OCR'd numbers,
 * clerk stamps, debris, front matter); the forum's wording rules. Every document here is fictional.
 */
import * as assert from 'assert';
import { check, draftAnswer, incorporatedReferences, LineIndex, parse, type Finding, type Pleading } from '../../server/src/core';
import { unreadNumbering } from '../../server/src/core/checks/unreadNumbering';
import { countMismatch } from '../../server/src/core/checks/countMismatch';
import { definedTerm } from '../../server/src/core/checks/definedTerm';
import { evasiveResponse } from '../../server/src/core/checks/evasiveResponse';
import { headingSequence } from '../../server/src/core/checks/headingSequence';
import { incorporationRange } from '../../server/src/core/checks/incorporationRange';
import { knowledgePhrase } from '../../server/src/core/checks/knowledgePhrase';
import { paragraphNumbering } from '../../server/src/core/checks/paragraphNumbering';
import { unansweredParagraph } from '../../server/src/core/checks/unansweredParagraph';
import { unknownParagraph } from '../../server/src/core/checks/unknownParagraph';
import { FORUMS, inferForum } from '../../server/src/core/forums';
import { dedent } from '../helpers/markers';

/** A complaint of `n` paragraphs, in a Kentucky circuit court unless `court` says otherwise. */
function complaintOf(n: number, court = 'COMMONWEALTH OF KENTUCKY\nFRANKLIN CIRCUIT COURT'): Pleading {
  const body = Array.from({ length: n }, (_, i) => `${i + 1}. The plaintiff alleges fact number ${i + 1} about the collision.`).join('\n\n');
  return parse(`${court}\nCIVIL ACTION NO. 25-CI-00042\n\nALEX QUILL PLAINTIFF\n\nv. COMPLAINT\n\nBRAMBLE FREIGHT LLC DEFENDANT\n\n${body}\n\nWHEREFORE, the plaintiff demands judgment.\n`);
}

function answerOf(body: string, court = 'COMMONWEALTH OF KENTUCKY\nFRANKLIN CIRCUIT COURT'): Pleading {
  return parse(`${court}\nCIVIL ACTION NO. 25-CI-00042\n\nALEX QUILL PLAINTIFF\n\nv. ANSWER\n\nBRAMBLE FREIGHT LLC DEFENDANT\n\nComes the Defendant, Bramble Freight LLC, and for its Answer states as follows:\n\n${dedent(body)}\n`);
}

/** Complaint paragraph → the kind its first responding unit gives it, in order. */
function answered(p: Pleading): Record<number, string> {
  const out: Record<number, string> = {};
  for (const x of p.paragraphs) {
    const r = x.response;
    if (!r || x.region === 'counterclaim') continue;
    for (const t of r.targets) out[t] ??= r.clauses?.find(c => c.targets.includes(t))?.kind ?? r.kind;
  }
  return out;
}

const codes = (findings: Finding[]) => findings.map(f => `${f.code}:${f.severity}`);

describe('answers from every court: responses read by what they say', () => {
  it('reads responses under a defense heading, numbered on their own (federal Form 30)', () => {
    const a = answerOf(`
      FIRST DEFENSE

      1. The Complaint fails to state a claim upon which relief can be granted.

      SECOND DEFENSE

      2. Admits the allegations contained in numerical paragraphs 2, 4 and 9 of the Complaint.

      3. Denies the allegations contained in numerical paragraphs 1, 3, 5 and
      8 of the Complaint.

      4. Lacks knowledge or information sufficient to form a belief about the truth of the allegations of paragraphs 6 and 7.

      5. Denies each allegation not expressly admitted above.

      THIRD DEFENSE

      6. The claims are barred by the statute of limitations.
    `);
    assert.deepStrictEqual(answered(a), { 1: 'deny', 2: 'admit', 3: 'deny', 4: 'admit', 5: 'deny', 6: 'lack-knowledge', 7: 'lack-knowledge', 8: 'deny', 9: 'admit' });
    // Answer ¶1 (a defense) is not the response to complaint ¶1, nor ¶6 to ¶6.
    assert.strictEqual(a.paragraphs.find(p => p.number === 1)!.response, undefined);
    assert.strictEqual(a.tracksComplaint, false);
    assert.ok(a.generalDenial, 'the general denial in ¶5');
    const complaint = complaintOf(10);
    const findings = check(a, { complaint, checks: [unansweredParagraph, unknownParagraph, headingSequence, paragraphNumbering] });
    // ¶10 only the general denial answers: information naming it, not an error.
    assert.deepStrictEqual(findings.map(f => [f.severity, f.message.slice(0, 74)]), [
      ['information', 'Paragraph 10 of the complaint is answered only by the general denial in ¶5'],
    ]);
  });

  it('reads paragraphs numbered "1)" and "¶ 1." where that is the numbering, not a list item inside a paragraph', () => {
    const caption = 'UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nANNA PRICE, Plaintiff,\nv.                                   Case No. 3:26-cv-01234\nRIVER CITY MOVERS, INC., Defendant.\n\n';
    const complaint = parse(`${caption}COMPLAINT\n\n1) Plaintiff is a resident of Portland.\n\n2) Defendant is an Oregon corporation.\n\n3) Defendant broke the armoire.\n\n4) Plaintiff realleges paragraphs 1 through 3.\n`);
    assert.deepStrictEqual(complaint.paragraphs.map(p => p.number), [1, 2, 3, 4]);
    const answer = parse(`${caption}ANSWER\n\n¶ 1. Admitted.\n\n¶ 2. Admitted.\n\n¶ 3. Denied.\n`);
    assert.deepStrictEqual(answer.paragraphs.map(p => [p.number, p.response?.kind]), [[1, 'admit'], [2, 'admit'], [3, 'deny']]);
    assert.deepStrictEqual(check(answer, { complaint, checks: [unansweredParagraph] }).map(f => f.message.slice(0, 40)), ['Paragraph 4 of the complaint is not answ']);
    // Inside a paragraph numbered "1.", a "1)" list is the paragraph's.
    const listed = parse(`${caption}COMPLAINT\n\n1. In the written agreement of April 2, 2025, Defendant promised Plaintiff two things, which were these:\n1) delivery by May 1;\n2) insurance of the goods.\n\n2. Defendant broke both promises.\n`);
    assert.deepStrictEqual(listed.paragraphs.map(p => p.number), [1, 2]);
  });

  it('says so where paragraphs are numbered section.paragraph (1.1, 2.1), which are not read, instead of showing nothing', () => {
    const wa = parse(dedent(`
      SUPERIOR COURT OF WASHINGTON FOR KING COUNTY

      ANSWER

      I. PARTIES

      1.1 Defendant lacks knowledge or information sufficient to form a belief about paragraph 1.1.

      1.2 Admitted.

      II. FACTS

      2.1 Denied.
    `));
    const notes = check(wa, { checks: [unreadNumbering] });
    assert.deepStrictEqual(notes.map(f => [f.severity, wa.text.slice(f.span.start, f.span.end)]), [['information', '1.1']]);
    // A pleading whose paragraphs are read is not noted, whatever lists it holds.
    const listed = answerOf('1. Defendant admits sections 1.1 and 1.2 of the Agreement.\n\n1.1 First item of a list.\n\n1.2 Second.\n\n1.3 Third.');
    assert.deepStrictEqual(check(listed, { checks: [unreadNumbering] }), []);
    // A lettered paragraph an amendment inserted: read as part of the one before it, so said.
    const lettered = answerOf('1. Admitted.\n\n2. Denied.\n\n2A. Defendant denies that it holds a license.\n\n3. Denied.');
    assert.deepStrictEqual(check(lettered, { checks: [unreadNumbering] }).map(f => lettered.text.slice(f.span.start, f.span.end)), ['2A']);
    // Indented, it is still one; a number and letter inside a line ("Exhibit 12B.", "ID 4C. ") is not.
    const indented = answerOf('1. Admitted, as shown in Exhibit 12B. Denied otherwise.\n\n2. Denied; see ID 4C. Nothing more.\n\n   2A. Defendant denies that it holds a license.\n\n3. Denied.');
    assert.deepStrictEqual(check(indented, { checks: [unreadNumbering] }).map(f => indented.text.slice(f.span.start, f.span.end)), ['2A']);
    const inLine = answerOf('1. Admitted, as shown in Exhibit 12B. Denied otherwise.\n\n2. Denied.');
    assert.deepStrictEqual(check(inLine, { checks: [unreadNumbering] }), []);
  });

  it('reads "Paragraph 3:" and "Paragraphs 1–2:" labels as responses, the first ones right after the preamble too', () => {
    const a = parse(dedent(`
      UNITED STATES DISTRICT COURT
      EASTERN DISTRICT OF MICHIGAN

      ANNA PRICE, Plaintiff,
      v.                                   Case No. 2:26-cv-01234
      RIVER CITY MOVERS, INC., Defendant.

      ANSWER TO COMPLAINT

      Defendant River City Movers, Inc. answers as follows.

      Paragraphs 1–2: Admitted.

      Paragraph 3: Defendant admits that it employs drivers. Defendant denies the remaining allegations of Paragraph 3.

      ¶¶ 4 and 5: Denied.
    `));
    assert.deepStrictEqual(answered(a), { 1: 'admit', 2: 'admit', 3: 'partial', 4: 'deny', 5: 'deny' });
    // Numbered by the range it answers ("1-2. Admitted.", Florida's short form "1.-3."), then on by number.
    const ranged = parse('UNITED STATES DISTRICT COURT\n\nANNA PRICE, Plaintiff,\nv.\nRIVER CITY MOVERS, INC., Defendant.\n\nANSWER\n\n1.-3. Admitted.\n\n4 – 5. Denied.\n\n6. Denied.\n\n7. Without knowledge, therefore denied.\n');
    assert.deepStrictEqual(answered(ranged), { 1: 'admit', 2: 'admit', 3: 'admit', 4: 'deny', 5: 'deny', 6: 'deny', 7: 'lack-knowledge' });
    assert.deepStrictEqual(check(ranged, { checks: [paragraphNumbering] }), []);
    // As a bulleted list (Markdown, or pasted from a word processor).
    const bulleted = parse('UNITED STATES DISTRICT COURT\n\nANNA PRICE, Plaintiff,\nv.\nRIVER CITY MOVERS, INC., Defendant.\n\n# ANSWER\n\n- Paragraph 1: Admitted.\n- Paragraph 2: Denied.\n• Paragraphs 3 and 4: Denied.\n');
    assert.deepStrictEqual(answered(bulleted), { 1: 'admit', 2: 'deny', 3: 'deny', 4: 'deny' });
    // A sentence about another document's paragraph is not a label.
    assert.deepStrictEqual(answered(answerOf('Paragraph 3 of the Agreement provides for arbitration, and Defendant denies the allegations of Paragraph 1.')), { 1: 'deny' });
  });

  it('reads every target wording: Nos. across lines, numerical, numbered, quoted, ¶, target-first, re-adopts', () => {
    const a = answerOf(`
      A. Defendant denies the allegations of Paragraph Nos. 1, 2, 3,
      and 4 of the Complaint.

      B. Defendant admits the allegations contained in numerical paragraphs 5 and 6 of Plaintiff's First Amended Complaint.

      C. With regard to paragraph numbered 7, Defendant admits that it employs drivers.

      D. Defendant denies the allegations of paragraphs "8" and "9" and ¶ 10.

      E. Paragraph 11 of the Complaint states a legal conclusion to which no response is required. To the extent a response is required, Defendant denies the allegations of Paragraph 11.

      F. As to Paragraph No. 12, Defendant re-adopts and reaffirms each of its responses above.
    `);
    assert.deepStrictEqual(answered(a), {
      1: 'deny', 2: 'deny', 3: 'deny', 4: 'deny', 5: 'admit', 6: 'admit', 7: 'admit', 8: 'deny', 9: 'deny', 10: 'deny', 11: 'no-response-required', 12: 'incorporation',
    });
  });

  it('reads what extraction from a PDF leaves: OCR\'d numbers and ¶ signs, stamps, debris, glued words', () => {
    const a = parse(dedent(`
      ---
      source: scan-0042.pdf
      ---

      **Case:** [[cases/quill|Quill]]

      COMMONWEALTH OF KENTUCKY
      FRANKLIN CIRCUIT COURT
      CIVIL ACTION NO. 25-CI-00042
      ALEX QUILL PLAINTIFF
      V. ANSWER
      BRAMBLE FREIGHT LLC DEFENDANT
      KKK ARKOKKK
      Comes the Defendant, and for its Answer states as follows:
      l. With regard to paragraph | of the Complaint, Defendant is without knowledge or information
      sufficient to form a belief as to its truth, and therefore denies it.
      2. Defendant admits the allegations contained 1nparagraphs 2 and 3 of the Complaint,
      ANS : 000001 of 000004
      Filed 25-CI-00042 07/01/2025 Jane Roe, Franklin Circuit Clerk
      NOT ORIGINAL DOCUMENT
      4 a4 4 Qf ! , 4
      lL L l )
      subject to proof to the contrary.
      3, Regarding the allegations of {@ 4 of Plaintiff's Complaint, Defendant denies them.
      4. The allegations and averments contained in paragraphs 5, 6,7, and8 are denied.
      5. Any allegation of the Complaint not specifically admitted herein is denied.
    `));
    assert.strictEqual(a.kind, 'answer');
    assert.strictEqual(a.caption.title?.text, 'ANSWER');
    assert.deepStrictEqual(a.paragraphs.map(p => p.number), [1, 2, 3, 4, 5]);
    assert.deepStrictEqual(answered(a), { 1: 'lack-knowledge', 2: 'admit', 3: 'admit', 4: 'deny', 5: 'deny', 6: 'deny', 7: 'deny', 8: 'deny' });
    // The stamp and the debris inside ¶2 are page furniture, not its text.
    assert.strictEqual(a.paragraphs[1].body.replace(/\s+/g, ' '), 'Defendant admits the allegations contained 1nparagraphs 2 and 3 of the Complaint, subject to proof to the contrary.');
    assert.ok(a.generalDenial);
    assert.deepStrictEqual(check(a, { checks: [paragraphNumbering] }), []);
  });

  it('takes an OCR\'d numeral only where the sequence proves it', () => {
    const roman = answerOf(`
      I.
      Admits the identity of the plaintiff.

      II.
      Each and every allegation not expressly admitted is denied.
    `);
    // "I." followed by "II." is a Roman numbering, not a misread "1.".
    assert.deepStrictEqual(roman.paragraphs.filter(p => p.number !== null).map(p => p.number), []);
    const misread = answerOf(`
      l. Defendant denies the allegations of paragraph 1.

      2. Defendant denies the allegations of paragraph 2.
    `);
    assert.deepStrictEqual(misread.paragraphs.map(p => p.number), [1, 2]);
  });

  it('splits a paragraph where a sentence opens a response to later paragraphs (numbers lost in extraction)', () => {
    const a = answerOf(`
      THIRD DEFENSE
      1. Defendant is without knowledge or information sufficient to form a belief as to the truth of
      the averments of numerical paragraphs 1 or 2 of the Complaint, and therefore denies them.
      Defendant admits the averments contained within numerical paragraph 3 of the Complaint.
      There does not appear to be a paragraph numbered 4 in the Complaint. To the extent there is one,
      Defendant denies it.
      Paragraph 5 of the Complaint states a conclusion of law that does not merit nor require a response.
      5. Each and every averment not specifically addressed herein is denied.
    `);
    assert.deepStrictEqual(a.paragraphs.map(p => p.number), [1, null, null, null, 5]);
    assert.deepStrictEqual(a.paragraphs.map(p => p.response?.targets), [[1, 2], [3], [], [5], []]);
    assert.deepStrictEqual(a.paragraphs[2].response?.absent, [4]);
    const complaint = parse(complaintOf(5).text.replace(/^4\. .*\n\n/m, ''));
    // Not a numbering slip (the units between stand for 2-4), and ¶4 is not an unknown paragraph.
    assert.deepStrictEqual(check(a, { complaint, checks: [paragraphNumbering, unknownParagraph, unansweredParagraph] }).filter(f => f.severity === 'error'), []);
  });

  it('answers a paragraph by its own number only where the answer numbers its responses after the complaint', () => {
    const aligned = answerOf('1. Admitted.\n\n2. Denied.\n\n3. Denied.');
    assert.deepStrictEqual(answered(aligned), { 1: 'admit', 2: 'deny', 3: 'deny' });
    const grouped = answerOf(`
      1. The Complaint fails to state a claim upon which relief can be granted.

      2. Defendant denies the allegations of paragraphs 1, 2 and 3.

      3. Defendant denies that the plaintiff was injured.

      4. The claims are barred by comparative fault.
    `);
    // Answer ¶3 and ¶4 name no paragraph: in a grouped answer they are not responses to complaint ¶3 and ¶4.
    assert.deepStrictEqual(answered(grouped), { 1: 'deny', 2: 'deny', 3: 'deny' });
    assert.strictEqual(grouped.paragraphs.find(p => p.number === 4)!.response, undefined);
  });

  it('numbers New York\'s ordinal paragraphs ("FIRST:" …) on their own, reading the quoted targets, and names a skipped ordinal', () => {
    const a = answerOf(`
      FIRST: Denies knowledge or information sufficient to form a belief as to the allegations contained in paragraphs "1" and "2" of the Complaint.

      SECOND: Admits the allegations contained in paragraph "3" of the Complaint.

      FOURTH: Denies each and every allegation contained in paragraph "4" of the Complaint.
    `);
    assert.deepStrictEqual(a.paragraphs.map(p => [p.number, p.response?.targets]), [[1, [1, 2]], [2, [3]], [4, [4]]]);
    assert.deepStrictEqual(answered(a), { 1: 'lack-knowledge', 2: 'lack-knowledge', 3: 'admit', 4: 'deny' });
    assert.deepStrictEqual(check(a, { checks: [paragraphNumbering] }).map(f => f.message), ['The ordinal paragraphs skip from SECOND to FOURTH (no THIRD).']);
    // "FIRST DEFENSE:" is a heading, not an ordinal paragraph.
    assert.strictEqual(answerOf('FIRST DEFENSE: The Complaint fails to state a claim.').paragraphs.filter(p => p.number !== null).length, 0);
  });

  it('reads a restated allegation and its ANSWER as one unit, and a restated paragraph with no ANSWER as unanswered (Cook County)', () => {
    const c = complaintOf(4);
    const a = answerOf(`
      1. The plaintiff alleges fact number 1 about the collision.

      ANSWER: Defendant admits the allegations of Paragraph 1.

      2. The plaintiff alleges fact number 2, as described in paragraph 1.

      ANSWER: Defendant denies the allegations of Paragraph 2.

      3. The plaintiff alleges fact number 3 about the collision.

      4. The plaintiff alleges fact number 4 about the collision.

      ANSWER: Defendant denies the allegations of Paragraph 4.
    `);
    assert.deepStrictEqual(a.paragraphs.map(p => [p.number, p.response?.targets, p.response?.kind]), [
      [1, [1], 'admit'], [2, [2], 'deny'], [3, undefined, undefined], [4, [4], 'deny'],
    ]);
    const f = check(a, { complaint: c, checks: [unansweredParagraph] });
    assert.deepStrictEqual(f.map(x => [x.severity, a.text.slice(x.span.start, x.span.end).slice(0, 2), x.data?.kind === 'insert-response' && x.data.answerOnly]), [['error', '3.', true]]);
  });

  it('reads an unnumbered general denial after the last response as its own unit, not part of that response', () => {
    const a = answerOf(`
      1. Defendant admits the allegations contained in Paragraph 1 of Plaintiff's Complaint.

      2. Defendant denies the allegations contained in Paragraph 2 of Plaintiff's Complaint.

      Defendant denies each and every allegation of Plaintiff's Complaint not expressly admitted above.
    `);
    assert.deepStrictEqual(a.paragraphs.map(p => [p.number, p.response?.targets, !!p.response?.general]), [[1, [1], false], [2, [2], false], [null, [], true]]);
    assert.ok(a.generalDenial);
  });

  it('reads general denials in every standard form', () => {
    const forms = [
      'Pursuant to Rule 92 of the Texas Rules of Civil Procedure, Defendant generally denies each and every, all and singular, the material allegations contained in Plaintiff\'s Original Petition.',
      'Under Code of Civil Procedure section 431.30(d), Defendant generally denies each and every allegation of the Complaint.',
      'Defendant denies all allegations of the Complaint not specifically admitted herein.',
      'All allegations contained within the Complaint which are not expressly admitted herein, are hereby denied.',
      'Defendant denies every allegation, matter, and thing contained in the Complaint except as hereinafter admitted, qualified, or otherwise stated.',
    ];
    for (const form of forms) assert.ok(answerOf(`1. ${form}`).generalDenial, form);
    // A catch-all of one paragraph is not a general denial.
    assert.strictEqual(answerOf('1. Except as expressly admitted, Defendant denies each and every allegation of Paragraph 1.').generalDenial, undefined);
  });

  it('does not read a prayer item for a paragraph, nor a lettered one for a heading', () => {
    const c = parse(dedent(`
      COMPLAINT

      1. Plaintiff refers to the foregoing facts.

      WHEREFORE, Plaintiff prays for judgment as follows:

      AS TO ALL CAUSES OF ACTION:

      1. For general damages

      B. For interest

      C. Awarding costs of suit

      Dated: May 1, 2026
    `));
    assert.deepStrictEqual(c.paragraphs.map(p => p.number), [1]);
    assert.deepStrictEqual(c.headings.map(h => h.text), []);
    assert.ok(!draftAnswer(c).includes('Awarding costs'), 'the draft does not copy a prayer item as a heading');
  });
  it('reads a Connecticut answer: "As to paragraph 1, … leaves the plaintiff to her proof", SPECIAL DEFENSES, and the "THE DEFENDANT, / By:" signature', () => {
    const complaint = parse('DOCKET NO. HHD-CV26-6012345-S : SUPERIOR COURT\n\nMARIA LOPEZ : JUDICIAL DISTRICT OF HARTFORD\n\nV. : AT HARTFORD\n\nNUTMEG HARDWARE, LLC : MARCH 2, 2026\n\nCOMPLAINT\n\n'
      + '1. The plaintiff lives in Hartford.\n\n2. Nutmeg operates a store.\n\n3. The plaintiff slipped in the store.\n\n4. Nutmeg knew of the wet floor.\n\nWHEREFORE, the plaintiff claims money damages.\n\nTHE PLAINTIFF,\nBy: /s/ Ann Smith\n');
    const answer = parse('DOCKET NO. HHD-CV26-6012345-S : SUPERIOR COURT\n\nMARIA LOPEZ : JUDICIAL DISTRICT OF HARTFORD\n\nV. : AT HARTFORD\n\nNUTMEG HARDWARE, LLC : APRIL 1, 2026\n\nANSWER AND SPECIAL DEFENSES\n\n'
      + '1. As to paragraph 1, the defendant has insufficient knowledge or information upon which to form a belief and therefore leaves the plaintiff to her proof.\n\n'
      + '2. Paragraph 2 is admitted.\n\n3. Paragraph 3 is denied.\n\nSPECIAL DEFENSES\n\nFIRST SPECIAL DEFENSE\n\n1. The plaintiff caused her own injuries by not watching where she walked\n\n'
      + 'THE DEFENDANT,\nNUTMEG HARDWARE, LLC\nBy: /s/ Bob Jones\n');
    assert.deepStrictEqual(answered(answer), { 1: 'lack-knowledge', 2: 'admit', 3: 'deny' });
    // The special defense is a defense, numbered on its own: not a response to complaint ¶1.
    assert.deepStrictEqual(answer.paragraphs.map(p => [p.number, p.region]), [[1, 'body'], [2, 'body'], [3, 'body'], [1, 'defenses']]);
    assert.deepStrictEqual(answer.defenses.map(d => d.heading?.text), ['FIRST SPECIAL DEFENSE']);
    assert.strictEqual(answer.signature?.text.split('\n')[0], 'THE DEFENDANT,', 'the signature block opens at the party line');
    // Only the deliberate slips: ¶4 unanswered, and the defense's last sentence unfinished, said once
    // (the defense and its one paragraph end at the same place).
    const f = check(answer, { complaint }).filter(x => x.code !== 'waivable-defense');
    assert.deepStrictEqual(f.map(x => [x.code, x.message]), [
      ['unanswered-paragraph', 'Paragraph 4 of the complaint is not answered: “Nutmeg knew of the wet floor.”'],
      ['punctuation', '¶1 does not end with closing punctuation.'],
    ]);
  });
});

describe('incorporation in every wording', () => {
  it('reports "refers to … and by this reference incorporates the same" in the paragraph it includes', () => {
    const c = parse(dedent(`
      COMPLAINT

      1. A.

      2. B.

      3. Plaintiff refers to paragraphs 1 through 3, inclusive, and by this reference incorporates the same herein.
    `));
    assert.deepStrictEqual(check(c, { checks: [incorporationRange] }).map(f => f.message), ['¶3 incorporates paragraphs 1-3, which includes ¶3 itself; it should end at 2.']);
  });

  it('reports a paragraph that re-alleges the whole pleading it is in, not another pleading', () => {
    const own = (named: string) => check(parse(`FIRST AMENDED COMPLAINT\n\n1. Plaintiffs restate and re-allege all of the allegations contained in their ${named}.\n\n2. B.\n`), { checks: [incorporationRange] });
    assert.strictEqual(own('Amended Complaint').length, 1);
    assert.deepStrictEqual(own('Original Complaint'), []);
  });

  it('accepts a response that stops before the complaint paragraph that realleges itself, and still reports one that copies the slip', () => {
    const c = parse(dedent(`
      COMPLAINT

      1. A.

      2. B.

      3. Plaintiff realleges paragraphs 1 through 3 as if fully set forth herein.
    `));
    const a = (range: string) => check(answerOf(`1. Admitted.\n\n2. Denied.\n\n3. In response to paragraph 3 of the Complaint, Defendant repeats and realleges its responses to paragraphs ${range} as if fully set forth herein.`), { complaint: c, checks: [incorporationRange] });
    assert.deepStrictEqual(a('1 through 2'), []);
    // Copying the complaint's self-inclusion is the seed's own slip ("1-68" inside ¶68): reported on the answer.
    assert.deepStrictEqual(a('1 through 3').map(f => f.message), ['¶3 incorporates paragraphs 1-3, which includes ¶3 itself; it should end at 2.']);
    assert.strictEqual(a('2 through 2').length, 1);
  });

  it('reads "paragraphs 1 through 9 of Count I" as the same pleading\'s paragraphs', () => {
    const c = parse('COMPLAINT\n\nCOUNT I\n\n1. A.\n\n2. B.\n\nCOUNT II\n\n3. Plaintiff restates and realleges paragraphs 1 through 2 of Count I as though fully set forth in this Count II.\n');
    const p = c.paragraphs.find(x => x.number === 3)!;
    assert.deepStrictEqual(incorporatedReferences(c.text, p).flatMap(r => r.ranges.map(g => [g.from, g.to])), [[1, 2]]);
  });

  it('measures "paragraphs 1 through 8 of its Answer" against the answer\'s own number', () => {
    const a = answerOf('1. Admitted.\n\n2. Denied.\n\n3. Regarding paragraph 9 of the Complaint, Defendant adopts paragraphs 1 through 4 of its Answer.\n\n4. Denied.');
    assert.deepStrictEqual(check(a, { checks: [incorporationRange] }).map(f => f.message), ['¶3 incorporates paragraphs 1-4, which includes later paragraphs; it should end at 2.']);
  });
});

describe('the forum decides the wording rules', () => {
  it('infers the forum from the court, the case number, then the rules cited', () => {
    assert.strictEqual(inferForum(answerOf('1. Admitted.')), 'kentucky');
    assert.strictEqual(inferForum(answerOf('1. Admitted.', 'UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF KENTUCKY')), 'federal');
    assert.strictEqual(inferForum(answerOf('1. Admitted.', 'IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS')), 'illinois');
    assert.strictEqual(inferForum(answerOf('1. Admitted.', 'IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY')), 'pennsylvania');
    assert.strictEqual(inferForum(answerOf('1. Admitted.', 'IN THE COURT OF COMMON PLEAS OF DELAWARE COUNTY, PENNSYLVANIA')), 'pennsylvania');
    assert.strictEqual(inferForum(answerOf('1. Admitted.', 'IN THE COURT OF COMMON PLEAS OF DELAWARE COUNTY')), 'pennsylvania');
    // Ohio and South Carolina have Courts of Common Pleas too, and no forum of their own here.
    assert.strictEqual(inferForum(parse('IN THE COURT OF COMMON PLEAS\nFRANKLIN COUNTY, OHIO\n\nANSWER\n\n1. Admitted.\n')), 'federal');
    assert.strictEqual(inferForum(parse('STATE OF SOUTH CAROLINA\nCOUNTY OF RICHLAND\nIN THE COURT OF COMMON PLEAS\n\nANSWER\n\n1. Admitted.\n')), 'federal');
    assert.strictEqual(inferForum(parse('ANSWER\n\n1. Denied under CPLR 3018.\n')), 'new-york');
    assert.strictEqual(inferForum(parse('ANSWER\n\n1. Denied.\n')), 'federal');
  });

  it('holds a lack-of-knowledge response to the forum\'s own form', () => {
    const illinois = 'ANSWER: Defendant lacks knowledge sufficient to form a belief as to the truth of the allegations of paragraph 1.';
    const said = (court: string, text: string) => check(answerOf(`1. ${text}`, court), { checks: [knowledgePhrase] }).map(f => f.message);
    // 735 ILCS 5/2-610(b) asks for knowledge only; FRCP 8(b)(5) and Kentucky's CR 8.02 for "knowledge or information".
    assert.deepStrictEqual(said('IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS', illinois), []);
    assert.match(said('UNITED STATES DISTRICT COURT', illinois)[0], /FRCP 8\(b\)\(5\)/);
    assert.match(said('COMMONWEALTH OF KENTUCKY', illinois)[0], /CR 8\.02/);
    // Extraction glues words of the form together: "forma belief", "form abelief" are still the form.
    assert.deepStrictEqual(said('COMMONWEALTH OF KENTUCKY', 'Defendant has insufficient knowledge or information so as to form abelief regarding paragraph 1.'), []);
    // Florida: "without knowledge" is the form. Pennsylvania: only "after reasonable investigation".
    assert.deepStrictEqual(said('IN THE CIRCUIT COURT IN AND FOR DADE COUNTY, FLORIDA', 'Without knowledge of paragraph 1, therefore denied.'), []);
    const pa = 'Defendant is without knowledge or information sufficient to form a belief as to the truth of paragraph 1.';
    assert.match(said('COURT OF COMMON PLEAS', pa)[0], /Pa\.R\.C\.P\. 1029\(c\)/);
    assert.deepStrictEqual(said('COURT OF COMMON PLEAS', `After reasonable investigation, ${pa[0].toLowerCase()}${pa.slice(1)}`), []);
  });

  it('in Pennsylvania a general denial answers nothing (Pa.R.C.P. 1029(b))', () => {
    const body = '1. Denied.\n\n2. Any averment not specifically admitted is denied.';
    const pa = 'IN THE COURT OF COMMON PLEAS OF PHILADELPHIA COUNTY';
    const complaint = complaintOf(3, pa);
    assert.strictEqual(FORUMS.pennsylvania.generalDenialAnswers, false);
    assert.deepStrictEqual(codes(check(answerOf(body, pa), { complaint, checks: [unansweredParagraph] })), ['unanswered-paragraph:error', 'unanswered-paragraph:error']);
    const ky = complaintOf(3);
    assert.deepStrictEqual(codes(check(answerOf(body), { complaint: ky, checks: [unansweredParagraph] })), ['unanswered-paragraph:information', 'unanswered-paragraph:information']);
  });

  it('in Pennsylvania a bare "Denied." is a general denial (Pa.R.C.P. 1029(b)); a denial with its reasons is not', () => {
    const body = [
      '1. Denied.',
      '2. Denied. By way of further answer, the valleys were flashed as the Contract specifies.',
      '3. Denied as a conclusion of law to which no responsive pleading is required.',
      '4. Denied. By way of further answer, Defendant incorporates its answer to paragraph 2 as though fully set forth herein.',
    ].join('\n\n');
    const pa = 'IN THE COURT OF COMMON PLEAS OF ALLEGHENY COUNTY';
    const found = check(answerOf(body, pa), { checks: [evasiveResponse, incorporationRange] });
    assert.deepStrictEqual(found.map(f => f.message.slice(0, 24)), ['¶1 is a bare "Denied.": ']);
    assert.match(found[0].message, /Pa\.R\.C\.P\. 1029\(b\)/);
    // Elsewhere a bare denial denies.
    assert.deepStrictEqual(check(answerOf(body), { checks: [evasiveResponse, incorporationRange] }), []);
    assert.strictEqual(answerOf(body, pa).paragraphs.find(p => p.number === 4)?.response?.kind, 'deny');
  });

  it('a .pleadingrc.json forum overrides the caption', () => {
    const a = answerOf('1. Defendant lacks knowledge sufficient to form a belief as to paragraph 1.');
    assert.strictEqual(check(a, { checks: [knowledgePhrase] }).length, 1);
    assert.strictEqual(check(a, { checks: [knowledgePhrase], forum: 'illinois' }).length, 0);
  });
});

describe('one cause, one finding', () => {
  const complaint = parse(dedent(`
    COMPLAINT

    COUNT I
    (Negligence)

    1. A.

    COUNT II
    (Negligent Entrustment)

    2. B.

    COUNT III
    (Bad Faith)

    3. C.

    COUNT IV
    (Punitive Damages)

    4. D.
  `));

  it('reports a missing COUNT heading once, where it belongs, and no heading-sequence skip', () => {
    const answer = parse(dedent(`
      ANSWER

      COUNT I
      (Negligence)

      1. Denied.

      COUNT III
      (Bad Faith)

      3. Denied.

      COUNT IV
      (Punitive Damages)

      4. Denied.
    `));
    const lines = new LineIndex(answer.text);
    const findings = check(answer, { complaint, checks: [countMismatch, headingSequence] });
    assert.deepStrictEqual(findings.map(f => [lines.positionAt(f.span.start).line + 1, f.code, f.message]), [
      [8, 'count-mismatch', "The complaint's COUNT II (Negligent Entrustment) has no heading in this answer."],
    ]);
  });

  it('reports a renumbered tail once, with the missing heading', () => {
    const answer = parse(dedent(`
      ANSWER

      COUNT I
      (Negligence)

      1. Denied.

      COUNT II
      (Bad Faith)

      3. Denied.

      COUNT III
      (Punitive Damages)

      4. Denied.
    `));
    const findings = check(answer, { complaint, checks: [countMismatch] });
    assert.deepStrictEqual(findings.map(f => f.message), [
      "The complaint's COUNT II (Negligent Entrustment) has no heading in this answer; the answer's later headings are numbered one lower than the complaint's.",
    ]);
  });

  it('reports a misnumbered untitled heading once, as the count it starts', () => {
    const answer = parse(dedent(`
      ANSWER

      COUNT I

      1. Denied.

      COUNT II

      2. Denied.

      COUNT IV

      3. Denied.

      COUNT IV

      4. Denied.
    `));
    const findings = check(answer, { complaint, checks: [countMismatch] });
    assert.deepStrictEqual(findings.map(f => f.message), ["COUNT IV is the complaint's COUNT III (Bad Faith)."]);
  });
});

describe('defined terms garbled in typing and extraction', () => {
  const findings = (text: string) => check(parse(dedent(text)), { checks: [definedTerm] });

  it('catches a coined name with a bracket swapped, lost or split ("[24)7", "24]7", "[2 4]7" for "[24]7")', () => {
    const f = findings(`
      ANSWER

      Defendant [24]7 Customer, Inc. ("[24]7") answers.

      1. [24]7 denies. [24]7 admits the contract.

      2. [24]7 denies that [24)7, 24]7 or [2 4]7 agreed, and 247 pages were produced.
    `);
    assert.deepStrictEqual(f.map(x => x.message), [
      '"[24)7" looks like a misspelling of the defined term "[24]7".',
      '"24]7" looks like a misspelling of the defined term "[24]7".',
      '"[2 4]7" looks like a misspelling of the defined term "[24]7".',
    ]);
  });

  it('catches a one-letter slip in a two-word name defined and then seldom used ("Peachtee Storage")', () => {
    const f = findings(`
      ANSWER

      Peachtree Corners Self Storage, LLC ("Peachtree Storage" or "Defendant") answers.

      THIRD DEFENSE

      Any recovery is subject to setoff for the rent owed to Peachtee Storage.

      1. Defendant denies. Peachtree Street and Peachtree Stores are elsewhere.
    `);
    assert.deepStrictEqual(f.map(x => x.message), ['"Peachtee Storage" looks like a misspelling of the defined term "Peachtree Storage".']);
  });

  it('catches a two-word name with one word misspelt ("Salt Rivr" for "Salt River"), not its plural or another name', () => {
    const f = findings(`
      ANSWER

      Salt River Project Agricultural Improvement District ("Salt River") answers.

      1. Salt River denies. Salt River admits. Salt River states.

      2. Salt Rivr denies. The Salt Rivers and Salt Lake are elsewhere.
    `);
    assert.deepStrictEqual(f.map(x => [x.message, x.data?.kind === 'replace' ? x.data.newText : undefined]), [
      ['"Salt Rivr" looks like a misspelling of the defined term "Salt River".', 'River'],
    ]);
  });
});
