/**
 * Is this plain-text or Markdown file a pleading? A court caption (a court line, a case number or
 * "v.") plus at least three numbered paragraphs near the top. Cheap: looks at the first 400 lines.
 */
export function looksLikePleading(text: string): boolean {
  const head = text.slice(0, 60000).split(/\r\n?|\n/, 400);
  let caption = 0;
  let numbered = 0;
  for (const raw of head) {
    const t = raw.trim();
    if (/\b(?:DISTRICT|SUPERIOR|CIRCUIT|SUPREME|BANKRUPTCY|COUNTY)\s+COURT\b|\bCOURT\s+OF\b|\bCOURT\s+FOR\s+THE\b/i.test(t)) caption |= 1;
    if (/\b(?:Case|Civil\s+Action|Index|Docket)\s+No\.?/i.test(t)) caption |= 2;
    if (/^(?:v\.?|vs\.?|-against-)$/i.test(t) || /^(?:Plaintiffs?|Defendants?)[,.]$/i.test(t)) caption |= 4;
    if (/^(?:\*\*)?\d{1,4}\\?\.(?:\*\*)?\s+\S/.test(t) || /^(?:\*\*)?RESPONSE\s+TO\s+PARAGRAPH/i.test(t)) numbered++;
  }
  const captionSignals = (caption & 1) + ((caption >> 1) & 1) + ((caption >> 2) & 1);
  return captionSignals >= 2 && numbered >= 3;
}
