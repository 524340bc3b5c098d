/**
 * What one version of a document learned that the next version can reuse. After an edit most
 * paragraphs are unchanged, so the costly per-paragraph work — reading references and responses,
 * the response-quality phrases — is kept by where it was done, and only what the edit touched is
 * read again.
 *
 * Purely an optimisation: a model built with a memo equals one built without (the tests check).
 * The language server keeps one memo per open document; one-shot callers need none.
 */

/**
 * Results about stretches of a text, kept by their offsets. Each pass over a new version first
 * finds what changed: the text before the first difference and after the last one is the same in
 * both versions, so a stretch wholly inside either is unchanged — at the same offset before the
 * edit, moved by the edit's length change after it. Comparing the versions is a memcmp-speed scan,
 * and looking a stretch up is a number-keyed map access: no hashing of text.
 *
 * Only what the last pass used is kept, so the memo holds one version's worth of results.
 */
export class PositionMemo<V> {
  private text: string | undefined;
  private entries = new Map<number, Entry<V>>();
  private next = new Map<number, Entry<V>>();
  /** This pass: text before `prefix` and the last `suffix` characters are unchanged; later offsets moved by `delta`. */
  private prefix = 0;
  private suffixStart = Infinity;
  private delta = 0;
  private passText: string | undefined;

  /** Starts a pass over `text`. */
  begin(text: string): void {
    this.passText = text;
    this.next = new Map();
    const old = this.text;
    if (old === undefined) {
      this.prefix = 0;
      this.suffixStart = Infinity;
      this.delta = 0;
      return;
    }
    this.prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - this.prefix);
    this.suffixStart = text.length - suffix;
    this.delta = text.length - old.length;
    // The old version is not needed past this point; letting it go now keeps one document's text
    // fewer alive during the pass. A pass that never ends leaves no text, so the next reuses nothing.
    this.text = undefined;
  }

  /**
   * The result for [start, end) of this pass's text, when the last pass had one for the very same
   * text (and the same `tag`), with how far it moved.
   */
  get(start: number, end: number, tag: number): { value: V; delta: number } | undefined {
    let e: Entry<V> | undefined;
    let delta = 0;
    if (end <= this.prefix) e = this.entries.get(start);
    else if (start >= this.suffixStart) {
      delta = this.delta;
      e = this.entries.get(start - delta);
    }
    if (!e || e.end + delta !== end || e.tag !== tag) return undefined;
    return { value: e.value, delta };
  }

  /** Records this pass's result for [start, end). */
  set(start: number, end: number, tag: number, value: V): void {
    this.next.set(start, { end, tag, value });
  }

  /** Ends the pass: its results replace the last pass's. */
  end(): void {
    if (this.passText === undefined) return;
    this.entries = this.next;
    this.next = new Map();
    this.text = this.passText;
    this.passText = undefined;
  }

  get size(): number {
    return this.entries.size;
  }
}

interface Entry<V> {
  end: number;
  tag: number;
  value: V;
}

/** Length of the common prefix: whole chunks compared as strings first, then characters. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let k = 0;
  while (k + CHUNK <= limit && a.slice(a.length - k - CHUNK, a.length - k) === b.slice(b.length - k - CHUNK, b.length - k)) k += CHUNK;
  while (k < limit && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

const CHUNK = 2048;

/**
 * One document's memo: see the module comment. Each reader of the document (the parser's paragraph
 * readings, the checks' response facts, the whole-text scans by block) keeps its results in a
 * store of its own name, and runs a pass over it per version; the memo knows none of them.
 */
export class AnalysisMemo {
  private readonly stores = new Map<string, PositionMemo<unknown>>();

  /** `blockChars`: characters per block for whole-text scans (blocks.ts; tests make blocks small). */
  constructor(readonly blockChars?: number) {}

  /** The store named `name`. */
  store<V>(name: string): PositionMemo<V> {
    let s = this.stores.get(name);
    if (!s) this.stores.set(name, (s = new PositionMemo<unknown>()));
    return s as PositionMemo<V>;
  }
}

export function createMemo(options: { blockChars?: number } = {}): AnalysisMemo {
  return new AnalysisMemo(options.blockChars);
}
