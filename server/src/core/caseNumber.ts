/** Case numbers compare loosely: "14-CV-01559-RWS", "1:14-cv-1559 (RWS)" and "14 Civ. 1559" are one case. */
export function sameCase(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return caseKey(a) === caseKey(b);
}

export function caseKey(s: string): string {
  const up = s.slice(0, 100).toUpperCase();
  const federal = /(?:\d{1,2}:)?(\d{2})[-\s]{0,3}(CV|CR|MC|MD|BK|AP|CIV\.?)[-\s]{0,3}0*(\d{1,7})/.exec(up);
  if (federal) return `${federal[1]}-${federal[2].startsWith('CIV') ? 'CV' : federal[2]}-${federal[3]}`;
  return up.replace(/[^A-Z0-9]/g, '');
}

/** 0 for an original complaint, 1 for "First Amended" (or plain "Amended"), 2 for "Second Amended" … */
export function amendmentRank(title: string | undefined): number {
  if (!title) return 0;
  const m = /\b(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|\d{1,2}(?:ST|ND|RD|TH))\s+AMENDED\b/i.exec(title);
  if (m) {
    const words = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH', 'NINTH', 'TENTH'];
    const w = m[1].toUpperCase();
    return words.includes(w) ? words.indexOf(w) + 1 : parseInt(w, 10);
  }
  return /\bAMENDED\b/i.test(title) ? 1 : 0;
}
