/**
 * The request body of `POST /api/messages`, checked before anything else looks at it.
 *
 * A Bot Framework activity (Bot Framework REST API reference, "Activity object") is a JSON object
 * with a string `type`; a channel that expects replies puts its endpoint in `serviceUrl`. botbuilder's
 * `CloudAdapter.process` threw outside its error handling for a body whose `type` was not a string
 * (a 500), and a non-string `serviceUrl` crashed the connector client: both are a 400 here.
 *
 * Message text beyond {@link MAX_TEXT_CHARS} is not read: no question needs more, and the search
 * and policy engines' cost grows with the text (a 60 KB message took seconds), so a long paste
 * cannot tie up the process. Teams itself caps a message at about 28 KB.
 */
import type { Activity } from "botbuilder";

/** Longest message text read, in UTF-16 code units; the rest is dropped before any handler sees it. */
export const MAX_TEXT_CHARS = 1_000;

/** Result of {@link activityFromBody}. */
export type ActivityBody =
  | { ok: true; activity: Activity }
  | { ok: false; reason: "not-an-object" | "missing-type" | "bad-service-url" };

/**
 * @param body `req.body` as parsed by restify's bodyParser (any JSON value, or a string for other content types).
 * @returns the activity, with its ISO timestamps turned into Dates as botbuilder's `validateAndFixActivity` does.
 * @example activityFromBody({ type: "message", serviceUrl: "https://smba.trafficmanager.net/emea/" }).ok // true
 */
export function activityFromBody(body: unknown): ActivityBody {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, reason: "not-an-object" };
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== "string" || activity.type === "") return { ok: false, reason: "missing-type" };
  if (!isHttpUrl(activity.serviceUrl)) return { ok: false, reason: "bad-service-url" };
  if (typeof activity.text === "string" && activity.text.length > MAX_TEXT_CHARS) activity.text = truncate(activity.text, MAX_TEXT_CHARS);
  // botbuilder copies these into the reply and reads them without checking: keep only well-typed values.
  if (activity.locale !== undefined && typeof activity.locale !== "string") delete activity.locale;
  for (const field of ["recipient", "from", "conversation"] as const) {
    const value = activity[field];
    if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) delete activity[field];
  }
  // teamsfx's command matching calls TurnContext.removeRecipientMention, which reads recipient.id.
  if (activity.recipient === undefined) activity.recipient = { id: "" };
  for (const field of ["timestamp", "localTimestamp", "expiration"] as const) {
    const value = activity[field];
    if (typeof value === "string") {
      activity[`raw${field[0].toUpperCase()}${field.slice(1)}`] = value;
      activity[field] = new Date(value);
    }
  }
  return { ok: true, activity: activity as unknown as Activity };
}

/** First `max` code units of `text`, never ending on half a surrogate pair. */
function truncate(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== "string" || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
