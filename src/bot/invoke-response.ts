/**
 * Invoke responses: the bodies Teams expects per invoke name, and the one place that sends them.
 *
 * Sources: "Universal Actions for Adaptive Cards – work with Universal Actions" (adaptiveCard/action
 * response: `{statusCode, type, value}`), "Respond to search command" (composeExtension/query and
 * queryLink: `{composeExtension: {type: "result" | "message", ...}}`).
 */
import { ActivityTypes, type TurnContext } from "botbuilder";
import type { AdaptiveCard } from "../cards/card";

/** Body of an `adaptiveCard/action` response. */
export type CardActionResponse =
  | { statusCode: 200; type: "application/vnd.microsoft.card.adaptive"; value: AdaptiveCard }
  | { statusCode: 200; type: "application/vnd.microsoft.activity.message"; value: string }
  | { statusCode: 400 | 403 | 429 | 500; type: "application/vnd.microsoft.error"; value: { code: string; message: string } };

/** One message-extension result item: preview shown in the list, content inserted in the compose box. */
export interface MessagingExtensionAttachment {
  contentType: string;
  content: unknown;
  preview?: { contentType: string; content: unknown };
}

/** Body of a `composeExtension/query` or `composeExtension/queryLink` response. */
export type ComposeExtensionResponse = {
  composeExtension:
    | { type: "result"; attachmentLayout: "list" | "grid"; attachments: MessagingExtensionAttachment[] }
    | { type: "message"; text: string };
};

/** Map from invoke name to its response body. */
export interface InvokeBodies {
  "adaptiveCard/action": CardActionResponse;
  "composeExtension/query": ComposeExtensionResponse;
  "composeExtension/queryLink": ComposeExtensionResponse;
}

/** Sends `body` as the HTTP 200 invoke response of this turn (CloudAdapter returns it to Teams). */
export async function sendInvokeResponse(context: TurnContext, body: unknown, status = 200): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
}

/** A compose-extension "message" result: shows `text` in the message-extension flyout. */
export function composeMessage(text: string): ComposeExtensionResponse {
  return { composeExtension: { type: "message", text } };
}

/** An `application/vnd.microsoft.error` card-action response. */
export function cardActionError(statusCode: 400 | 403 | 429 | 500, code: string, message: string): CardActionResponse {
  return { statusCode, type: "application/vnd.microsoft.error", value: { code, message } };
}

/**
 * The response for an invoke the app will not serve (unknown tenant, not enabled, unexpected error),
 * in the shape its invoke name requires; other invoke names get an empty 200.
 */
export function refusalBody(invokeName: string | undefined, code: string, message: string): unknown {
  if (invokeName === "adaptiveCard/action") return cardActionError(code === "InternalError" ? 500 : 403, code, message);
  if (invokeName === "composeExtension/query" || invokeName === "composeExtension/queryLink") return composeMessage(message);
  return {};
}

/**
 * The invoke response when the organization is over its rate limit (bot/rate-limit): in the shape the
 * invoke name requires, so Teams shows `message` (a card action's error, a message-extension message);
 * other invoke names get HTTP 429 with an empty body.
 */
export function throttledResponse(invokeName: string | undefined, message: string): { status: number; body: unknown } {
  if (invokeName === "adaptiveCard/action") return { status: 200, body: cardActionError(429, "TooManyRequests", message) };
  if (invokeName === "composeExtension/query" || invokeName === "composeExtension/queryLink") return { status: 200, body: composeMessage(message) };
  return { status: 429, body: {} };
}
