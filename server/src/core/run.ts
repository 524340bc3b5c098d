/**
 * One check run over one version of a document: what its checks share (each answer unit's
 * reading, the whole-text scans by block, facts worked out once), the findings they report, and
 * the document's memo, which lends the last version's readings and keeps this one's. Checks see
 * it through their CheckContext; none of it outlives the run but what the memo keeps.
 */
import { BLOCK_CHARS, BlockRun, type BlockResults } from './blocks';
import type { Check, CheckContext } from './checks/check';
import type { Forum } from './forums';
import type { AnalysisMemo, PositionMemo } from './memo';
import type { Finding, FixData, Paragraph, Pleading, Severity } from './model';
import { readUnit, type ResponseFacts, type ResponsePart } from './reading/response';
import { firstAtOrAfter, type Span } from './text';

export class CheckRun {
  readonly findings: Finding[] = [];
  /** Readings by the unit's index in the pleading's paragraphs. */
  private readonly readings: (ResponsePart | undefined)[];
  /** The index last looked up: checks read the units in order, so the next is a step or two on. */
  private cursor = 0;
  private readonly facts = new Map<string, unknown>();
  private readonly blocks: BlockRun;
  private readonly responses: PositionMemo<ResponseFacts> | undefined;

  constructor(readonly pleading: Pleading, readonly complaint: Pleading | undefined, readonly forum: Forum, memo?: AnalysisMemo) {
    // Filled, not holey: an array written far past its end first would turn into a dictionary.
    this.readings = new Array<ResponsePart | undefined>(pleading.paragraphs.length).fill(undefined);
    this.responses = memo?.store<ResponseFacts>('responses');
    this.responses?.begin(pleading.text);
    this.blocks = new BlockRun(pleading.text, memo?.store<BlockResults>('blocks'), memo?.blockChars ?? BLOCK_CHARS);
  }

  /** The reading of an answer unit, made once per run (and lent by the memo across versions). */
  reading(para: Paragraph): ResponsePart {
    const k = this.indexOf(para);
    // A unit that is not one of the pleading's paragraphs is read, not kept (by the run or the memo).
    if (k < 0) return readUnit(this.pleading, para);
    return (this.readings[k] ??= readUnit(this.pleading, para, this.responses));
  }

  /**
   * The unit's index in the pleading's paragraphs, or -1. A few steps on from the last, else by
   * its start (the paragraphs are in document order): a map keyed by the unit cost as much as
   * reading a short response, looked up by every check for every unit.
   */
  private indexOf(para: Paragraph): number {
    const ps = this.pleading.paragraphs;
    for (let k = this.cursor, stop = Math.min(ps.length, k + 4); k < stop; k++) if (ps[k] === para) return (this.cursor = k);
    let k = firstAtOrAfter(ps, para.span.start, p => p.span.start);
    for (; k < ps.length && ps[k].span.start === para.span.start; k++) if (ps[k] === para) return (this.cursor = k);
    return -1;
  }

  /** The context one check sees: keys and names in its own namespace, findings under its code. */
  contextFor(check: Check, into: Finding[]): CheckContext {
    // A key made once per name: a key built per call is a new string, hashed and internalized on
    // every lookup (10,000 responses times every verdict).
    const keys = new Map<string, string>();
    const ns = (key: string) => {
      let k = keys.get(key);
      if (k === undefined) keys.set(key, (k = `${check.code}/${key}`));
      return k;
    };
    return {
      pleading: this.pleading,
      complaint: this.complaint,
      forum: this.forum,
      reading: para => this.reading(para),
      verdict: (para, name, compute) => {
        const r = this.reading(para);
        return r.facts.once(ns(name), compute, r);
      },
      blockwise: (name, scan) => this.blocks.blockwise(ns(name), scan),
      cached: (key, compute) => {
        const k = ns(key);
        if (this.facts.has(k)) return this.facts.get(k) as ReturnType<typeof compute>;
        const v = compute();
        this.facts.set(k, v);
        return v;
      },
      report: (span: Span, message: string, extra?: { severity?: Severity; data?: FixData }) => {
        into.push({ code: check.code, severity: extra?.severity ?? check.severity, message, span, ...(extra?.data ? { data: extra.data } : {}) });
      },
    };
  }

  /**
   * Ends the run: the readings are let go (kept for the model's lifetime they would cost as much
   * memory as the model), and the memo keeps only what this version used — of each reading, the
   * verdicts, not the working texts.
   */
  end(): void {
    if (this.responses) {
      for (const r of this.readings) r?.facts.compact();
      this.responses.end();
    }
    this.blocks.end();
    this.readings.length = 0;
  }
}
