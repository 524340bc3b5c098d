/** Go to definition and find references for paragraph numbers and ranges within a document. */
import type { Location } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import { toRange } from './convert';
import { paragraphsFor, referencesTo, targetAt } from './navigation';

/** A range like "1-10000" would list everything: cap what a peek view shows. */
const MAX_LOCATIONS = 500;

export function definition(a: Analysis, offset: number): Location[] {
  const t = targetAt(a.pleading, offset);
  if (!t || t.kind !== 'reference') return [];
  const out: Location[] = [];
  const lo = Math.min(t.from, t.to);
  const hi = Math.max(t.from, t.to);
  for (let n = lo; n <= hi && out.length < MAX_LOCATIONS; n++) {
    for (const para of paragraphsFor(a.pleading, n, t.paragraph.region)) {
      out.push({ uri: a.uri, range: toRange(a.lines, para.numberSpan ?? para.span) });
    }
  }
  return out;
}

export function references(a: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const t = targetAt(a.pleading, offset);
  if (!t) return [];
  const n = t.kind === 'number' ? t.paragraph.number : t.from === t.to ? t.from : undefined;
  if (n === null || n === undefined) return [];
  const region = t.paragraph.region;
  const spans = referencesTo(a.pleading, n, region);
  if (includeDeclaration) for (const para of paragraphsFor(a.pleading, n, region)) spans.unshift(para.numberSpan ?? para.span);
  return spans.map(s => ({ uri: a.uri, range: toRange(a.lines, s) }));
}
