/**
 * The pleading parser: text in, a Pleading out. A single pass over the lines with a small state
 * machine (caption → body → defenses / counterclaim / prayer → signature). It never throws: on an
 * internal error it returns what it has, with the error noted.
 */
import type { AnalysisMemo } from '../memo';
import type {
  Block, Defense, DocumentKind, Heading, Paragraph, Pleading, Reference, Region, Response,
} from '../model';
import { isWhitespaceCode, LineIndex, type Line, type Span } from '../text';
import { isTitleLine, kindFromTitle, readCaption } from './caption';
import { findDefinedTerms } from './definitions';
import {
  isArtifact, isDebris, isResponseLead, isSignatureStart, isSigningParty, opensPrayer, runInBreaks, isWherefore, matchHeading, matchOcrParagraphStart, matchMarkedParagraphStart, matchOrdinalParagraphStart, matchParagraphStart,
  stripMarkup, endsSentence, type HeadingMatch, type ParagraphStart,
} from './lines';
import { NO_REFERENCES, ReferenceScanner } from './references';
import { answerMarkerEnd, generalDenialIn, incorporatedRefs, isAnswerLabel, opensResponse, readResponse } from './responses';

/** What line trimming removes: white space, and control characters (stray NULs in text taken from PDFs). */
const isTrimmed = (c: number) => c < 32 || isWhitespaceCode(c);

/** How far into a document the caption may reach. */
const CAPTION_SCAN_LINES = 150;

interface OpenParagraph {
  number: number | null;
  numberSpan?: Span;
  start: number;
  bodyStart: number;
  end: number;
  /** The body's lines, trimmed: most paragraphs have one, so later ones are kept apart. */
  first: string;
  more?: string[];
  region: Region;
  heading: number;
  count: number;
  /** Whether the last line of text ends a sentence. */
  ended: boolean;
  /** An unnumbered unit opened by a lead with nothing after it ("RESPONSE TO PARAGRAPH 3:"). */
  leadOnly?: boolean;
  /** A restated allegation has met its "ANSWER:" block. */
  answered?: boolean;
}

export interface ParseOptions {
  /** The document's memo from its previous version: unchanged paragraphs are not read again. */
  memo?: AnalysisMemo;
  /** The text's line index, when the caller has one already. */
  lines?: LineIndex;
}

export function parse(text: string, options: ParseOptions = {}): Pleading {
  try {
    return parseText(text, options.memo, options.lines);
  } catch (e) {
    return { ...emptyPleading(text), parseError: e instanceof Error ? e.message : String(e) };
  }
}

function emptyPleading(text: string): Pleading {
  return {
    text, kind: 'unknown', caption: { span: { start: 0, end: 0 }, parties: [] }, definedTerms: [],
    headings: [], paragraphs: [], defenses: [], artifacts: [],
  };
}

/**
 * Finds the title line(s) at the top: [first, last, column] where column is where the title starts
 * on its first line (a table-style caption puts it in the right-hand column), or [-1, -1, 0].
 */
function findTitle(index: LineIndex, top: number): [number, number, number] {
  const limit = Math.min(index.lineCount, top + CAPTION_SCAN_LINES);
  for (let i = top; i < limit; i++) {
    const t = index.line(i).text.trim();
    if (!t || isArtifact(t)) continue;
    const p = matchParagraphStart(t);
    if (p && t.length - p.bodyOffset > 40) break; // a real paragraph: the caption is over
    // "v. ANSWER TO PLAINTIFF'S AMENDED COMPLAINT": the title beside the caption's "v.".
    const versus = /^(?:v|vs|versus)\.?\s+/i.exec(t)?.[0].length ?? 0;
    if (isTitleLine(t.slice(versus))) {
      let j = i;
      // A title often wraps: "ANSWER AND AFFIRMATIVE DEFENSES" / "TO SECOND AMENDED COMPLAINT".
      while (j + 1 < limit && index.line(j + 1).text.trim() && isContinuationOfTitle(index.line(j + 1).text.trim())) j++;
      return [i, j, index.line(i).text.indexOf(t) + versus];
    }
    const right = rightColumn(index.line(i).text);
    if (right >= 0 && isTitleLine(index.line(i).text.slice(right).trim())) return [i, i, right];
  }
  return [-1, -1, 0];
}

/** Where a table-style caption's right-hand column starts (after a gap of 3+ spaces), or -1. */
function rightColumn(line: string): number {
  if (line.length > 400) return -1;
  const gap = /\S {3,}(?=\S)/.exec(line);
  return gap ? gap.index + gap[0].length : -1;
}

/**
 * Lines that still belong to the caption after the title: a list of claims ("1. Breach of
 * Contract;"), "DEMAND FOR JURY TRIAL", "[Unlimited Civil Case]", "Judge: …", "Trial Date: …".
 */
function captionTail(index: LineIndex, titleEnd: number): number {
  let last = titleEnd;
  for (let i = titleEnd + 1; i < index.lineCount && i < titleEnd + 40; i++) {
    const t = index.line(i).text.trim();
    if (!t) continue;
    const { text } = stripMarkup(t);
    const p = matchParagraphStart(t);
    const listItem = p !== undefined && text.length - p.bodyOffset <= 100 && !/\.$/.test(text);
    // Parties below a title set in the right-hand column of a table-style caption.
    const party = /^[A-Z0-9][A-Z0-9 ,.'’&()-]*(?:,| and)$/.test(text) || /^(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?)[,.]?$/i.test(text)
      || /^[-=_]{5,}X?$/.test(text); // New York's ruled box around the parties
    const metadata = /^\[.*\]$/.test(text) || /^(?:(?:DEMAND\s+FOR\s+)?JURY\s+TRIAL(?:\s+DEMANDED)?|JURY\s+DEMAND(?:ED)?)$/i.test(text)
      || /^(?:Judge|Dept|Department|Courtroom|Action\s+Filed|Complaint\s+Filed|Trial\s+Date|Hon\.)\b[^.]*:/i.test(text);
    if (!listItem && !metadata && !party) break;
    last = i;
  }
  return last;
}

/** A line that carries a title on ("AND AFFIRMATIVE DEFENSES", "TO SECOND AMENDED COMPLAINT"): it joins or names a pleading. */
function isContinuationOfTitle(t: string): boolean {
  const { text } = stripMarkup(t);
  return text.length < 120 && text === text.toUpperCase() && /[A-Z]{2}/.test(text) && !/^(?:CASE|NO\.|JURY|DEMAND)/.test(text)
    && !/^[IVXLC]+\.\s/.test(text)
    && (/^(?:TO|AND|OF|FOR|WITH|ON|BY|IN|AS|AFFIRMATIVE|DEFENSES?|SEPARATE|ADDITIONAL|COUNTER|CROSS|THIRD|VERIFIED|AMENDED|FIRST|SECOND)\b/.test(text)
      || /\b(?:COMPLAINT|ANSWERS?|DEFENSES|COUNTERCLAIMS?|CROSS-?CLAIMS?|PETITION|REPLY)\b/.test(text));
}

/**
 * The first line of the document proper: past YAML front matter (`---` … `---` at the very top)
 * and the repository headers after it (`**Case:** [[…]]`), which a document store may add.
 */
function documentTop(index: LineIndex): number {
  let i = 0;
  if (index.lineCount > 2 && index.lineText(0).trim() === '---') {
    for (let j = 1; j < index.lineCount && j < 80; j++) {
      if (index.lineText(j).trim() === '---') {
        i = j + 1;
        break;
      }
    }
  }
  while (i < index.lineCount && i < 200) {
    const t = index.lineText(i).trim();
    if (t && !isArtifact(t)) break;
    i++;
  }
  return i < index.lineCount ? i : 0;
}

function parseText(text: string, memo: AnalysisMemo | undefined, lines: LineIndex | undefined): Pleading {
  const physical = lines?.text === text ? lines : new LineIndex(text);
  // Lines as the parser reads them: headings run into the text around them stand alone.
  const index = physical.withBreaks(runInBreaks(text, physical.starts, physical.ends));
  const pleading = emptyPleading(text);

  const top = documentTop(index);
  const [titleStart, titleEnd, titleColumn] = findTitle(index, top);
  // Without a title the caption, if any, is the leading block before the first paragraph.
  const captionEnd = titleEnd >= 0 ? captionTail(index, titleEnd) : untitledCaptionEnd(index, top);
  if (captionEnd >= top) {
    const lines = Array.from({ length: captionEnd + 1 - top }, (_, k) => index.line(top + k));
    pleading.caption = titleStart >= 0 ? readCaption(lines, titleStart - top, titleEnd - top, titleColumn) : readCaption(lines, -1, -1, titleColumn);
  }
  const firstBodyLine = Math.max(captionEnd + 1, top);
  let kind: DocumentKind = pleading.caption.title ? kindFromTitle(pleading.caption.title.text) : 'unknown';

  const paragraphs: Paragraph[] = [];
  const headings: Heading[] = [];
  const artifacts: Span[] = [];
  const defenses: Defense[] = [];
  let region: Region = 'body';
  let inPrayer = false;
  let prayer: { start: number; end: number } | undefined;
  let lastPrayer: { start: number; end: number } | undefined;
  let preamble: { start: number; end: number } | undefined;
  let signature: { start: number; end: number } | undefined;
  let jury: { start: number; end: number } | undefined;
  let open: OpenParagraph | undefined;
  let openDefense: Defense | undefined;
  let heading = -1;
  let count = -1;
  let lastNumber = 0;
  let regionHasNumbers = false;
  /** The last numbered paragraph was numbered with an ordinal ("SEVENTH:"). */
  let ordinalNumbering = false;
  let markedNumbering = false;
  let blankBefore = true;
  let prevWasHeading = true;
  let prevEnded = true;

  const closeParagraph = () => {
    if (!open) return;
    const body = open.more ? `${open.first}\n${open.more.join('\n')}` : open.first;
    paragraphs.push({
      number: open.number,
      numberSpan: open.numberSpan,
      span: { start: open.start, end: open.end },
      body,
      bodySpan: { start: open.bodyStart, end: Math.max(open.bodyStart, open.end) },
      region: open.region,
      heading: open.heading,
      count: open.count,
      references: NO_REFERENCES,
    });
    if (openDefense) openDefense.span.end = openDefense.bodySpan.end = open.end;
    open = undefined;
  };
  const closeDefense = () => {
    openDefense = undefined;
  };
  const closePrayer = () => {
    if (prayer) lastPrayer = prayer;
    prayer = undefined;
    inPrayer = false;
  };
  /** A signature block or WHEREFORE clause ends whatever paragraph, defense and prayer are open. */
  const closeAll = () => {
    closeParagraph();
    closeDefense();
    closePrayer();
  };

  for (let i = firstBodyLine; i < index.lineCount; i++) {
    // Trim by hand: one slice per line instead of three.
    let start = index.starts[i];
    let end = index.ends[i];
    while (start < end && isTrimmed(text.charCodeAt(start))) start++;
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
    if (start === end) {
      blankBefore = true;
      continue;
    }
    const t = text.slice(start, end);
    const lineIndex = i;
    if (isArtifact(t) || isDebris(t)) {
      artifacts.push({ start, end });
      continue;
    }
    const standalone = blankBefore || prevWasHeading || prevEnded;

    if (signature) {
      signature.end = end;
      blankBefore = false;
      continue;
    }
    if ((isSignatureStart(t) || (isSigningParty(t) && signedBelow(index, i))) && (blankBefore || prevEnded)) {
      closeAll();
      signature = { start, end };
      blankBefore = false;
      continue;
    }

    const responseLead = kind !== 'complaint' && isResponseLead(t);
    // New York numbers its paragraphs with ordinals too: "FIRST: Denies knowledge …".
    // Only where the ordinals are the numbering: the next number, or after another ordinal ("First:
    // the …" inside a digit-numbered paragraph is a list).
    let p: ParagraphStart | undefined = matchParagraphStart(t);
    if (!p) {
      const o = matchOrdinalParagraphStart(t);
      if (o && (ordinalNumbering || o.number === lastNumber + 1)) p = o;
    }
    // "1) …" and "¶ 1. …" likewise: in a run of them, or the next number set apart by a blank line
    // (a "2) insurance of the goods" line inside paragraph 1 is its list's).
    if (!p) {
      const m = matchMarkedParagraphStart(t);
      if (m && (markedNumbering || ((m.number === lastNumber + 1 || (m.number === 1 && !regionHasNumbers)) && (blankBefore || !open)))) p = m;
    }
    let h = (blankBefore || prevWasHeading || prevEnded || t.startsWith('#')) && !responseLead && !p
      ? matchHeading(t, standalone) : undefined;
    // A misread number is the next one, or 1 where a part starts its own numbering ("AFFIRMATIVE DEFENSES" / "l. …").
    if (!p && !h && standalone && !inPrayer) p = misreadParagraphStart(index, i, t, lastNumber + 1) ?? (regionHasNumbers ? undefined : misreadParagraphStart(index, i, t, 1));
    // In the prayer, a sub-heading ("AS TO ALL CAUSES OF ACTION:") and a lettered or numbered item
    // ("C. Awarding costs of suit", where C looks like a Roman numeral) are part of it.
    if (h && inPrayer && (h.kind === 'section' || h.kind === 'subsection') && (isPrayerSubheading(h.text) || /^[A-Z0-9]{1,4}[.)]\s/.test(h.text))) h = undefined;
    // "AS TO THE FIRST COUNT:" in a complaint's prayer groups its items; in an answer it opens the next count's responses.
    if (h && inPrayer && h.kind === 'count' && h.lead && /^AS\s+TO\b/i.test(h.lead) && (kind === 'complaint' || /:$/.test(h.text))) h = undefined;
    if (h) {
      closeParagraph();
      if (h.kind !== 'defense') closeDefense();
      if (h.kind !== 'prayer') closePrayer();
      const hd = makeHeading(h, index.line(i), start - index.starts[i], paragraphs.length);
      if (hd.kind === 'count') readMisreadNumeral(hd, headings);
      headings.push(hd);
      heading = headings.length - 1;
      switch (h.kind) {
        case 'count':
          count = heading;
          if (region === 'defenses') region = 'body';
          break;
        case 'defenses':
          region = 'defenses';
          count = -1;
          regionHasNumbers = false;
          break;
        case 'counterclaim':
          region = 'counterclaim';
          count = -1;
          lastNumber = 0;
          regionHasNumbers = false;
          break;
        case 'prayer':
          closePrayer();
          inPrayer = true;
          prayer = { start, end };
          count = -1;
          break;
        case 'jury-demand':
          jury = { start, end };
          count = -1;
          break;
        case 'section':
          count = -1;
          if (region === 'defenses') region = 'body';
          break;
        case 'defense': {
          closeDefense();
          openDefense = { number: h.number ?? defenses.length + 1, heading: hd, span: { start, end }, bodySpan: { start: end, end } };
          defenses.push(openDefense);
          if (region !== 'counterclaim') region = 'defenses';
          break;
        }
        default:
          break;
      }
      // Title lines below a COUNT / cause / defense heading: "(Breach of Contract)", "(Against All Defendants)".
      if ((h.kind === 'count' || h.kind === 'defense') && !h.inlineTitle) i = readTitleLines(index, i, hd, h.kind);
      if (openDefense && hd.kind === 'defense') openDefense.bodySpan = { start: hd.span.end, end: hd.span.end };
      if (openDefense) openDefense.span.end = hd.span.end;
      blankBefore = false;
      prevWasHeading = true;
      prevEnded = true;
      continue;
    }
    prevWasHeading = false;

    // The text under a JURY DEMAND heading is the demand, unless it is the next numbered paragraph
    // (Texas: "IX. JURY DEMAND" / "24. Plaintiff demands a jury trial …").
    if (jury && !open && !inPrayer && paragraphs.length && headings[heading]?.kind === 'jury-demand' && !(p && p.number === lastNumber + 1 && p.bodyOffset < t.length)) {
      jury.end = end;
      prevEnded = endsSentence(t);
      blankBefore = false;
      continue;
    }

    if (isWherefore(t) && (blankBefore || prevEnded || opensPrayer(t))) {
      closeAll();
      inPrayer = true;
      prayer = { start, end };
      blankBefore = false;
      prevEnded = endsSentence(t);
      continue;
    }
    if (inPrayer && prayer) {
      prayer.end = end;
      blankBefore = false;
      prevEnded = endsSentence(t);
      continue;
    }

    let startsParagraph = false;
    if (p) {
      const expected = lastNumber + 1;
      const aloneOnLine = p.bodyOffset >= t.length;
      if (aloneOnLine) {
        // A number alone is a paragraph only when it is the next number and text follows.
        startsParagraph = p.number === expected && nextTextLine(index, i) >= 0;
      } else if (p.number === expected || !regionHasNumbers) {
        startsParagraph = !(open && !open.ended && !blankBefore && p.number >= 1900 && p.number <= 2100 && p.number !== expected);
      } else {
        const midSentence = open !== undefined && !open.ended;
        const yearLike = p.number >= 1900 && p.number <= 2100;
        const farOff = Math.abs(p.number - expected) > 50;
        startsParagraph = !(midSentence && (yearLike || farOff || !blankBefore));
      }
    }

    if (p && startsParagraph) {
      closeParagraph();
      const numberStart = start + p.numberOffset;
      let bodyStart = start + p.bodyOffset;
      let firstText = t.slice(p.bodyOffset).trim();
      if (!firstText) {
        // The text is on the next line.
        const j = nextTextLine(index, i);
        const next = index.line(j);
        const nlead = next.text.length - next.text.trimStart().length;
        bodyStart = next.start + nlead;
        firstText = next.text.trim();
        i = j;
      }
      const lineEnd = i === lineIndex ? end : index.line(i).start + index.line(i).text.trimEnd().length;
      open = {
        number: p.number,
        numberSpan: { start: numberStart, end: numberStart + p.numberLength },
        start,
        bodyStart,
        end: lineEnd,
        first: firstText,
        region: region === 'defenses' ? 'defenses' : region,
        heading,
        count,
        ended: endsSentence(firstText),
      };
      lastNumber = p.number;
      ordinalNumbering = 'ordinal' in p;
      markedNumbering = 'marked' in p;
      regionHasNumbers = true;
      prevEnded = open.ended;
      blankBefore = false;
      continue;
    }

    // In an answer, text outside a numbered paragraph is a unit of its own — a response may stand
    // anywhere, under a defense heading too — and so is a sentence that opens a response to later
    // paragraphs inside another unit. Units that turn out to respond to nothing are let go once read.
    if (kind === 'answer' && region !== 'counterclaim' && (paragraphs.length || headings.length || open)) {
      // Mid-sentence (a wrap or a page break) the line goes on with the open unit.
      const afterSentence = open ? open.ended : blankBefore || prevEnded;
      // A lead alone ("**RESPONSE TO PARAGRAPH 3:**") waits for its text, past a blank line.
      const awaitsText = open !== undefined && open.leadOnly === true && !open.more;
      // "ANSWER: …" after a restated allegation ("12. <allegation>") is that unit's response.
      const answersRestated = open !== undefined && open.number !== null && !open.answered && isAnswerLabel(t);
      if (answersRestated) open!.answered = true;
      const startsUnit = afterSentence && !awaitsText && !answersRestated && (responseLead || !open || (open.number === null && blankBefore)
        || startsNewResponse(index, i, t, open.more ? `${open.first}\n${open.more.join('\n')}` : open.first)
        || (blankBefore && opensGeneralDenial(index, i, t)));
      if (startsUnit) {
        closeParagraph();
        if (openDefense && openDefense.bodySpan.start === openDefense.span.end) openDefense.bodySpan.start = start;
        open = { number: null, start, bodyStart: start, end, first: t, region, heading, count, ended: endsSentence(t), leadOnly: responseLead && isLeadAlone(t) };
        prevEnded = open.ended;
        blankBefore = false;
        continue;
      }
    } else if (responseLead && (blankBefore || prevEnded) && region !== 'defenses') {
      closeParagraph();
      open = { number: null, start, bodyStart: start, end, first: t, region, heading, count, ended: endsSentence(t), leadOnly: isLeadAlone(t) };
      prevEnded = open.ended;
      blankBefore = false;
      continue;
    }

    if (open) {
      (open.more ??= []).push(t);
      open.end = end;
      open.ended = endsSentence(t);
    } else if (openDefense) {
      if (openDefense.bodySpan.start === openDefense.bodySpan.end && openDefense.bodySpan.start === openDefense.span.end) {
        openDefense.bodySpan.start = start;
      }
      openDefense.bodySpan.end = end;
      openDefense.span.end = end;
    } else if (!paragraphs.length && !headings.length) {
      preamble = preamble ? { start: preamble.start, end } : { start, end };
    }
    prevEnded = endsSentence(t);
    blankBefore = false;
  }
  closeParagraph();
  closePrayer();

  pleading.headings = headings;
  pleading.paragraphs = paragraphs;
  pleading.artifacts = artifacts;
  pleading.definedTerms = findDefinedTerms(text);
  if (preamble) pleading.preamble = block(text, preamble);
  if (lastPrayer) pleading.prayer = block(text, lastPrayer);
  if (jury) pleading.juryDemand = block(text, jury);
  if (signature) pleading.signature = block(text, signature);

  if (kind === 'unknown') kind = inferKind(paragraphs);
  pleading.kind = kind;
  readParagraphs(text, paragraphs, kind, memo);
  if (kind === 'answer') {
    pleading.paragraphs = settleUnits(paragraphs, headings);
    pleading.tracksComplaint = followsComplaintNumbering(pleading.paragraphs);
    unansweredRestatements(text, pleading.paragraphs);
    for (const para of pleading.paragraphs) {
      // A unit that names no paragraph answers its own number only where the answer numbers its
      // responses after the complaint's paragraphs, and only among the responses (not the defenses).
      if (para.response?.implicit && (!pleading.tracksComplaint || para.region !== 'body')) {
        // Where the answer numbers its paragraphs on its own, one that admits or denies still
        // responds, to allegations it names by their words ("Defendant denies that it is liable in
        // the capacity in which it is sued"): a response with no paragraph number.
        para.response = !pleading.tracksComplaint && para.region === 'body' && ANSWERING_KINDS.has(para.response.kind)
          ? { targets: [], kind: para.response.kind, implicit: false }
          : undefined;
      }
    }
    pleading.generalDenial = pleading.paragraphs.find(p => p.response?.general)?.response?.generalSpan ?? preambleGeneralDenial(pleading);
  }

  // Numbered defenses: an AFFIRMATIVE DEFENSES section with numbered paragraphs and no ordinal headings.
  if (!defenses.length) {
    for (const para of pleading.paragraphs) {
      // Not the paragraph that only carries the answer forward ("incorporates by reference paragraphs 1 through 24").
      if (para.region === 'defenses' && para.number !== null && !onlyIncorporates(text, para)) {
        defenses.push({ number: defenses.length + 1, span: para.span, bodySpan: para.bodySpan, title: undefined });
      }
    }
  }
  for (const d of defenses) if (d.heading?.title) d.title = d.heading.title.text;
  pleading.defenses = defenses;
  pleading.answers = whatItAnswers(pleading);
  return pleading;
}

/** The last caption line of a document without a title: -1 unless a court or case number leads. */
function untitledCaptionEnd(index: LineIndex, top: number): number {
  const limit = Math.min(index.lineCount, top + CAPTION_SCAN_LINES);
  let sawCaption = false;
  for (let i = top; i < limit; i++) {
    const t = index.line(i).text.trim();
    if (!t) continue;
    if (matchParagraphStart(t) || (t.startsWith('#') && !/COURT/i.test(t))) return sawCaption ? i - 1 : top - 1;
    if (/\bCOURT\b|\bCase\s+No\b|^v\.?$|^vs\.?$/i.test(t)) sawCaption = true;
  }
  return -1;
}

/** What reading one paragraph's body yields: kept in the memo. */
export interface ParagraphWork {
  references: Reference[];
  response?: Response;
}

/**
 * Reads each paragraph's references and, in an answer's body, its response. Both depend on the
 * body's text and number alone, so with a memo an unchanged paragraph takes its previous reading:
 * as it was when it has not moved, shifted when an edit above it moved it.
 */
function readParagraphs(text: string, paragraphs: Paragraph[], kind: DocumentKind, memo: AnalysisMemo | undefined): void {
  // In an answer, "{@ 9 of Plaintiff's Complaint" names a paragraph too (references.ts).
  const anchored = kind === 'answer';
  const scanner = new ReferenceScanner(text, anchored);
  const store = memo?.store<ParagraphWork>('paragraphs');
  store?.begin(text);
  for (const para of paragraphs) {
    const responds = anchored && para.region !== 'counterclaim' && para.region !== 'prayer';
    const { start, end } = para.bodySpan;
    // The reading depends on the body's text, its number, the document's kind and whether it responds.
    const tag = (para.number ?? -1) * 4 + (responds ? 1 : 0) + (anchored ? 2 : 0);
    const hit = store?.get(start, end, tag);
    let work: ParagraphWork;
    if (hit) work = hit.delta === 0 ? hit.value : shifted(hit.value, hit.delta);
    else {
      const references = scanner.referencesIn(start, end);
      // Offsets inside the response must match document offsets: read the text itself, not the artifact-free body.
      const response = responds ? readResponse(text.slice(start, end), start, references, para.number) : undefined;
      work = { references, response };
    }
    store?.set(start, end, tag, work);
    para.references = work.references;
    if (work.response) para.response = work.response;
  }
  store?.end();
}

/**
 * Lets go of the unnumbered units that respond to nothing (narrative text, a defense's body), and
 * keeps the headings pointing at the same paragraphs.
 */
function settleUnits(paragraphs: Paragraph[], headings: Heading[]): Paragraph[] {
  if (paragraphs.every(p => p.number !== null || p.response)) return paragraphs;
  const kept: Paragraph[] = [];
  // before[k]: how many kept paragraphs come before old index k.
  const before = new Int32Array(paragraphs.length + 1);
  for (let k = 0; k < paragraphs.length; k++) {
    before[k] = kept.length;
    const p = paragraphs[k];
    if (p.number !== null || p.response) kept.push(p);
  }
  before[paragraphs.length] = kept.length;
  for (const h of headings) h.firstParagraph = before[h.firstParagraph];
  return kept;
}

/**
 * Whether the answer numbers its responses after the complaint paragraphs they answer ("17. In
 * answer to Paragraph 17 …", or "1. Admitted." throughout). With several numbered responses that
 * name one paragraph, most must name their own number. Otherwise the units decide: those that
 * agree (a response naming its own number, or one that admits, denies, lacks knowledge or needs
 * no response without naming any) must outweigh those that name others (a grouped or offset
 * answer) and the unnamed units that say nothing of the allegations (defenses, as in an answer
 * that opens "1. The Complaint fails to state a claim").
 */
function followsComplaintNumbering(paragraphs: Paragraph[]): boolean {
  let single = 0;
  let same = 0;
  let agree = 0;
  let disagree = 0;
  let silent = 0;
  // A numbered general denial answers the whole complaint, not the complaint's paragraph of its
  // number: where numbered paragraphs that name nothing follow it (Texas: "1. Pursuant to Rule 92,
  // Defendant generally denies …" / "2. Defendant denies that it is liable in the capacity …"), the
  // answer numbers its paragraphs on its own.
  let generalAbove = false;
  for (const p of paragraphs) {
    const r = p.response;
    if (p.number !== null && r?.general && p.region === 'body') generalAbove = true;
    if (p.number === null || !r || r.general) continue;
    if (r.implicit) {
      if (p.region !== 'body') continue;
      if (generalAbove) return false;
      if (STRONG_KINDS.has(r.kind)) agree++;
      else silent++;
      continue;
    }
    if (r.targets.length === 1) {
      single++;
      if (r.targets[0] === p.number) same++;
    }
    if (r.targets.length === 1 && r.targets[0] === p.number) agree++;
    else if (r.targets.length) disagree++;
  }
  if (single >= 3) return same >= single * 0.8;
  return agree > 0 && agree >= 2 * disagree && agree * 2 >= silent;
}

const STRONG_KINDS = new Set(['admit', 'deny', 'lack-knowledge', 'partial', 'no-response-required']);
/** Kinds that answer allegations, whether or not the unit names their paragraphs. */
const ANSWERING_KINDS = new Set(['admit', 'deny', 'lack-knowledge', 'partial']);

/**
 * In an answer that restates each allegation and answers it below ("12. <allegation>" then
 * "ANSWER: …", Cook County's style), a restated paragraph with no ANSWER is unanswered: the
 * allegation's own words are not a response.
 */
function unansweredRestatements(text: string, paragraphs: Paragraph[]): void {
  let restated = 0;
  let numbered = 0;
  for (const p of paragraphs) {
    if (p.region !== 'body' || p.number === null) continue;
    numbered++;
    if (answerMarkerEnd(text.slice(p.bodySpan.start, p.bodySpan.end)) > 0) restated++;
  }
  if (restated < 3 || restated * 2 < numbered) return;
  for (const p of paragraphs) {
    if (p.region === 'body' && p.number !== null && p.response && answerMarkerEnd(text.slice(p.bodySpan.start, p.bodySpan.end)) <= 0) p.response = undefined;
  }
}

/** A response lead with nothing after it: "**RESPONSE TO PARAGRAPHS 7 AND 8:**", "As to Paragraph 1:". */
function isLeadAlone(t: string): boolean {
  return !/[a-z]/.test(t) || (/:[*_]*$/.test(t) && t.length < 80);
}

/** A general denial in the preamble ("Except as expressly admitted below, Acme denies each and every allegation …"). */
function preambleGeneralDenial(p: Pleading): Span | undefined {
  if (!p.preamble) return undefined;
  const s = generalDenialIn(p.preamble.text);
  return s && { start: p.preamble.span.start + s.start, end: p.preamble.span.start + s.end };
}

/**
 * Whether line i, inside a unit whose text so far is `openText`, opens a response to later
 * paragraphs: "This Defendant admits the averments contained within numerical paragraph 3" after
 * the response to paragraphs 1 and 2, where extraction lost the paragraph numbers between them.
 */
function startsNewResponse(index: LineIndex, i: number, t: string, openText: string): boolean {
  // A capital letter opens the sentence, perhaps after an OCR'd number ("oe This Defendant admits").
  if (!/^(?:\S{1,3}\s+)?[A-Z]/.test(t)) return false;
  const answered = highestNumber(openText);
  if (answered === undefined) return false;
  let snippet = t;
  for (let j = i + 1; j < index.lineCount && snippet.length < 400; j++) {
    const line = index.lineText(j).trim();
    if (!line || matchParagraphStart(line) || matchHeading(line, true)) break;
    if (isArtifact(line) || isDebris(line)) continue;
    snippet += `\n${line}`;
  }
  return opensResponse(snippet, answered);
}

/**
 * Whether the block of text at line i, set apart by a blank line, opens with a general denial
 * ("Defendant denies each and every allegation of Plaintiff's Complaint not expressly admitted
 * above"): it answers the whole complaint, not the numbered paragraph above it.
 */
function opensGeneralDenial(index: LineIndex, i: number, t: string): boolean {
  if (!/\bden/i.test(t)) return false;
  let block = t;
  for (let j = i + 1; j < index.lineCount && block.length < 600; j++) {
    const line = index.lineText(j).trim();
    if (!line || matchParagraphStart(line) || matchHeading(line, true)) break;
    block += `\n${line}`;
  }
  const general = generalDenialIn(block);
  return general !== undefined && general.start === 0;
}

/** The highest paragraph number a text names, if it names any. */
function highestNumber(text: string): number | undefined {
  const refs = new ReferenceScanner(text, true).referencesIn(0, text.length);
  let max: number | undefined;
  for (const r of refs) for (const g of r.ranges) if (max === undefined || g.to > max) max = g.to;
  return max;
}

/** A paragraph's reading moved by `delta` characters. */
function shifted(work: ParagraphWork, delta: number): ParagraphWork {
  const move = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const references = work.references.length ? work.references.map(r => ({
    ...r, span: move(r.span), ranges: r.ranges.map(g => ({ from: g.from, to: g.to, span: move(g.span) })),
  })) : work.references;
  const r = work.response;
  // Targets are plain numbers: the new response shares them.
  let response = r;
  if (r && (r.targetSpan || r.generalSpan || r.clauses)) {
    response = { ...r };
    if (r.targetSpan) response.targetSpan = move(r.targetSpan);
    if (r.generalSpan) response.generalSpan = move(r.generalSpan);
    if (r.clauses) response.clauses = r.clauses.map(c => ({ ...c, span: move(c.span), targetSpan: c.targetSpan && move(c.targetSpan) }));
  }
  return { references, response };
}

function makeHeading(h: HeadingMatch, line: Line, lead: number, firstParagraph: number): Heading {
  const start = line.start + lead;
  const end = line.start + line.text.trimEnd().length;
  const hd: Heading = { kind: h.kind, text: h.text, span: { start, end }, firstParagraph };
  if (h.number !== undefined) {
    hd.number = h.number;
    hd.numeral = h.numeral;
    hd.numeralStyle = h.numeralStyle;
  }
  if (h.label) hd.label = h.label;
  if (h.inlineTitle) {
    const at = line.text.indexOf(h.inlineTitle.text);
    const s = at >= 0 ? line.start + at : start;
    hd.title = { text: h.inlineTitle.text.replace(/^\((.*)\)$/, '$1'), start: s, end: s + h.inlineTitle.text.length };
  }
  return hd;
}

/** Consumes title lines after a COUNT or defense heading; returns the last line index used. */
function readTitleLines(index: LineIndex, i: number, hd: Heading, kind: 'count' | 'defense'): number {
  let j = i + 1;
  let blanks = 0;
  while (j < index.lineCount && !index.line(j).text.trim() && blanks < 1) {
    j++;
    blanks++;
  }
  if (j >= index.lineCount) return i;
  let last = i;
  for (let taken = 0; j < index.lineCount && taken < 3; j++, taken++) {
    const raw = index.line(j).text;
    const t = raw.trim();
    if (!t) break;
    const { text } = stripMarkup(t);
    const parenthesised = /^\(.*\)$/.test(text);
    if (taken === 0) {
      if (matchParagraphStart(t) || text.length > 150 || isArtifact(t)) return last;
      if (matchHeading(t, true) && !parenthesised && !(hd.kind === 'count' && /^[A-Z ,.'’&-]+$/.test(text) && !/\bCOUNT\b/.test(text))) return last;
      const sentence = /[.;]$/.test(text) && !/(?:et seq\.|U\.S\.C\.[^.]*|\bseq\.)$/.test(text) && !parenthesised;
      if (sentence) return last;
      if (kind === 'defense' && blanks > 0 && !parenthesised) return last;
      // A title is short and capitalised ("(Breach of Contract)", "Negligence Against Defendant
      // Moe"); a line of prose is the body, even when it does not end on this line.
      if (!parenthesised && !isTitleLike(text)) return last;
      const at = raw.indexOf(t);
      hd.title = { text: text.replace(/^\((.*)\)$/, '$1'), start: index.line(j).start + at, end: index.line(j).start + at + t.length };
    } else if (!parenthesised) {
      break;
    }
    hd.span.end = index.line(j).start + raw.trimEnd().length;
    last = j;
  }
  return last;
}

/**
 * A paragraph start that OCR misread ("4, The", "l. With regard to", "Q. Any award"), taken only
 * where the sequence proves it: it is the next number, and a start read from letters is followed
 * by a clean start of the number after it.
 */
function misreadParagraphStart(index: LineIndex, i: number, t: string, expected: number): ParagraphStart | undefined {
  const m = matchOcrParagraphStart(t);
  if (!m || m.number !== expected) return undefined;
  if (m.misread === 'comma') return m;
  const body = t.slice(m.bodyOffset);
  if (body.length < 20 || body === body.toUpperCase()) return undefined;
  for (let j = i + 1, seen = 0; j < index.lineCount && seen < 80; j++, seen++) {
    const next = index.lineText(j).trim();
    const n = next ? matchParagraphStart(next) : undefined;
    if (n && n.bodyOffset < next.length) return n.number === expected + 1 ? m : undefined;
  }
  return undefined;
}

/** "AS TO ALL CAUSES OF ACTION:", "ON THE FIRST COUNT": a heading inside the prayer that groups its items. */
function isPrayerSubheading(text: string): boolean {
  return /:$/.test(text) || /^(?:AS\s+TO|AS\s+FOR|ON|FOR|UNDER|AGAINST)\b/i.test(text);
}

/** Whether a line reads as a title: most of its longer words capitalised, and not long. */
function isTitleLike(text: string): boolean {
  if (text.length > 120) return false;
  const words = text.split(/\s+/).filter(w => /^[A-Za-z]{4,}/.test(w));
  if (!words.length) return true;
  const capitalised = words.filter(w => /^[A-Z]/.test(w)).length;
  return capitalised * 10 >= words.length * 8;
}

/**
 * "COUNT 11" after "COUNT I": OCR read the Roman II as 11. Where the headings before it are Roman
 * and the ones read as 1s make the next numeral, the sequence proves the Roman one.
 */
function readMisreadNumeral(hd: Heading, headings: Heading[]): void {
  const prev = [...headings].reverse().find(x => x.kind === 'count' && x.label === hd.label);
  if (!prev || prev.numeralStyle !== 'roman' || !hd.numeral || !/^[1l|]{2,3}$/.test(hd.numeral)) return;
  if (hd.numeral.length === (prev.number ?? 0) + 1 && hd.number !== hd.numeral.length) {
    hd.number = hd.numeral.length;
    hd.numeralStyle = 'roman';
  }
}

/** Whether a line of the next two that hold text opens with "By" (a signature's "By: /s/ …" or "By: ____"). */
function signedBelow(index: LineIndex, i: number): boolean {
  for (let j = i + 1, seen = 0; j < index.lineCount && seen < 2; j++) {
    const t = index.line(j).text.trim();
    if (!t) continue;
    if (/^By\b/i.test(t)) return true;
    seen++;
  }
  return false;
}

function nextTextLine(index: LineIndex, i: number): number {
  for (let j = i + 1; j < index.lineCount && j <= i + 3; j++) {
    const t = index.line(j).text.trim();
    if (!t) continue;
    if (matchParagraphStart(t) || matchOrdinalParagraphStart(t) || isArtifact(t) || matchHeading(t, true) || isWherefore(t) || isSignatureStart(t)) return -1;
    return j;
  }
  return -1;
}

function block(text: string, span: Span): Block {
  return { span, text: text.slice(span.start, span.end) };
}

function inferKind(paragraphs: Paragraph[]): DocumentKind {
  if (paragraphs.length < 3) return paragraphs.length ? 'complaint' : 'unknown';
  let responses = 0;
  for (const p of paragraphs) {
    if (/^(?:(?:In\s+(?:answer|response)\s+to|Answering|RESPONSE\s+TO)\b|(?:Admitted|Denied)\b)|\b(?:admits|denies|lacks\s+knowledge)\b/i.test(p.body.slice(0, 300))) responses++;
  }
  return responses * 2 >= paragraphs.length ? 'answer' : 'complaint';
}

/** A paragraph's incorporated references ("paragraphs 1-55" in "realleges paragraphs 1-55"), for complaints and answers. */
export function incorporatedReferences(text: string, para: Paragraph): Reference[] {
  if ((para.response && para.response.kind !== 'incorporation') || !para.references.length) return NO_REFERENCES;
  // In a restated unit only the ANSWER incorporates: the restated allegation is the complaint's.
  const answerAt = para.response ? answerMarkerEnd(text.slice(para.bodySpan.start, para.bodySpan.end)) : -1;
  const bodyStart = para.bodySpan.start + Math.max(0, answerAt);
  const refs = para.references.filter(r => r.span.start >= bodyStart && (!para.response?.targetSpan || r.span.start !== para.response.targetSpan.start));
  const self = para.response?.targets.length ? para.response.targets : para.number === null ? [] : [para.number];
  return incorporatedRefs(text.slice(bodyStart, para.bodySpan.end), bodyStart, refs, self);
}

/** A paragraph of one sentence that incorporates others and says nothing more: a defense section's opening. */
function onlyIncorporates(text: string, para: Paragraph): boolean {
  const body = text.slice(para.bodySpan.start, para.bodySpan.end).trim();
  if (body.length > 400 || /[.;:]\s+\S/.test(body)) return false;
  return incorporatedReferences(text, para).length > 0;
}

function whatItAnswers(pleading: Pleading): string | undefined {
  if (pleading.kind !== 'answer') return undefined;
  const sources = [pleading.caption.title?.text ?? '', pleading.preamble?.text ?? ''];
  for (const s of sources) {
    const m = /\b((?:(?:First|Second|Third|Fourth|Fifth|Sixth)\s+)?(?:(?:Amended|Verified|Supplemental)\s+){0,3}(?:Complaint|Petition|Counterclaims?))\b/i.exec(s.slice(0, 2000));
    if (m) return m[1].replace(/\s+/g, ' ');
  }
  return undefined;
}
