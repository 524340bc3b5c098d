/**
 * own-knowledge: pleading lack of knowledge of an allegation about the answering party's own
 * conduct ("Coastal shipped the oven on May 1" answered "Coastal lacks knowledge …"). A party is
 * presumed to know its own acts; courts treat such a response as evasive and the allegation as
 * admitted (FRCP 8(b)(5), 8(b)(6)). Needs the complaint: the allegation is about the party when its
 * short name, or "Defendant" where one defendant is sued, is the subject of the paragraph's first
 * sentence.
 */
import { complaintParagraphs } from '../analysis';
import { answeringParty } from '../drafting/phrasing';
import type { Finding } from '../model';
import { answeringNames, escapeRegExp, LACK_PHRASE, responseLabel, responsePart, responseParagraphs, sentences } from '../responsePhrases';
import { excerpt } from '../text';
import type { Check, CheckContext } from './check';

/** Introductory phrases before the subject: "On May 1, 2025,", "In 2006,", "Upon information and belief,". */
const INTRO = /^(?:(?:On|In|Since|Beginning|Starting|From|By|After|Before|During|Throughout|Between|At\s+all\s+(?:relevant\s+)?times(?:\s+\w+){0,3}|(?:Up)?on\s+information\s+and\s+belief|Thereafter|Later|Then|Subsequently|Moreover|Further(?:more)?|Additionally|In\s+addition|Shortly\s+thereafter|Two\s+\w+\s+later|\w+\s+(?:days?|weeks?|months?|years?)\s+later)\b[^,.;]{0,60},\s*)+/i;

export const ownKnowledge: Check = {
  code: 'own-knowledge',
  description: "Lack of knowledge pleaded about the answering party's own conduct (needs the linked complaint).",
  severity: 'warning',
  run({ pleading, complaint }: CheckContext): Finding[] {
    if (!complaint || pleading.kind !== 'answer') return [];
    const theirs = complaintParagraphs(complaint);
    const party = answeringParty(pleading);
    const names = answeringNames(pleading, party, complaint).sort((a, b) => b.length - a.length);
    if (!names.length) return [];
    const subject = new RegExp(`^(?:Defendant\\s+)?(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}'’])(?:\\s*,[^,]{1,60},)?\\s+(?:(?:and|or)\\s+[^,.;]{1,40}?\\s+)?(?=\\p{Ll})`, 'u');
    const findings: Finding[] = [];
    for (const para of responseParagraphs(pleading)) {
      if (para.response!.kind !== 'lack-knowledge') continue;
      const { text, start } = responsePart(pleading, para);
      LACK_PHRASE.lastIndex = 0;
      const lack = LACK_PHRASE.exec(text);
      if (!lack) continue;
      for (const t of para.response!.targets) {
        const c = theirs.get(t);
        if (!c) continue;
        const body = c.body.trim();
        const first = sentences(body)[0];
        const sentence = first ? body.slice(first.start, first.end).trim() : body;
        if (!subject.test(sentence.replace(INTRO, ''))) continue;
        findings.push({
          code: 'own-knowledge',
          severity: 'warning',
          message: `${responseLabel(pleading, para)} pleads lack of knowledge of complaint ¶${t}, which alleges ${party}'s own conduct (“${excerpt(sentence, 70)}”); a party is presumed to know its own acts, and courts treat this as evasive.`,
          span: { start: start + lack.index, end: start + lack.index + lack[0].length },
        });
        break;
      }
    }
    return findings;
  },
};
