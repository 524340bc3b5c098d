/** Roman, word and ordinal numerals as they appear in COUNT, cause-of-action and defense headings. */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function parseRoman(s: string): number | undefined {
  const up = s.toUpperCase();
  if (!/^[IVXLC]{1,12}$/.test(up)) return undefined;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i]];
    const next = ROMAN[up[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  // Reject malformed numerals such as "IIII" or "VX" by round-tripping.
  return toRoman(total) === up ? total : undefined;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return out;
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth'];
const TEN_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth',
  'eightieth', 'ninetieth'];

function buildTable(units: string[], tens: string[], tenOrdinals?: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    if (n < 20) m.set(units[n], n);
    else if (u === 0) m.set((tenOrdinals ?? tens)[t], n);
    else m.set(`${TENS[t]}-${units[u]}`, n);
  }
  return m;
}

const WORD_NUMBERS = buildTable(UNITS, TENS);
const ORDINAL_WORDS = buildTable(UNIT_ORDINALS, TENS, TEN_ORDINALS);

/** Matches an ordinal word ("TWENTY-SIXTH", "Twenty Sixth", "26th"). Used inside larger patterns. */
export const ORDINAL_PATTERN =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|\\d{1,2}(?:st|nd|rd|th))';

/** Matches a cardinal written as a word ("ONE", "Twenty-Two"). */
export const WORD_NUMBER_PATTERN =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

function normaliseWords(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '-');
}

export function parseOrdinal(s: string): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(s);
  if (m) return Number(m[1]);
  return ORDINAL_WORDS.get(normaliseWords(s));
}

export function parseWordNumber(s: string): number | undefined {
  return WORD_NUMBERS.get(normaliseWords(s));
}

export function toOrdinalWord(n: number): string {
  for (const [w, v] of ORDINAL_WORDS) if (v === n) return w;
  return `${n}th`;
}

export function toWordNumber(n: number): string {
  for (const [w, v] of WORD_NUMBERS) if (v === n) return w;
  return String(n);
}

/** Parses any numeral style used in headings and says which style it was. */
export function parseNumeral(s: string): { value: number; style: 'roman' | 'arabic' | 'word' | 'ordinal' } | undefined {
  if (/^\d{1,3}$/.test(s)) return { value: Number(s), style: 'arabic' };
  const roman = parseRoman(s);
  if (roman !== undefined) return { value: roman, style: 'roman' };
  const word = parseWordNumber(s);
  if (word !== undefined) return { value: word, style: 'word' };
  const ord = parseOrdinal(s);
  if (ord !== undefined) return { value: ord, style: 'ordinal' };
  return undefined;
}

/** Writes `n` in the given style, matching the case of `like` ("VI", "Sixth", "SIXTH"). */
export function formatNumeral(n: number, style: 'roman' | 'arabic' | 'word' | 'ordinal', like: string): string {
  let out: string;
  switch (style) {
    case 'roman': return toRoman(n);
    case 'arabic': return String(n);
    case 'word': out = toWordNumber(n); break;
    case 'ordinal': out = /\d/.test(like) ? `${n}${ordinalSuffix(n)}` : toOrdinalWord(n); break;
  }
  if (like === like.toUpperCase()) return out.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return out.replace(/(^|-)([a-z])/g, (_m, p, c: string) => p + c.toUpperCase());
  return out;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
