/**
 * Which usage event a bot reply counts, from the reply alone (never the question):
 * an answered privacy question counts its section id, a declined one counts nothing but the event,
 * a course search counts whether it found courses. Other replies (help, overview, featured courses,
 * fallback) count nothing.
 */
import type { Reply } from "../intents/route";
import type { UsageEvent } from "./usage-counter";

/** @returns the event and key to count for `reply`, or undefined. */
export function usageOfReply(reply: Reply): { event: UsageEvent; key: string } | undefined {
  switch (reply.kind) {
    case "privacy":
      return reply.answer.answered && reply.answer.sectionId
        ? { event: "privacy-answered", key: reply.answer.sectionId }
        : { event: "privacy-declined", key: "" };
    case "courses":
      return { event: reply.result.total > 0 ? "course-search-results" : "course-search-empty", key: "" };
    default:
      return undefined;
  }
}
