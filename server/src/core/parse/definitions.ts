/** Defined short names: `Defendant [24]7 Customer, Inc. ("[24]7" or "Defendant")`. */
import type { DefinedTerm } from '../model';

/** A parenthetical, tried only where a "(" is (sticky): finding the few "(" by indexOf beats scanning with the pattern tenfold. */
const PARENTHETICAL = /\(([^()\n]{1,200})\)/y;
const QUOTED = /["“]([^"“”\n]{1,80})["”]/g;
const FILLER = /\b(?:the|hereinafter|herein|collectively|together|jointly|each|individually|or|and|a|an|referred|to|as)\b|[,;\s]/gi;
const ROLE_WORDS = /^(?:Defendants?|Plaintiffs?|Counter-?claim(?:ant|-Plaintiff|-Defendant)s?|Petitioners?|Respondents?)\s+/;

/** Definitions without parentheses: `are referred to collectively as "Defendants"`. */
const REFERRED_AS = /\b(?:referred\s+to\s+(?:herein\s+|hereinafter\s+|collectively\s+|together\s+){0,2}as|hereinafter\s+referred\s+to\s+as|defined\s+as)\s+(?:the\s+)?["“]([^"“”\n]{1,80})["”]/g;

/** Strips emphasis inside quotes: “**Defendant**”. */
function clean(term: string): string {
  let a = 0;
  let b = term.length;
  while (a < b && (term[a] === '*' || term[a] === '_')) a++;
  while (b > a && (term[b - 1] === '*' || term[b - 1] === '_')) b--;
  return term.slice(a, b).replace(/[.,;:]$/, '').trim();
}

export function findDefinedTerms(text: string): DefinedTerm[] {
  const terms: DefinedTerm[] = [];
  REFERRED_AS.lastIndex = 0;
  for (let m = REFERRED_AS.exec(text); m; m = REFERRED_AS.exec(text)) {
    const term = clean(m[1]);
    if (!term || /^[a-z]/.test(term)) continue;
    const start = m.index + m[0].indexOf(m[1]) + m[1].indexOf(term);
    terms.push({ term, span: { start, end: start + term.length } });
  }
  for (let open = text.indexOf('('), next = 0; open >= 0; open = text.indexOf('(', next)) {
    PARENTHETICAL.lastIndex = open;
    const m = PARENTHETICAL.exec(text);
    if (!m) {
      next = open + 1;
      continue;
    }
    next = open + m[0].length;
    const inner = m[1];
    const first = inner.search(/["“]/);
    if (first < 0) continue;
    // Everything that is not quoted must be connective words: ("X" or "Y"), (the "X"), (collectively, "X").
    const quotes: { term: string; at: number }[] = [];
    QUOTED.lastIndex = 0;
    for (let q = QUOTED.exec(inner); q; q = QUOTED.exec(inner)) {
      const term = clean(q[1]);
      quotes.push({ term, at: q.index + 1 + q[1].indexOf(term) });
    }
    if (!quotes.length) continue;
    const rest = inner.replace(QUOTED, '').replace(FILLER, '');
    if (rest.length) continue;
    const fullName = nameBefore(text, m.index);
    for (const q of quotes) {
      if (!q.term || /^[a-z]/.test(q.term)) continue;
      const start = m.index + 1 + q.at;
      terms.push({ term: q.term, fullName, span: { start, end: start + q.term.length } });
    }
  }
  return terms.sort((a, b) => a.span.start - b.span.start);
}

/** The capitalised run of words just before an opening parenthesis: "Defendant [24]7 Customer, Inc.". */
function nameBefore(text: string, paren: number): string | undefined {
  const from = Math.max(0, paren - 160);
  const window = text.slice(from, paren);
  const before = window.slice(window.lastIndexOf('\n') + 1).trimEnd();
  const words = before.split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 12; i--) {
    const w = words[i];
    if (/[()“”"]/.test(w)) break;
    if (/^[A-Z0-9\[]/.test(w) || (name.length && /^(?:of|and|&|the|de|du|la|von|van)$/.test(w))) name.unshift(w);
    else break;
  }
  while (name.length && /^(?:of|and|&|the)$/.test(name[0])) name.shift();
  const joined = name.join(' ').replace(ROLE_WORDS, '').replace(/,$/, '');
  return joined || undefined;
}
