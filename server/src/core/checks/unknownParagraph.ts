/**
 * unknown-paragraph: the answer responds to or cites a paragraph the complaint does not have —
 * usually an answer drafted against an earlier version of an amended complaint.
 */
import { complaintParagraphs, respondsToComplaint } from '../analysis';
import { incorporatedReferences } from '../parse/parser';
import { type Check, type CheckContext, para } from './check';

const NONE: number[] = [];

export const unknownParagraph: Check = {
  code: 'unknown-paragraph',
  description: 'The answer responds to or cites a paragraph the complaint does not have (needs the linked complaint).',
  severity: 'error',
  run({ pleading, complaint, report }: CheckContext): void {
    if (!complaint || pleading.kind !== 'answer') return;
    const known = complaintParagraphs(complaint);
    if (!known.size) return;
    let last = 0;
    for (const n of known.keys()) if (n > last) last = n;
    for (const p of pleading.paragraphs) {
      if (!respondsToComplaint(p)) continue;
      const targets = p.response!.targets;
      const missing = allKnown(targets, known) ? NONE : targets.filter(t => !known.has(t));
      if (missing.length) {
        report(p.response!.targetSpan ?? p.numberSpan ?? p.span, `${para(p.number)} responds to ${missing.length > 1 ? `paragraphs ${missing.join(', ')}` : `Paragraph ${missing[0]}`}, which the complaint does not have (its paragraphs run to ${last}).`);
      }
      for (const r of incorporatedReferences(pleading.text, p)) {
        for (const g of r.ranges) {
          if (g.to > last || !known.has(g.from)) {
            report(g.span, `${para(p.number)} cites ${g.from === g.to ? `paragraph ${g.from}` : `paragraphs ${g.from}-${g.to}`}, beyond the complaint's last paragraph (${last}).`);
          }
        }
      }
    }
  },
};

function allKnown(targets: number[], known: ReadonlyMap<number, unknown>): boolean {
  for (const t of targets) if (!known.has(t)) return false;
  return true;
}
