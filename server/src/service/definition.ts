/**
 * Go to definition and find references for paragraph numbers and ranges. Within a document; and
 * across an answer and its complaint, both ways: from an answer's number or citation to the
 * complaint's paragraph, from a complaint paragraph's number to the answer's responses.
 */
import type { Location } from 'vscode-languageserver-types';
import type { Pleading, Region, Span } from '../core';
import type { Analysis, LinkedDocument } from './analysis';
import { toRange } from './convert';
import { paragraphsFor, referencesTo, targetAt, type Target } from './navigation';

/** A range like "1-10000" would list everything: cap what a peek view shows. */
const MAX_LOCATIONS = 500;

interface Doc {
  uri: string;
  lines: Analysis['lines'];
  pleading: Pleading;
}

function numbersOf(t: Target): number[] {
  if (t.kind === 'number') return t.paragraph.response?.targets ?? (t.paragraph.number === null ? [] : [t.paragraph.number]);
  const lo = Math.min(t.from, t.to);
  const hi = Math.min(Math.max(t.from, t.to), lo + MAX_LOCATIONS);
  const out: number[] = [];
  for (let n = lo; n <= hi; n++) out.push(n);
  return out;
}

function paragraphLocations(doc: Doc, numbers: number[], region: Region): Location[] {
  const out: Location[] = [];
  for (const n of numbers) {
    for (const para of paragraphsFor(doc.pleading, n, region)) {
      if (out.length >= MAX_LOCATIONS) return out;
      out.push({ uri: doc.uri, range: toRange(doc.lines, para.numberSpan ?? para.span) });
    }
  }
  return out;
}

export function definition(a: Analysis, offset: number, answers: LinkedDocument[] = []): Location[] {
  const t = targetAt(a.pleading, offset);
  if (!t) return [];
  const region = t.paragraph.region;
  // An answer's numbers and citations name the complaint's paragraphs.
  if (a.pleading.kind === 'answer' && a.complaint && region === 'body') return paragraphLocations(a.complaint, numbersOf(t), 'body');
  // A complaint paragraph's own number leads to the answers' responses.
  if (t.kind === 'number') {
    if (a.pleading.kind !== 'complaint' || t.paragraph.number === null || region !== 'body') return [];
    return answers.flatMap(doc => paragraphLocations(doc, [t.paragraph.number!], 'body'));
  }
  return paragraphLocations(a, numbersOf(t), region);
}

/**
 * Everything that refers to one complaint paragraph: the paragraph itself (with the declaration),
 * citations of it, and the answers' responses and citations — from whichever side was asked.
 */
export function references(a: Analysis, offset: number, includeDeclaration: boolean, answers: LinkedDocument[] = []): Location[] {
  const t = targetAt(a.pleading, offset);
  if (!t) return [];
  const numbers = numbersOf(t);
  if (numbers.length !== 1) return [];
  const n = numbers[0];
  const region = t.paragraph.region;
  const complaint: Doc | undefined = a.pleading.kind === 'answer' ? (region === 'body' ? a.complaint : undefined) : a;
  const answerDocs: Doc[] = a.pleading.kind === 'answer' ? [a] : answers;
  const out: Location[] = [];
  const add = (doc: Doc, spans: Span[]) => { for (const s of spans) out.push({ uri: doc.uri, range: toRange(doc.lines, s) }); };
  if (complaint) {
    if (includeDeclaration) add(complaint, paragraphsFor(complaint.pleading, n, region).map(p => p.numberSpan ?? p.span));
    add(complaint, referencesTo(complaint.pleading, n, region));
  }
  for (const doc of answerDocs) {
    if (!complaint && doc === a && includeDeclaration) add(doc, paragraphsFor(doc.pleading, n, region).map(p => p.numberSpan ?? p.span));
    else if (complaint) add(doc, paragraphsFor(doc.pleading, n, 'body').filter(p => p.response).map(p => p.numberSpan ?? p.response?.targetSpan ?? p.span));
    add(doc, referencesTo(doc.pleading, n, doc === a ? region : 'body'));
  }
  return dedupe(out);
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter(l => {
    const k = `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
