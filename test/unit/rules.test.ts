/**
 * The response-quality rules, each on documents that must trigger it and on proper responses
 * (many copied from the filed seed answer) that must not, with their fixes applied and re-checked.
 */
import * as assert from 'assert';
import { check, LineIndex, parse, type Finding, type Pleading } from '../../server/src/core';
import type { Check } from '../../server/src/core/checks';
import { citation } from '../../server/src/core/checks/citation';
import { evasiveResponse } from '../../server/src/core/checks/evasiveResponse';
import { headingResponse } from '../../server/src/core/checks/headingResponse';
import { knowledgePhrase } from '../../server/src/core/checks/knowledgePhrase';
import { noResponse } from '../../server/src/core/checks/noResponse';
import { ownKnowledge } from '../../server/src/core/checks/ownKnowledge';
import { partialResponse } from '../../server/src/core/checks/partialResponse';
import { partyNumber } from '../../server/src/core/checks/partyNumber';
import { waivableDefense } from '../../server/src/core/checks/waivableDefense';
import { readFixture } from '../helpers/fixtures';
import { applyReplace, assertMarked, dedent } from '../helpers/markers';

const NEW_RULES: readonly Check[] = [
  evasiveResponse, knowledgePhrase, partialResponse, noResponse, ownKnowledge, waivableDefense, partyNumber, citation, headingResponse,
];

const seed = readFixture('seed/answer.txt');
const seedLines = seed.split('\n');
/** The seed answer's paragraph N, as filed (single-line paragraphs only). */
function seedParagraph(n: number): string {
  const line = seedLines.find(l => l.startsWith(`${n}. In answer to Paragraph ${n},`));
  assert.ok(line, `seed ¶${n}`);
  return line;
}

/** A document line with a marker under `phrase` (its first occurrence, or the `nth`). */
function under(line: string, phrase: string, code: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = line.indexOf(phrase, at + 1);
  assert.ok(at >= 0, `"${phrase}" in "${line}"`);
  return `${line}\n${' '.repeat(at)}${'^'.repeat(phrase.length)} ${code}`;
}

/** An answer built from blocks, a blank line between them. */
function answer(...blocks: string[]): string {
  return ['ANSWER', 'Defendant Coastal Ovens Corporation ("Coastal") answers the Complaint as follows:', ...blocks].join('\n\n');
}

/** Applies the single finding's fix and checks the rule no longer fires there. */
function fixAndRecheck(text: string, findings: Finding[], rule: Check, complaint?: Pleading): string {
  assert.strictEqual(findings.length, 1, findings.map(f => f.message).join('\n'));
  const f = findings[0];
  assert.ok(f.data?.kind === 'replace', 'carries a replace fix');
  const fixed = applyReplace(text, f);
  assert.deepStrictEqual(check(parse(fixed), { checks: [rule], complaint }).map(g => g.message), [], `after "${f.data.title}"`);
  return fixed;
}

describe('evasive-response', () => {
  it('flags "speaks for itself" with nothing admitted or denied, and appends a fallback denial', () => {
    const { findings, text } = assertMarked(answer(
      '1. In answer to Paragraph 1, Coastal admits the allegations of Paragraph 1.',
      under('2. In answer to Paragraph 2, Coastal states that the Agreement speaks for itself.', 'speaks for itself', 'evasive-response'),
    ), [evasiveResponse]);
    const fixed = fixAndRecheck(text, findings, evasiveResponse);
    assert.match(fixed, /speaks for itself\. To the extent a response is required, Coastal denies the allegations of Paragraph 2\.\n/);
  });

  it('flags "neither admits nor denies", "demands strict proof" and "no response is required" without a fallback', () => {
    assertMarked(answer(
      under('1. Coastal neither admits nor denies the allegations of Paragraph 1.', 'neither admits nor denies', 'evasive-response'),
      under('2. Coastal demands strict proof thereof.', 'demands strict proof thereof', 'evasive-response'),
      under('3. Paragraph 3 states legal conclusions to which no response is required.', 'no response is required', 'evasive-response'),
      under('4. Paragraph 4 calls for a legal conclusion.', 'calls for a legal conclusion', 'evasive-response'),
      under('5. Coastal respectfully refers the Court to the Agreement for its terms.', 'respectfully refers the Court to', 'evasive-response'),
      under('6. Paragraph 6 states legal conclusions to which no response is required, but Coastal admits that it is an Oregon corporation.', 'no response is required', 'evasive-response'),
      // New Jersey's short form.
      under('7. Neither admitted nor denied. Plaintiff is left to her proofs.', 'Neither admitted nor denied', 'evasive-response'),
      // A specific denial of one fact does not make a later "no response is required" its reason.
      under('8. Coastal denies that it sold the Oven, and Paragraph 8 otherwise states legal conclusions to which no response is required.', 'no response is required', 'evasive-response'),
    ), [evasiveResponse]);
  });

  it('accepts a fallback denial, an admission or denial beside the phrase, and the real phrasings of filed answers', () => {
    assertMarked(answer(
      '1. Paragraph 1 states legal conclusions to which no response is required. To the extent a response is required, Coastal denies the allegations of Paragraph 1.',
      '2. Coastal neither admits nor denies the allegations of Paragraph 2 because they are legal conclusions; to the extent a response is required, Coastal denies them.',
      '3. Coastal denies the allegations of Paragraph 3 and demands strict proof thereof.',
      '4. The Agreement speaks for itself, and Coastal denies any characterization of it inconsistent with its terms.',
      // federal-md ¶4, california ¶7 and ¶26, samples ¶38, seed ¶25.
      '5. Paragraph 5 states legal conclusions to which no response is required. To the extent a response is required, Coastal admits that the Complaint purports to state an action under the patent laws of the United States and denies that Harbor Lane is entitled to any relief under those laws.',
      '6. Answering paragraph 6 of the Complaint, Coastal states that paragraph 6 contains legal conclusions to which no response is required. To the extent a response is required, Coastal admits that venue is proper in the County of Alameda and denies each and every remaining allegation contained therein.',
      '7. Answering paragraph 7 of the Complaint, Coastal states that the Third Cause of Action is not alleged against Coastal, and that no response is therefore required. To the extent a response is required, Coastal lacks knowledge or information sufficient to form a belief as to the truth of the allegations contained therein and, on that basis, denies each and every allegation contained therein.',
      '8. In answer to Paragraph 8, Coastal admits that it received Harbor Lane\'s letter dated July 1, 2025. The remaining allegations of Paragraph 8 state legal conclusions to which no response is required. To the extent a response is required, Coastal denies the remaining allegations of Paragraph 8.',
      seedParagraph(25),
      seedParagraph(48),
      // A denial that gives the phrase as its reason.
      '9. Denied as a conclusion of law to which no responsive pleading is required.',
      '10. Coastal denies the allegations of Paragraph 10, which state legal conclusions to which no response is required.',
      // Michigan's form: the same sentence pleads lack of knowledge, which is the denial.
      '11. In answer to paragraph 11, Coastal neither admits nor denies the allegations for lack of sufficient knowledge or information upon which to form a belief, and therefore leaves Plaintiff to its proofs.',
    ), [evasiveResponse]);
  });

  it('reports the federal-md response to Paragraph 19 and fixes it in the answer\'s own words', () => {
    const text = readFixture('federal-md/answer.md');
    const findings = check(parse(text), { checks: [evasiveResponse] });
    assert.deepStrictEqual(findings.map(f => `${new LineIndex(text).positionAt(f.span.start).line + 1} ${text.slice(f.span.start, f.span.end)}`), ['100 speaks for itself']);
    const fixed = fixAndRecheck(text, findings, evasiveResponse);
    assert.match(fixed, /complete and accurate contents\. To the extent a response is required, Acme denies the allegations of Paragraph 19\.\n/);
  });

  it('learns the fallback lead from the answer', () => {
    const { findings, text } = assertMarked(answer(
      '1. Paragraph 1 states legal conclusions to which no response is required. To the extent that any response is deemed required, Coastal denies the allegations of Paragraph 1.',
      under('2. Coastal neither admits nor denies the allegations of Paragraph 2.', 'neither admits nor denies', 'evasive-response'),
    ), [evasiveResponse]);
    assert.match(fixAndRecheck(text, findings, evasiveResponse), /Paragraph 2\. To the extent that any response is deemed required, Coastal denies the allegations of Paragraph 2\.\n/);
  });

  it('does not look at complaints', () => {
    assertMarked('COMPLAINT\n\n1. The Agreement speaks for itself.\n', [evasiveResponse]);
  });
});

describe('page artifacts inside a response', () => {
  it('are read past, not into: a comment or page footer is no part of the response', () => {
    assertMarked(answer(
      // A drafting note in an HTML comment says "no response is required" and "lacks information": not the response's words.
      '1. In answer to Paragraph 1, Coastal admits that it operates bakeries.\n<!-- TODO ask client whether no response is required here -->\nCoastal admits the remaining allegations of Paragraph 1.',
      '2. In answer to Paragraph 2, Coastal denies\n<!-- TODO: client lacks information on dates -->\nthe allegations of Paragraph 2.',
      // A page break inside the catch-all: "each and every … allegation" is still one phrase.
      '3. In answer to Paragraph 3, Coastal admits that it delivered an oven; Coastal denies each and every\nPage 3 of 17\nallegation set forth in Paragraph 3.',
      // A page number between the lines of an evasion: still found, and marked where it is written.
      `4. In answer to Paragraph 4, Coastal states that the\n- 12 -\n${under('Agreement speaks for itself.', 'speaks for itself', 'evasive-response')}`,
    ), [evasiveResponse, knowledgePhrase, partialResponse]);
  });
});

describe('knowledge-phrase', () => {
  it('flags the seed answer\'s ¶14, which does not use the Rule 8(b)(5) form', () => {
    assertMarked(answer(under(seedParagraph(14), 'for lack of knowledge or information', 'knowledge-phrase')), [knowledgePhrase]);
  });

  it('flags other short forms', () => {
    assertMarked(answer(
      under('1. Coastal lacks sufficient information to admit or deny the allegations of Paragraph 1, and therefore denies them.', 'lacks sufficient information', 'knowledge-phrase'),
      under('2. Coastal has no knowledge of the allegations of Paragraph 2.', 'has no knowledge', 'knowledge-phrase'),
      under('3. Coastal lacks knowledge sufficient to form a belief about the truth of the allegations of Paragraph 3, and therefore denies them.', 'lacks knowledge', 'knowledge-phrase'),
      under('4. Coastal admits that it sold the Oven. Coastal is without information as to the remaining allegations, and therefore denies them.', 'is without information', 'knowledge-phrase'),
    ), [knowledgePhrase]);
  });

  it('accepts the standard form in its variations, and phrases that are not about lacking knowledge', () => {
    assertMarked(answer(
      seedParagraph(2),
      seedParagraph(20),
      seedParagraph(42),
      seedParagraph(75),
      '5. Defendant is without knowledge or information sufficient to form a belief as to the truth of the allegations of paragraph 5 of the complaint, and therefore denies them.',
      '6. Coastal lacks sufficient knowledge or information to form a belief about the truth of the allegations of Paragraph 6, and therefore denies them.',
      '7. In answer to Paragraph 7, Coastal admits, on information and belief, that Harbor Lane is an Oregon limited liability company.',
      '8. Coastal denies that it shipped the Oven without information about the bakery\'s ventilation.',
    ), [knowledgePhrase]);
  });
});

describe('partial-response', () => {
  it('flags an admission with only a specific denial, and appends the catch-all', () => {
    const { findings, text } = assertMarked(answer(
      '1. In answer to Paragraph 1, Coastal admits that it sold the Oven. Except as so admitted, Coastal denies the allegations of Paragraph 1.',
      under('2. In answer to Paragraph 2, Coastal admits that it sold the Oven. Coastal denies that the Oven was defective.', 'admits', 'partial-response'),
      '3. In answer to Paragraph 3, Coastal admits that it received the letter. Coastal denies the remaining allegations of Paragraph 3.',
    ), [partialResponse]);
    const fixed = fixAndRecheck(text, findings, partialResponse);
    assert.match(fixed, /was defective\. Except as expressly admitted, Coastal denies the remaining allegations of Paragraph 2\.\n/);
  });

  it('flags "Admitted in part." with nothing denied', () => {
    assertMarked(answer(under('1. Admitted in part.', 'Admitted', 'partial-response')), [partialResponse]);
  });

  it('accepts every catch-all the seed answer and the other fixtures use', () => {
    assertMarked(answer(
      seedParagraph(1), // "Except as so admitted, [24]7 lacks knowledge …, and therefore denies those allegations."
      seedParagraph(14), // "denies for lack of knowledge or information the allegations therein, but admits …"
      seedParagraph(15),
      seedParagraph(19),
      seedParagraph(47), // "Except as so admitted, [24]7 denies each and every allegation set forth therein."
      seedParagraph(75), // "Other than as specifically admitted, [24]7 lacks knowledge …"
      seedParagraph(84), // "As to the remaining allegations in Paragraph 84, [24]7 denies each and every such allegation."
      '9. Defendant admits that it sold and installed three continuous-flow grain dryers at Lakeshore\'s Kankakee elevator. Defendant denies the remaining allegations contained in paragraph 9.',
      '10. Admitted in part; denied in part. Defendant admits that it is a Delaware corporation, and denies the remaining allegations.',
      '11. Answering paragraph 11 of the Complaint, Defendant admits that the Agreement contains a section 7.2. Defendant denies that paragraph 11 accurately characterizes section 7.2, and denies each and every remaining allegation contained therein.',
      '12. Coastal admits that it received the letter, and otherwise denies the allegations of Paragraph 12.',
      // One sentence that splits the paragraph into the part admitted and the part denied.
      '13. Coastal admits that section 6 warrants the Oven against defects, and denies that the warranty runs for two years; it runs for one.',
      // Pennsylvania's and New Jersey's opening says the rest is denied.
      '14. Admitted in part and denied in part. It is admitted that Coastal sold the Oven. The invoice speaks for itself, and any characterization of it is denied.',
      // A fallback denial of "them", after a sentence about the remaining allegations.
      '15. Coastal admits that it received the letter. The remaining allegations of Paragraph 15 state legal conclusions to which no answer is required; to the extent an answer is required, Coastal denies them.',
    ), [partialResponse]);
  });

  it('is quiet when the preamble denies everything not expressly admitted', () => {
    assertMarked([
      'ANSWER',
      'Defendant Coastal Ovens Corporation ("Coastal") answers the Complaint as follows. Except as expressly admitted below, Coastal denies each and every allegation of the Complaint.',
      '1. In answer to Paragraph 1, Coastal admits that it sold the Oven. Coastal denies that the Oven was defective.',
    ].join('\n\n'), [partialResponse]);
  });

  it('is quiet where the house style is specific denials (three or more, most of the partial responses)', () => {
    const specific = (n: number) => `${n}. Coastal admits that it sent invoice ${n}. Coastal denies that it owes invoice ${n}.`;
    assertMarked(answer(specific(1), specific(2), specific(3), '4. Coastal admits that it sold the Oven. Except as so admitted, Coastal denies the allegations of Paragraph 4.'), [partialResponse]);
  });
});

describe('no-response', () => {
  it('flags a paragraph that only states facts', () => {
    assertMarked(answer(
      under('1. In answer to Paragraph 1, Coastal states that its principal office is in Portland, Oregon.', 'Coastal states that its principal office is in Portland, Oregon.', 'no-response'),
      '2. In answer to Paragraph 2, Coastal denies the allegations of Paragraph 2.',
    ), [noResponse]);
  });

  it('leaves evasive phrasings to evasive-response, and real responses alone', () => {
    assertMarked(answer(
      '1. In answer to Paragraph 1, Coastal states that the Agreement speaks for itself.',
      '2. Denied.',
      '3. Admitted.',
      '4. In answer to Paragraph 4, Coastal incorporates its responses to paragraphs 1 through 3 as if fully set forth herein.',
      seedParagraph(12),
    ), [noResponse]);
  });
});

describe('own-knowledge', () => {
  const complaint = parse(dedent(`
    COASTAL OVENS CORPORATION,
    Defendant.

    COMPLAINT

    Plaintiff Harbor Lane Bakery, LLC ("Harbor Lane") sues Defendant Coastal Ovens Corporation ("Coastal") and alleges:

    1. Harbor Lane is an Oregon limited liability company.

    2. Coastal shipped the Oven to Harbor Lane on May 1, 2025.

    3. On May 3, 2025, Coastal installed the Oven at the bakery.

    4. Coastal's technician told Harbor Lane that the Oven was defective.

    5. Defendant refused to repair the Oven.

    6. Coastal presented the failures to customers as Harbor Lane's fault. Harbor Lane believes Coastal did so deliberately.
  `));
  const lack = (n: number) => `${n}. In answer to Paragraph ${n}, Coastal lacks knowledge or information sufficient to form a belief about the truth of the allegations of Paragraph ${n}, and therefore denies them.`;

  it('flags lack of knowledge of the party\'s own acts', () => {
    assertMarked(answer(
      lack(1),
      under(lack(2), 'lacks knowledge or information', 'own-knowledge'),
      under(lack(3), 'lacks knowledge or information', 'own-knowledge'),
      lack(4),
      under(lack(5), 'lacks knowledge or information', 'own-knowledge'),
      '6. In answer to Paragraph 6, Coastal denies each and every allegation set forth therein. Coastal lacks knowledge or information sufficient to form a belief as to what Harbor Lane allegedly believes, and therefore denies same on that ground.',
    ), [ownKnowledge], complaint);
  });

  it('needs the complaint', () => {
    assertMarked(answer(lack(2)), [ownKnowledge]);
  });

  it('finds nothing in the seed answer against its complaint', () => {
    assert.deepStrictEqual(check(parse(seed), { checks: [ownKnowledge], complaint: parse(readFixture('seed/complaint.txt')) }), []);
  });
});

describe('waivable-defense', () => {
  const defenses = (...titles: string[]) => ['AFFIRMATIVE DEFENSES', ...titles.flatMap((t, i) => [`${['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH'][i]} AFFIRMATIVE DEFENSE\n(${t})`, `Harbor Lane's claims are barred by ${t.toLowerCase()}.`])];

  it('lists the 12(h)(1) defenses the answer does not raise, once, on the defenses heading', () => {
    const { findings } = assertMarked(answer(
      '1. Denied.',
      under('AFFIRMATIVE DEFENSES', 'AFFIRMATIVE DEFENSES', 'waivable-defense'),
      ...defenses('Laches', 'Improper Venue').slice(1),
      '/s/ Daniel P. Okafor',
    ), [waivableDefense]);
    assert.strictEqual(findings[0].severity, 'information');
    assert.match(findings[0].message, /do not raise lack of personal jurisdiction, insufficient process or insufficient service of process, which FRCP 12\(h\)\(1\) waives/);
  });

  it('leaves out what the responses concede, and is quiet when all four are raised', () => {
    const { findings } = assertMarked(answer(
      '1. In answer to Paragraph 1, Coastal admits that this Court has personal jurisdiction over Coastal.',
      '2. In answer to Paragraph 2, Coastal does not contest venue in this District.',
      under('AFFIRMATIVE DEFENSES', 'AFFIRMATIVE DEFENSES', 'waivable-defense'),
      ...defenses('Laches').slice(1),
    ), [waivableDefense]);
    assert.match(findings[0].message, /do not raise insufficient process or insufficient service of process, .* \(the responses concede personal jurisdiction and venue\)\.$/);
    assertMarked(answer('1. Denied.', ...defenses('Lack of Personal Jurisdiction', 'Improper Venue', 'Insufficient Process', 'Insufficient Service of Process')), [waivableDefense]);
  });

  it('goes on the title when there are no defenses, and waits while the answer is a draft', () => {
    assertMarked(`${under('ANSWER', 'ANSWER', 'waivable-defense')}\n\n1. Denied.\n\nDated: March 6, 2026\n\n/s/ Daniel P. Okafor\n`, [waivableDefense]);
    assertMarked('ANSWER\n\n1. Denied.\n\n2. Admitted.\n', [waivableDefense]);
    assertMarked(answer('1. Denied.', 'AFFIRMATIVE DEFENSES', 'FIRST AFFIRMATIVE DEFENSE\n(Failure to State a Claim)', 'The Complaint fails to state a claim.', 'SECOND AFFIRMATIVE DEFENSE\n([Title of Defense])', '[State the facts that support this defense.]'), [waivableDefense]);
    assertMarked('COMPLAINT\n\n1. Coastal sold an oven.\n', [waivableDefense]);
  });

  it('reports on the seed answer what its 26 defenses leave out', () => {
    const [f] = check(parse(seed), { checks: [waivableDefense] });
    assert.strictEqual(new LineIndex(seed).positionAt(f.span.start).line + 1, 282);
    assert.match(f.message, /do not raise improper venue, insufficient process or insufficient service of process, .* \(the responses concede personal jurisdiction\)/);
  });
});

describe('party-number', () => {
  it('flags the seed answer\'s "Defendants deny" where one defendant answers, and fixes the word and its verb', () => {
    const prayer = seedLines.find(l => l.startsWith('Defendants deny'))!;
    const { findings, text } = assertMarked([
      seedLines.slice(0, 22).join('\n'),
      'ANSWER AS TO PRAYER FOR RELIEF',
      under(prayer, 'Defendants deny', 'party-number'),
    ].join('\n\n'), [partyNumber]);
    assert.match(fixAndRecheck(text, findings, partyNumber), /\nDefendant denies that plaintiff is entitled to any relief/);
  });

  it('flags "Defendant denies" where several defendants answer together', () => {
    const { findings, text } = assertMarked([
      'ANSWER',
      'Defendants Coastal Ovens Corporation and Bayview Installers LLC (together, "Defendants") answer the Complaint as follows:',
      under('1. Defendant specifically denies the allegations of Paragraph 1.', 'Defendant specifically denies', 'party-number'),
      '2. Defendants deny the allegations of Paragraph 2.',
      '3. Defendant Bayview denies the allegations of Paragraph 3.',
    ].join('\n\n'), [partyNumber]);
    assert.match(fixAndRecheck(text, findings, partyNumber), /1\. Defendants specifically deny the allegations/);
  });

  it('reads "Defendants" as the object, not the subject, after "that"; and needs to know who answers', () => {
    assertMarked(answer(
      '1. Coastal denies that Defendants breached the Agreement.',
      '2. Coastal denies the allegation that Defendants are jointly liable.',
      '3. Defendant denies the allegations of Paragraph 3.',
    ), [partyNumber]);
    assertMarked('ANSWER\n\n1. Defendants deny the allegations of Paragraph 1.\n', [partyNumber]);
  });
});

describe('citation', () => {
  it('flags the seed COUNT VI title citing the Lanham Act to Title 28, and fixes the title', () => {
    const { findings, text } = assertMarked([
      'COUNT VI',
      under('Lanham Act Unfair Competition, 28 U.S.C. § 1125(a)', '28', 'citation'),
    ].join('\n\n'), [citation]);
    assert.match(findings[0].message, /The Lanham Act is Title 15/);
    assert.match(fixAndRecheck(text, findings, citation), /Lanham Act Unfair Competition, 15 U\.S\.C\. § 1125\(a\)/);
  });

  it('flags a section that does not exist in the title cited, and an act next to the wrong title', () => {
    assertMarked([
      under('1. Plaintiff brings this action under 28 U.S.C. § 1983.', '28', 'citation'),
      under('2. Plaintiff sues under the Computer Fraud and Abuse Act, 15 U.S.C. § 1030(g).', '15', 'citation'),
      under('3. Defendant infringed under the Patent Act, 28 U.S.C. § 271.', '28', 'citation'),
      under('4. Title VII, 29 U.S.C. § 2000e-2(a), forbids it.', '29', 'citation'),
    ].join('\n\n'), [citation]);
  });

  it('flags venue said to lie under a jurisdiction statute, and fixes it to § 1391', () => {
    const { findings, text } = assertMarked(under('7. Venue is proper in this District pursuant to 28 U.S.C. § 1331.', '1331', 'citation'), [citation]);
    assert.match(fixAndRecheck(text, findings, citation), /pursuant to 28 U\.S\.C\. § 1391\./);
  });

  it('accepts correct citations, jurisdiction statutes next to act names, and other titles\' venue provisions', () => {
    assertMarked([
      seedLines[53], // "… the Copyright Act, 17 U.S.C. § 101 *et seq.*, and the Lanham Act, 15 U.S.C. § 1051, *et seq.* [24]7"
      seedLines[55], // "… subject-matter jurisdiction under 28 U.S.C. § 1338 … supplemental … 28 U.S.C. § 1367 …"
      '1. This Court has subject matter jurisdiction under 28 U.S.C. § 1331, and venue is proper under 28 U.S.C. § 1391(b).',
      '2. Venue is proper in this District under 28 U.S.C. § 1391(b) and 42 U.S.C. § 2000e-5(f)(3) because the unlawful employment practices occurred here.',
      '3. Venue is proper in this District pursuant to 28 U.S.C. §§ 1391(b) and (c) and 28 U.S.C. § 1400(a) because Defendant may be found here.',
      '4. Plaintiff\'s claims arise under the Copyright Act pursuant to 28 U.S.C. § 1338.',
      '5. Plaintiff brings this action under Title VII of the Civil Rights Act of 1964, 42 U.S.C. § 2000e et seq., and the FMLA, 29 U.S.C. § 2601 et seq.',
      '6. Defendant is an "employer" within the meaning of 42 U.S.C. § 2000e(b) and 29 U.S.C. § 2611(4).',
      '7. Acme infringed the patent under the Patent Act, 35 U.S.C. § 271, and the claims are invalid under 35 U.S.C. §§ 101, 102, 103, and 112.',
      '8. The action was removed under 28 U.S.C. § 1441, and venue lies in this District.',
      'COUNT ONE\n\nRetaliation in Violation of Title VII, 42 U.S.C. § 2000e-3(a)',
    ].join('\n\n'), [citation]);
  });

  it('keeps its table in one data file', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const table = require('../../server/src/core/data/citations.json') as { acts: { name: string; title: number }[] };
    assert.deepStrictEqual(table.acts.find(a => a.name === 'Lanham Act')?.title, 15);
  });
});

describe('heading-response', () => {
  const complaint = parse(dedent(`
    COMPLAINT

    PARTIES

    1. Harbor Lane is a bakery.

    JURISDICTION AND VENUE

    2. Venue is proper here.

    COASTAL'S FRAUDULENT SCHEME TO SELL DEFECTIVE OVENS

    3. Coastal sold a defective oven.
  `));
  const mirrored = (preamble: string) => [
    'ANSWER',
    preamble,
    under('PARTIES', 'PARTIES', 'heading-response'),
    '1. Admitted.',
    'JURISDICTION AND VENUE',
    '2. Admitted.',
    "COASTAL'S FRAUDULENT SCHEME TO SELL DEFECTIVE OVENS",
    '3. Denied.',
  ].join('\n\n');

  it('flags mirrored headings that allege facts, once, and adds the disclaimer to the preamble', () => {
    const { findings, text } = assertMarked(mirrored('Defendant Coastal Ovens Corporation ("Coastal") answers the Complaint as follows:'), [headingResponse], complaint);
    assert.strictEqual(findings[0].severity, 'information');
    const fixed = fixAndRecheck(text, findings, headingResponse, complaint);
    assert.match(fixed, /as follows: Coastal repeats the headings of the Complaint for convenience only; to the extent the headings contain allegations, Coastal denies them\.\n/);
  });

  it('accepts a disclaimer in the answer\'s own words, neutral headings, and answers without headings', () => {
    const disclaimed = mirrored('Coastal repeats the headings of the Complaint for convenience only, and to the extent those headings contain allegations, Coastal denies them.').replace(/\n *\^+ heading-response/, '');
    assertMarked(disclaimed, [headingResponse], complaint);
    assertMarked(mirrored('The headings are not admissions.').replace(/\n *\^+ heading-response/, ''), [headingResponse], complaint);
    const neutral = parse('COMPLAINT\n\nPARTIES\n\n1. A.\n\nJURISDICTION AND VENUE\n\n2. B.\n\nFACTUAL ALLEGATIONS\n\n3. C.\n');
    assertMarked(mirrored('Coastal answers.').replace(/\n *\^+ heading-response/, ''), [headingResponse], neutral);
    assertMarked(answer('1. Admitted.', '2. Admitted.', '3. Denied.'), [headingResponse], complaint);
    assertMarked(mirrored('Coastal answers.').replace(/\n *\^+ heading-response/, ''), [headingResponse]);
  });
});

describe('the response-quality rules on the fixtures', () => {
  const lineOf = (text: string, f: Finding) => new LineIndex(text).positionAt(f.span.start).line + 1;
  const report = (file: string, complaint?: string) => {
    const text = readFixture(file);
    return check(parse(text), { checks: NEW_RULES, complaint: complaint ? parse(readFixture(complaint)) : undefined })
      .map(f => `${lineOf(text, f)} ${f.code}`);
  };

  it('report exactly the seed answer\'s real shortfalls, alone and against its complaint', () => {
    const want = ['58 knowledge-phrase', '244 citation', '280 party-number', '282 waivable-defense'];
    assert.deepStrictEqual(report('seed/answer.txt'), want);
    assert.deepStrictEqual(report('seed/answer.txt', 'seed/complaint.txt'), want);
  });

  it('report only the federal-md evasive response and the waiver reminders elsewhere', () => {
    assert.deepStrictEqual(report('federal-md/answer.md', 'federal-md/complaint.md'), ['100 evasive-response', '159 waivable-defense']);
    assert.deepStrictEqual(report('amended/answer.txt', 'amended/first-amended-complaint.txt'), ['90 waivable-defense']);
    // A California superior court answer: personal-jurisdiction objections go by motion (CCP § 418.10), so no waiver reminder.
    assert.deepStrictEqual(report('california/answer.txt', 'california/complaint.txt'), []);
    assert.deepStrictEqual(report('short-style/answer.txt', 'short-style/complaint.txt'), ['73 waivable-defense']);
    assert.deepStrictEqual(report('pdf-extracted/answer.txt', 'pdf-extracted/complaint.txt'), ['79 waivable-defense']);
    for (const c of ['seed/complaint.txt', 'amended/first-amended-complaint.txt', 'california/complaint.txt', 'federal-md/complaint.md', 'short-style/complaint.txt', 'pdf-extracted/complaint.txt']) {
      assert.deepStrictEqual(report(c), [], c);
    }
  });
});
