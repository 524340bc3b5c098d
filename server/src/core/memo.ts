/**
 * What one version of a document learned that the next version can reuse. After an edit most
 * paragraphs are unchanged, so the costly per-paragraph work — reading references and responses,
 * the response-quality phrases — is kept keyed by the paragraph's own text, with offsets relative
 * to it, and only what the edit touched is read again.
 *
 * Purely an optimisation: a model built with a memo equals one built without (the tests check).
 * The language server keeps one memo per open document; one-shot callers need none.
 */

import type { ParagraphWork } from './parse/parser';
import type { ResponseFacts } from './responsePhrases';

/**
 * A map that keeps only what the last generation used: entries read or written since the last
 * `rotate()` survive it, the rest are dropped. So the memo holds one version's worth of entries.
 */
export class Generations<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) this.current.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  /** Ends a generation: what it did not use is forgotten. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/**
 * A key for text sliced from a large document. The concatenation is flattened into a new string
 * when the map hashes it, so the key no longer points into the document: keeping a key must not
 * keep that version's whole text alive.
 */
export function memoKey(prefix: string, text: string): string {
  return `${prefix}\u0000${text}`;
}

/** One document's memo: see the module comment. `parse` and `check` each rotate their part. */
export interface AnalysisMemo {
  /** Paragraph results by number and body text (parse/parser.ts). */
  paragraphs: Generations<ParagraphWork>;
  /** Response facts by response text (responsePhrases.ts). */
  responses: Generations<ResponseFacts>;
}

export function createMemo(): AnalysisMemo {
  return { paragraphs: new Generations(), responses: new Generations() };
}
