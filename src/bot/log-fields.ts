/**
 * The only activity fields that reach a log line, reduced to known values: an activity can carry
 * any string in `type`, `name` or `channelId`, and a log line must never carry input verbatim.
 */
import { ActivityTypes } from "botbuilder";
import type { LogFields } from "../logging/logger";

const KNOWN_TYPES = new Set<string>(Object.values(ActivityTypes));
const KNOWN_INVOKES = new Set([
  "adaptiveCard/action", "composeExtension/query", "composeExtension/queryLink", "composeExtension/selectItem",
  "composeExtension/fetchTask", "composeExtension/submitAction", "composeExtension/querySettingUrl",
  "composeExtension/setting", "composeExtension/anonymousQueryLink", "task/fetch", "task/submit", "tab/fetch",
  "tab/submit", "signin/verifyState", "signin/tokenExchange", "config/fetch", "config/submit", "fileConsent/invoke",
  "actionableMessage/executeAction", "healthCheck",
]);

/** @returns activityType, invokeName and channelId, each a known value or "other". */
export function activityLogFields(activity: { type?: unknown; name?: unknown; channelId?: unknown }): LogFields {
  const type = typeof activity.type === "string" && KNOWN_TYPES.has(activity.type) ? activity.type : "other";
  const fields: LogFields = { activityType: type, channelId: safeChannel(activity.channelId) };
  if (type === ActivityTypes.Invoke) {
    fields.invokeName = typeof activity.name === "string" && KNOWN_INVOKES.has(activity.name) ? activity.name : "other";
  }
  return fields;
}

function safeChannel(value: unknown): string {
  return typeof value === "string" && /^[a-z0-9_-]{1,32}$/i.test(value) ? value : "other";
}
