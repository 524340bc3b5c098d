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
import type { Span } from './text';

export class CheckRun {
  readonly findings: Finding[] = [];
  private readonly readings = new Map<Paragraph, ResponsePart>();
  private readonly facts = new Map<string, unknown>();
  private readonly blocks: BlockRun;
  private readonly responses: PositionMemo<ResponseFacts> | undefined;

  constructor(readonly pleading: Pleading, readonly complaint: Pleading | undefined, readonly forum: Forum, memo?: AnalysisMemo) {
    this.responses = memo?.store<ResponseFacts>('responses');
    this.responses?.begin(pleading.text);
    this.blocks = new BlockRun(pleading.text, memo?.store<BlockResults>('blocks'), memo?.blockChars ?? BLOCK_CHARS);
  }

  /** The reading of an answer unit, made once per run (and lent by the memo across versions). */
  reading(para: Paragraph): ResponsePart {
    let r = this.readings.get(para);
    if (!r) this.readings.set(para, (r = readUnit(this.pleading, para, this.responses)));
    return r;
  }

  /** The context one check sees: keys and names in its own namespace, findings under its code. */
  contextFor(check: Check, into: Finding[]): CheckContext {
    const ns = (key: string) => `${check.code}/${key}`;
    return {
      pleading: this.pleading,
      complaint: this.complaint,
      forum: this.forum,
      reading: para => this.reading(para),
      verdict: (para, name, compute) => {
        const r = this.reading(para);
        return r.facts.once(ns(name), () => compute(r));
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
      for (const r of this.readings.values()) r.facts.compact();
      this.responses.end();
    }
    this.blocks.end();
    this.readings.clear();
  }
}
