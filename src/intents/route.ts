/**
 * One turn of conversation, in domain terms: normalized text in, a {@link Reply} out.
 * Plain data only (no Teams types), so the bot, the tests and the benchmark share it.
 */
import type { Course, CourseIndex, CourseSearchResult } from "../catalog/types";
import type { Lang } from "../i18n/language";
import type { PrivacyAnswer, SectionSuggestion } from "../privacy/types";
import { foldAccents } from "../text/analyzer";
import { classify } from "./classify";

/** What a tenant offers to answer with (a subset of tenants/registry Tenant). */
export interface AnswerSources {
  catalog: Pick<CourseIndex, "search" | "featured">;
  policies: {
    answer(question: string, userLanguage: Lang): PrivacyAnswer;
    /** Headings of the document used for `userLanguage`, in order. */
    outline(userLanguage: Lang): { sections: SectionSuggestion[]; documentLanguage: Lang; revisionDate?: string };
  };
}

/** What to send back; cards/ turns each kind into an Adaptive Card. */
export type Reply =
  | { kind: "help" }
  | { kind: "empty" }
  | { kind: "fallback" }
  | { kind: "privacy"; answer: PrivacyAnswer }
  | { kind: "privacy-overview"; sections: SectionSuggestion[]; revisionDate?: string }
  | { kind: "courses"; query: string; result: CourseSearchResult }
  | { kind: "featured-courses"; courses: Course[] };

/** Courses shown in one reply card (the card also needs room for its other actions). */
export const COURSES_PER_REPLY = 5;

/**
 * Words that show a message is about personal data even when the policy has no answer; such a
 * question gets an honest decline with the closest sections rather than the generic fallback.
 */
const PRIVACY_CUES = /\b(privacy|private|personal|data|info|information|gdpr|rgpd|cookies?|track\w*|consent\w*|delet\w*|eras\w*|account|policy|confidential\w*|shar(?:e|es|ed|ing)|sell|sold|stor(?:e|ed|age)|collect\w*|keep|kept|retain\w*|boss|employer|my results|my messages|donnees|informations?|personnel\w*|vie privee|supprim\w*|effac\w*|compte|politique|traceurs?|consentement|partag\w*|vend\w*|conserv\w*|collect\w*|employeur|mes resultats|mes messages)\b/;

/**
 * @param text normalized message text.
 * @param sources the tenant's catalog and policy documents.
 * @param lang reply language (also used to pick the policy document).
 */
export function route(text: string, sources: AnswerSources, lang: Lang): Reply {
  const intent = classify(text);
  switch (intent.kind) {
    case "empty":
    case "help":
      return { kind: intent.kind };
    case "courses":
      return coursesReply(intent.query, sources, lang);
    case "privacy":
      if (intent.question === "") {
        const { sections, revisionDate } = sources.policies.outline(lang);
        return { kind: "privacy-overview", sections, revisionDate };
      }
      return { kind: "privacy", answer: sources.policies.answer(intent.question, lang) };
    case "unknown": {
      const answer = sources.policies.answer(intent.text, lang);
      if (answer.answered || PRIVACY_CUES.test(foldAccents(intent.text.toLowerCase()))) return { kind: "privacy", answer };
      return { kind: "fallback" };
    }
  }
}

/** A topic gets a search (the reader's language ranked first); no topic gets the featured courses. */
function coursesReply(query: string, sources: AnswerSources, lang: Lang): Reply {
  const result = query === "" ? undefined : sources.catalog.search(query, { limit: COURSES_PER_REPLY, preferLanguage: lang, prefix: false });
  if (!result || result.blank) return { kind: "featured-courses", courses: sources.catalog.featured(COURSES_PER_REPLY, lang) };
  return { kind: "courses", query, result };
}
