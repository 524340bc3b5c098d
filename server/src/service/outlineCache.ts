/**
 * The outline and what is made from it, once per document version. VS Code asks for symbols and
 * folding ranges after every edit, several times (Outline, breadcrumbs, sticky scroll); at 10,000
 * paragraphs each computation takes tens of milliseconds. Keyed by the parsed model, which is
 * made once per version and shared by every request on it.
 */
import { outline, type OutlineNode, type Pleading } from '../core';
import type { Analysis } from './analysis';

/** `f` of an analysis, computed once per parsed version. */
export function perVersion<T>(f: (a: Analysis) => T): (a: Analysis) => T {
  const cache = new WeakMap<Pleading, T>();
  return a => {
    let value = cache.get(a.pleading);
    if (value === undefined) cache.set(a.pleading, (value = f(a)));
    return value;
  };
}

export const outlineOf: (a: Analysis) => OutlineNode[] = perVersion(a => outline(a.pleading));
