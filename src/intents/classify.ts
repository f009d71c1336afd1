/**
 * Free text → what the person wants: help, a privacy question, a course search, or something else.
 *
 * Works on normalized text (bot mention removed, entities decoded, whitespace collapsed, lower case;
 * see bot/normalize-text). Command words ("help", "courses gdpr", "privacy <question>", and their
 * French forms) are recognized first; free text is then routed by cue words of the two domains.
 * Deciding whether a privacy question is actually answered is the privacy engine's job, not this one's.
 *
 * This is a small rule set rather than a library classifier: the vocabulary is the product's own
 * (course and privacy cue words in two languages) and the rules must stay explainable to admins.
 */
import { foldAccents } from "../text/analyzer";

/** What {@link classify} recognized. */
export type Intent =
  | { kind: "help" }
  | { kind: "privacy"; question: string }
  | { kind: "courses"; query: string }
  | { kind: "unknown"; text: string }
  | { kind: "empty" };

/**
 * Command words, matched on lower-case text with or without accents. They are also the trigger
 * patterns of the bot's command handlers (bot/commands) and the manifest's commandLists.
 */
export const COMMAND_PATTERNS = {
  help: /^(?:help|aide|hi|hello|hey|hiya|bonjour|salut|coucou|start|menu|\?|what can you do|que sais[- ]tu faire|que peux[- ]tu faire)[\s!.?]*$/,
  /** "courses x", "course: x", "formations x", "cours x", "search courses x". */
  courses: /^(?:search\s+)?(?:courses?|formations?|cours|trainings?|catalog(?:ue)?)(?![\p{L}\p{N}])[\s:,-]*/u,
  /** "privacy x", "confidentialité x". */
  privacy: /^(?:privacy|confidentialit[eé]|vie priv[eé]e|donn[eé]es personnelles)(?![\p{L}\p{N}])[\s:,-]*/u,
} as const;

/** Phrases that ask for courses in free text; what follows them is the topic. */
const COURSE_REQUEST = [
  /\b(?:find|search|show|give|recommend|suggest|need|want|looking for|look for|get)\b.*?\b(?:courses?|trainings?|modules?|classes|moocs?|lessons?)\b(?:\s+(?:on|about|for|in|regarding))?\s*/,
  /\b(?:any|a|some)\s+(?:courses?|trainings?|modules?|moocs?)\s+(?:on|about|for|in|regarding)\s+/,
  /\b(?:courses?|trainings?|modules?|moocs?)\s+(?:on|about|for|regarding)\s+/,
  /\b(?:je cherche|cherche|trouve|trouver|montre|propose|recommande|besoin d|voudrais|veux)\b.*?\b(?:formations?|cours|modules?|moocs?)\b(?:\s+(?:sur|en|pour|a propos d|au sujet d))?(?:\s+(?:le|la|les|l|du|des|de))?\s*/,
  /\b(?:formations?|cours|modules?)\s+(?:sur|en|pour)\s+(?:le|la|les|l|du|des|de)?\s*/,
  /\b(?:learn|learning about|apprendre|me former)\b(?:\s+(?:about|on|sur|a|en))?\s*/,
];

/**
 * @param text normalized text (may be empty).
 * @returns the intent; `courses.query` and `privacy.question` are what remains after the command words.
 * @example classify("courses gdpr") // {kind: "courses", query: "gdpr"}
 * @example classify("how long do you keep my data?") // {kind: "unknown", text: "..."}: the caller asks the privacy engine
 */
export function classify(text: string): Intent {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const lower = trimmed.toLowerCase();
  if (COMMAND_PATTERNS.help.test(lower)) return { kind: "help" };
  const course = COMMAND_PATTERNS.courses.exec(lower);
  if (course) return { kind: "courses", query: cleanTopic(trimmed.slice(course[0].length)) };
  const privacy = COMMAND_PATTERNS.privacy.exec(lower);
  if (privacy) return { kind: "privacy", question: trimmed.slice(privacy[0].length).trim() };
  const folded = foldAccents(lower);
  for (const pattern of COURSE_REQUEST) {
    const m = pattern.exec(folded);
    if (m) return { kind: "courses", query: cleanTopic(trimmed.slice(m.index + m[0].length)) };
  }
  return { kind: "unknown", text: trimmed };
}

/** Drops punctuation and filler articles around a topic ("the GDPR?" → "GDPR"). */
function cleanTopic(topic: string): string {
  return topic
    .replace(/[?!.;:,"“”«»]+/g, " ")
    .replace(/^\s*(?:on|about|for|the|a|an|sur|le|la|les|l'|du|des|de)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
}
