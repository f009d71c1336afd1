/**
 * Reads what a person sees in an Adaptive Card the bot sent through the playground: the cards of a
 * reply, every TextBlock text and every Action.OpenUrl url, wherever they sit (containers, column sets,
 * action sets, selectAction). Layout-independent on purpose: the e2e test checks content, not layout.
 */
import type { BotMessage } from "./playground-streams";

/** Content type of an Adaptive Card attachment (Bot Framework / Teams). */
export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

/** The Adaptive Card contents attached to `replies`, in order. */
export function adaptiveCards(replies: BotMessage[]): Record<string, unknown>[] {
  return replies.flatMap((r) => r.attachments.filter((a) => a.contentType === ADAPTIVE_CARD).map((a) => a.content as Record<string, unknown>));
}

/** Every node of a card's JSON tree that is an object with a string `type` (elements and actions). */
function typedNodes(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) {
    for (const v of value) typedNodes(v, out);
  } else if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (typeof obj.type === "string") out.push(obj);
    for (const v of Object.values(obj)) typedNodes(v, out);
  }
  return out;
}

/** Texts of every TextBlock in `card`. */
export function cardTexts(card: unknown): string[] {
  return typedNodes(card).filter((n) => n.type === "TextBlock").map((n) => String(n.text));
}

/** URLs of every Action.OpenUrl in `card`. */
export function cardUrls(card: unknown): string[] {
  return typedNodes(card).filter((n) => n.type === "Action.OpenUrl").map((n) => String(n.url));
}
