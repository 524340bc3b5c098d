/** Facts derived from the model that several checks share, computed on demand. */
import type { Paragraph, Pleading } from './model';

/** Whether an answer numbers each response after the complaint paragraph it answers. */
export function tracksComplaintNumbers(pleading: Pleading): boolean {
  let explicit = 0;
  let same = 0;
  for (const p of pleading.paragraphs) {
    const r = p.response;
    if (!r || r.implicit || p.number === null || r.targets.length !== 1) continue;
    explicit++;
    if (r.targets[0] === p.number) same++;
  }
  return explicit >= 3 && same >= explicit * 0.8;
}

/** Answer paragraphs numbered N that say they respond to a single other paragraph M. */
export function mismatchedResponses(pleading: Pleading): Paragraph[] {
  if (pleading.kind !== 'answer' || !tracksComplaintNumbers(pleading)) return [];
  return pleading.paragraphs.filter(p => {
    const r = p.response;
    return r && !r.implicit && p.number !== null && r.targets.length === 1 && r.targets[0] !== p.number;
  });
}

/** The numbers of paragraphs that open a section, COUNT or counterclaim: natural ends of a range. */
export function headingBoundaries(pleading: Pleading): Set<number> {
  const out = new Set<number>();
  for (const h of pleading.headings) {
    if (h.kind === 'defense' || h.kind === 'defenses' || h.kind === 'prayer' || h.kind === 'jury-demand') continue;
    const p = pleading.paragraphs[h.firstParagraph];
    if (p && p.number !== null) out.add(p.number);
  }
  return out;
}
