/**
 * Checks a card the way Teams would receive it: parsed and validated by the real `adaptivecards`
 * library (unknown element types, missing required properties), plus the project's limits:
 * version 1.4 or lower, under 25 KB of UTF-8 JSON, at most 6 actions, object `data` on every submit.
 */
import * as AC from "adaptivecards";
import { CARD_LIMITS, cardBytes, countActions, type AdaptiveCard } from "../../src/cards/card";

/** @returns every problem found; an empty array means the card is valid. */
export function cardProblems(json: AdaptiveCard): string[] {
  const problems: string[] = [];
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  if (!["1.0", "1.1", "1.2", "1.3", "1.4"].includes(String(json.version))) problems.push(`version ${json.version} is above 1.4`);
  if (cardBytes(json) >= CARD_LIMITS.maxBytes) problems.push(`card is ${cardBytes(json)} bytes (limit ${CARD_LIMITS.maxBytes})`);
  if (countActions(json) > CARD_LIMITS.maxActions) problems.push(`card has ${countActions(json)} actions (limit ${CARD_LIMITS.maxActions})`);
  walk(json, (node) => {
    if ((node.type === "Action.Submit" || node.type === "Action.Execute") && node.data !== undefined && (typeof node.data !== "object" || node.data === null || Array.isArray(node.data))) {
      problems.push(`${node.type} "${node.title}" has non-object data`);
    }
  });
  return problems;
}

/** Adaptive Card attachments of a sent activity. */
export function cardsOf(activity: any): AdaptiveCard[] {
  return (activity?.attachments ?? []).filter((a: any) => a.contentType === "application/vnd.microsoft.card.adaptive").map((a: any) => a.content);
}

/** All TextBlock texts of a card, joined with newlines (for assertions on content). */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  walk(card, (node) => {
    if (node.type === "TextBlock" && typeof node.text === "string") texts.push(node.text);
  });
  return texts.join("\n");
}

/** All actions of a card, nested ones included. */
export function cardActions(card: unknown): any[] {
  const actions: any[] = [];
  walk(card, (node) => {
    if (typeof node.type === "string" && node.type.startsWith("Action.")) actions.push(node);
  });
  return actions;
}

function walk(value: unknown, visit: (node: any) => void): void {
  if (Array.isArray(value)) return value.forEach((v) => walk(v, visit));
  if (value === null || typeof value !== "object") return;
  visit(value);
  Object.values(value).forEach((v) => walk(v, visit));
}
