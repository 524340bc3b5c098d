/** Who answers: the answering party's short name, and the names it goes by. */
import { answeringParty } from './drafting/phrasing';
import type { Pleading } from './model';

const PARTY = new WeakMap<Pleading, string>();

/** The answering party's short name (answeringParty), once per document. */
export function partyOf(p: Pleading): string {
  let party = PARTY.get(p);
  if (party === undefined) {
    party = answeringParty(p);
    PARTY.set(p, party);
  }
  return party;
}

function normName(s: string): string {
  return s.toLowerCase().replace(/^ ?\d{1,4}\. ?/, '').replace(/\b(?:defendants?|plaintiffs?)\b/g, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The names the answering party goes by — its short name, other terms defined for the same entity
 * ("[24]7" or "Defendant"), and, with the complaint, the complaint's terms for it — and "Defendant"
 * when the complaint has a single defendant.
 */
export function answeringNames(answer: Pleading, short: string, complaint?: Pleading): string[] {
  const names = new Set<string>([short]);
  const full = answer.definedTerms.find(t => t.term === short)?.fullName;
  const same = (fullName?: string) => !!full && !!fullName && normName(fullName) === normName(full);
  for (const t of answer.definedTerms) if (same(t.fullName)) names.add(t.term);
  if (complaint) {
    for (const t of complaint.definedTerms) if (t.term === short || same(t.fullName)) names.add(t.term);
    const defendants = complaint.caption.parties.filter(x => x.role === 'Defendant');
    if (defendants.length === 1 && !complaint.definedTerms.some(t => t.term === 'Defendants')) names.add('Defendant');
  }
  return [...names].filter(n => n && n !== 'Plaintiff' && n !== 'Plaintiffs' && n !== 'Defendants');
}

