/**
 * Action.Execute, the Universal Action (Adaptive Cards 1.4): Teams sends an `adaptiveCard/action`
 * invoke with `value.action.verb` and `value.action.data`, and the bot answers with a card that
 * replaces this one in place, or a message.
 * Source: "Universal Actions for Adaptive Cards" (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview).
 */
import type { CardElement } from "./card";

/**
 * @param verb the handler's trigger verb (e.g. "similarCourses").
 * @param data object data sent back with the invoke (Teams requires an object).
 * @example execute("Similar courses", "similarCourses", { courseId: "impacts-of-gdpr" })
 */
export function execute(title: string, verb: string, data: Record<string, unknown>, options: CardElement = {}): CardElement {
  return { type: "Action.Execute", title, verb, data, ...options };
}
