// Generates a complaint and a matching answer of N paragraphs, in the seed answer's style:
// sections, a COUNT every 40 paragraphs opening with a realleging paragraph, varied responses.
// Paragraphs run to about 400 characters, as in the seed answer (and as the issue's "a
// 10,000-paragraph answer is about 4 MB" assumes).

/** Further statements a response goes on with, in turn: the body of a real response. */
const FURTHER = [
  i => `Coastal further states that the Agreement, including its warranty, installation and maintenance provisions, governs the parties' obligations with respect to oven model ${i}, and that the Agreement speaks to the matters alleged only in the terms the parties agreed.`,
  i => `Coastal states that its records of the delivery, installation and service of oven model ${i} show that the work was performed as scheduled and inspected on completion, and Coastal refers to those records for their full contents.`,
  i => `Coastal notes that Harbor Lane did not report any fault in oven model ${i} within the notice period set by Section 7 of the Agreement, and Coastal reserves every defense available to it under the Agreement and applicable law.`,
];
const MORE = [
  i => ` Harbor Lane relied on Coastal's representations about the oven's capacity, energy use and service schedule when it signed the Agreement for oven model ${i}, and it would not otherwise have done so.`,
  i => ` The oven was to be installed by Coastal's technicians within ten business days of delivery and serviced quarterly, as set out in Schedule B to the Agreement for oven model ${i}.`,
];

export function generatePair(n) {
  const c = [];
  const a = [];
  const caption = (title) => `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nHARBOR LANE BAKERY, LLC,\n\nPlaintiff,\n\nv.\n\nCOASTAL OVENS CORPORATION,\n\nDefendant.\n\nCase No. 1:26-cv-0${n}\n\n${title}\n`;
  c.push(caption('COMPLAINT'));
  c.push('Plaintiff Harbor Lane Bakery, LLC ("Harbor Lane") alleges against Defendant Coastal Ovens Corporation ("Coastal" or "Defendant") as follows:\n');
  a.push(caption('ANSWER'));
  a.push('Defendant Coastal Ovens Corporation ("Coastal"), by its attorneys, answers the Complaint as follows:\n');
  let count = 0;
  const roman = (k) => { const t = [[1000,'M'],[900,'CM'],[500,'D'],[400,'CD'],[100,'C'],[90,'XC'],[50,'L'],[40,'XL'],[10,'X'],[9,'IX'],[5,'V'],[4,'IV'],[1,'I']]; let s=''; for (const [v,r] of t) while (k>=v) { s+=r; k-=v; } return s; };
  for (let i = 1; i <= n; i++) {
    if (i === 1) { c.push('I. PARTIES AND FACTS\n'); a.push('I. PARTIES AND FACTS\n'); }
    if (i > 20 && i % 40 === 1) {
      count++;
      const h = `COUNT ${roman(count)}\n\nBreach of Contract Number ${count}\n`;
      c.push(h); a.push(h);
      c.push(`${i}. Harbor Lane repeats and realleges each and every allegation in paragraphs 1 through ${i - 1} as if fully set forth herein.\n`);
      a.push(`${i}. In answer to Paragraph ${i}, Coastal incorporates herein its admissions and denials set forth in response to the allegations of paragraphs 1-${i - 1}, inclusive.\n`);
      continue;
    }
    // Lack-of-knowledge responses go to allegations about others (a party knows its own conduct).
    c.push(i % 5 === 2
      ? `${i}. On March ${(i % 28) + 1}, 2024, Harbor Lane's customers ordered ${i} loaves, and Harbor Lane lost $${(i * 37) % 9000 + 1000}.00 in sales, as alleged in paragraph ${Math.max(1, i - 1)} above.\n`
      : `${i}. On March ${(i % 28) + 1}, 2024, Coastal delivered oven model ${i} to Harbor Lane's bakery at 12 Main Street, and Harbor Lane paid $${(i * 37) % 9000 + 1000}.00 under the Agreement, as alleged in paragraph ${Math.max(1, i - 1)} above.${MORE[i % 2](i)}\n`);
    const further = ` ${FURTHER[i % 3](i)}`;
    switch (i % 5) {
      case 0: a.push(`${i}. In answer to Paragraph ${i}, Coastal denies each and every allegation set forth therein. Coastal specifically denies that it has engaged in any wrongful conduct toward Harbor Lane.${further}\n`); break;
      case 1: a.push(`${i}. In answer to Paragraph ${i}, Coastal admits that it delivered an oven to Harbor Lane. Except as so admitted, Coastal denies each and every allegation set forth in Paragraph ${i}.${further}\n`); break;
      case 2: a.push(`${i}. In answer to Paragraph ${i}, Coastal lacks knowledge or information sufficient to form a belief as to the truth of the allegations therein, and therefore denies them.${further}\n`); break;
      case 3: a.push(`${i}. In answer to Paragraph ${i}, Coastal admits the allegations of Paragraph ${i}.${further}\n`); break;
      default: a.push(`${i}. In answer to Paragraph ${i}, Coastal admits that the parties entered into the Agreement in early\n2019. Coastal respectfully refers the Court to the Agreement for its terms. Except as so admitted, Coastal denies the allegations.${further}\n`);
    }
  }
  c.push('PRAYER FOR RELIEF\n\nWHEREFORE, Harbor Lane requests judgment against Coastal:\n\n1. For damages;\n\n2. For costs.\n\nDated: May 1, 2026\n\n/s/ Jane Counsel\n');
  a.push('AFFIRMATIVE DEFENSES\n\nFIRST AFFIRMATIVE DEFENSE\n(Failure to State a Claim)\n\nThe Complaint fails to state a claim.\n\nWHEREFORE, Coastal requests that the Complaint be dismissed.\n\nDated: May 2, 2026\n\n/s/ John Counsel\n');
  return { complaint: c.join('\n'), answer: a.join('\n') };
}
