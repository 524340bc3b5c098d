/**
 * own-knowledge: pleading lack of knowledge of an allegation about the answering party's own
 * conduct ("Coastal shipped the oven on May 1" answered "Coastal lacks knowledge …"). A party is
 * presumed to know its own acts; courts treat such a response as evasive and the allegation as
 * admitted (FRCP 8(b)(5), 8(b)(6)). Needs the complaint: the allegation is about the party when its
 * short name, or "Defendant" where one defendant is sued, is the subject of the paragraph's first
 * sentence.
 */
import { complaintParagraphs, responseParagraphs } from '../analysis';
import type { Paragraph } from '../model';
import { answeringNames, partyOf } from '../parties';
import { normalize, spanIn } from '../reading/normalize';
import { aboutTheAllegations, deniesOutright, firstLack, type ResponsePart } from '../reading/response';
import { sentences } from '../reading/sentences';
import { escapeRegExp, excerpt } from '../text';
import { responseLabel } from '../wording';
import type { Check, CheckContext } from './check';

/** Introductory phrases before the subject: "On May 1, 2025,", "In 2006,", "Upon information and belief,". */
const INTRO = /^(?:(?:(?:On|In|Since|Beginning|Starting|From|By|After|Before|During|Throughout|Between|At all (?:relevant )?times|(?:Up)?on information and belief|Thereafter|Later|Then|Subsequently|Moreover|Further(?:more)?|Additionally|In addition|Shortly thereafter)\b[^,.;]{0,60}|\d{4}), ){1,3}/i;

export const ownKnowledge: Check = {
  code: 'own-knowledge',
  description: "Lack of knowledge pleaded about the answering party's own conduct (needs the linked complaint).",
  severity: 'warning',
  run({ pleading, complaint, forum, reading, verdict, report }: CheckContext): void {
    if (!complaint || pleading.kind !== 'answer') return;
    const theirs = complaintParagraphs(complaint);
    const party = partyOf(pleading);
    const names = answeringNames(pleading, party, complaint).sort((a, b) => b.length - a.length);
    if (!names.length) return;
    // The party as the subject: its name, then a verb ("Coastal shipped", "Defendant [24]7 is"), not "Coastal's".
    const subject = new RegExp(`^(?:Defendant )?(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}'’])(?:, [^,]{1,60},)? (?:(?:and|or) [^,.;]{1,40} )?(?=\\p{Ll})`, 'u');
    for (const para of responseParagraphs(pleading)) {
      if (para.response!.kind !== 'lack-knowledge') continue;
      // The complaint side first: it is cheap (cached) and rules out most responses.
      let target: { t: number; sentence: string } | undefined;
      for (const t of para.response!.targets) {
        const c = theirs.get(t);
        if (!c) continue;
        const sentence = leadSentence(c);
        if (subject.test(sentence.replace(INTRO, ''))) {
          target = { t, sentence };
          break;
        }
      }
      if (!target) continue;
      const n = reading(para);
      // Lack of knowledge of the allegations themselves, not of a particular fact ("what LivePerson
      // allegedly believes") beside an outright denial.
      if (deniesOutright(n)) continue;
      const lack = verdict(para, 'lack', lackOfTheAllegations);
      if (!lack) continue;
      report(spanIn(n, lack.index, lack.index + lack.length), `${responseLabel(pleading, para)} pleads lack of knowledge of complaint ¶${target.t}, which alleges ${party}'s own conduct (“${excerpt(target.sentence, 70)}”); a party is presumed to know its own acts, and courts treat this as evasive (${forum.cites.lackOfKnowledge}).`);
    }
  },
};

/** The first statement of lack of knowledge about the allegations as a whole. */
const lackOfTheAllegations = (r: ResponsePart) => firstLack(r, sentence => aboutTheAllegations(sentence));

/** The first sentence of a complaint paragraph, normalized; kept per paragraph, as complaints change rarely. */
function leadSentence(c: Paragraph): string {
  let out = leadSentences.get(c);
  if (out === undefined) {
    const body = normalize(c.body.trim()).text;
    const first = sentences(body)[0];
    out = first ? body.slice(first.start, first.end) : body;
    leadSentences.set(c, out);
  }
  return out;
}

const leadSentences = new WeakMap<Paragraph, string>();
