/** The document's structure as a tree: the Outline view, breadcrumbs, `pleading outline`. */
import type { Defense, Heading, Paragraph, Pleading, ResponseKind } from './model';
import { excerpt, type Span } from './text';

export type OutlineKind =
  | 'caption' | 'section' | 'subsection' | 'count' | 'paragraph' | 'defenses' | 'defense'
  | 'prayer' | 'jury-demand' | 'counterclaim' | 'signature';

export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  /** Paragraph, COUNT, defense or section number. */
  number?: number;
  /** The response kind of an answer paragraph, a COUNT's title … */
  detail?: string;
  /** The whole node, children included. */
  span: Span;
  /** What to select when the node is chosen: the heading line or paragraph number. */
  selection: Span;
  children: OutlineNode[];
}

const RESPONSE_LABEL: Record<ResponseKind, string> = {
  admit: 'admitted',
  deny: 'denied',
  'lack-knowledge': 'lack of knowledge',
  partial: 'admitted in part',
  incorporation: 'incorporation',
  'no-response-required': 'no response required',
  other: 'other response',
};

export function responseLabel(kind: ResponseKind): string {
  return RESPONSE_LABEL[kind];
}

/** How the outline, and the CLI's findings, name a paragraph: "¶80", "Defense 3", "Response to ¶19". */
export function paragraphName(para: Paragraph, asDefense: boolean): string {
  if (asDefense) return `Defense ${para.number ?? ''}`.trim();
  if (para.number !== null) return `¶${para.number}`;
  const t = para.response?.targets;
  return t?.length ? `Response to ¶${t.length > 1 ? `${t[0]}-${t[t.length - 1]}` : t[0]}` : 'Paragraph';
}

/** Whether the defenses are numbered paragraphs (no defense has a heading of its own). */
export function numberedDefenses(p: Pleading): boolean {
  return !p.defenses.some(d => d.heading);
}

function firstWords(body: string): string | undefined {
  return excerpt(body.slice(0, 120), 48) || undefined;
}

function level(kind: OutlineKind, inCounterclaim: boolean): number {
  switch (kind) {
    case 'caption': case 'counterclaim': case 'signature': return 0;
    case 'section': case 'defenses': case 'prayer': case 'jury-demand': return inCounterclaim ? 2 : 1;
    case 'count': return inCounterclaim ? 2 : 1;
    case 'subsection': case 'defense': return inCounterclaim ? 3 : 2;
    case 'paragraph': return 9;
  }
}

export function outline(p: Pleading): OutlineNode[] {
  const items: { node: OutlineNode; at: number }[] = [];
  const add = (node: OutlineNode) => items.push({ node, at: node.span.start });
  if (p.caption.span.end > p.caption.span.start) {
    add({ kind: 'caption', name: p.caption.title?.text ?? 'Caption', detail: p.caption.caseNumber?.text, span: { ...p.caption.span }, selection: p.caption.title ?? p.caption.span, children: [] });
  }
  // A headed defense spans its body too, not just its heading.
  const defenseOf = new Map<Heading, Defense>();
  for (const d of p.defenses) if (d.heading) defenseOf.set(d.heading, d);
  for (const h of p.headings) {
    const kind: OutlineKind = h.kind;
    const name = h.kind === 'defense' && h.title ? `${h.text} (${h.title.text})` : h.text;
    const span = defenseOf.get(h)?.span ?? h.span;
    // A title on the heading's own line ("COUNT I - BREACH OF CONTRACT") is not repeated as its detail.
    add({ kind, name, number: h.number, detail: h.kind === 'count' && h.title && !h.text.includes(h.title.text) ? h.title.text : undefined, span: { start: h.span.start, end: Math.max(h.span.end, span.end) }, selection: h.span, children: [] });
  }
  const defensesNumbered = numberedDefenses(p);
  for (const para of p.paragraphs) {
    const asDefense = defensesNumbered && para.region === 'defenses';
    const r = para.response;
    add({
      kind: asDefense ? 'defense' : 'paragraph',
      name: paragraphName(para, asDefense),
      number: para.number ?? undefined,
      // An answer's paragraph shows its response; any other its first words.
      detail: r ? responseLabel(r.kind) : firstWords(para.body),
      span: { ...para.span },
      selection: para.numberSpan ?? para.span,
      children: [],
    });
  }
  if (p.prayer) add({ kind: 'prayer', name: 'WHEREFORE (prayer)', span: { ...p.prayer.span }, selection: p.prayer.span, children: [] });
  if (p.signature) add({ kind: 'signature', name: 'Signature', span: { ...p.signature.span }, selection: p.signature.span, children: [] });
  items.sort((a, b) => a.at - b.at);

  const roots: OutlineNode[] = [];
  const stack: { node: OutlineNode; level: number }[] = [];
  let inCounterclaim = false;
  for (const { node } of items) {
    if (node.kind === 'counterclaim') inCounterclaim = true;
    const lv = level(node.kind, inCounterclaim && node.kind !== 'counterclaim');
    while (stack.length && stack[stack.length - 1].level >= lv) stack.pop();
    // Caption and signature sit at the top level and contain nothing.
    if (node.kind === 'caption' || node.kind === 'signature') {
      stack.length = 0;
      roots.push(node);
      continue;
    }
    (stack.length ? stack[stack.length - 1].node.children : roots).push(node);
    stack.push({ node, level: lv });
  }
  for (const r of roots) extend(r);
  return roots;
}

function extend(n: OutlineNode): number {
  for (const c of n.children) n.span.end = Math.max(n.span.end, extend(c));
  return n.span.end;
}

/** Visits every node depth-first. */
export function walk(nodes: OutlineNode[], f: (n: OutlineNode, depth: number) => void, depth = 0): void {
  for (const n of nodes) {
    f(n, depth);
    walk(n.children, f, depth + 1);
  }
}
