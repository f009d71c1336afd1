/**
 * The request body of `POST /api/messages`, checked before anything else looks at it.
 *
 * A Bot Framework activity (Bot Framework REST API reference, "Activity object") is a JSON object
 * with a string `type`; a channel that expects replies puts its endpoint in `serviceUrl`. botbuilder's
 * `CloudAdapter.process` threw outside its error handling for a body whose `type` was not a string
 * (a 500), and a non-string `serviceUrl` crashed the connector client: both are a 400 here.
 */
import type { Activity } from "botbuilder";

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
  for (const field of ["timestamp", "localTimestamp", "expiration"] as const) {
    const value = activity[field];
    if (typeof value === "string") {
      activity[`raw${field[0].toUpperCase()}${field.slice(1)}`] = value;
      activity[field] = new Date(value);
    }
  }
  return { ok: true, activity: activity as unknown as Activity };
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
