/**
 * Invoke routing: one handler per invoke name, each returning its response body; this module is
 * the one place that turns a body (or an unexpected throw) into the invoke response.
 * `adaptiveCard/action` invokes whose verb a teamsfx card-action handler knows never get here:
 * teamsfx answers them; what arrives here has an unknown or missing verb.
 */
import { INVOKE_RESPONSE_KEY, type TurnContext } from "botbuilder";
import { t } from "../i18n";
import type { Logger } from "../logging/logger";
import { cardActionError, refusalBody, sendInvokeResponse } from "./invoke-response";
import { turnInfo } from "./turn-state";
import { activityLogFields } from "./log-fields";

/** A handler returns the response body for its invoke. */
export type InvokeHandler = (context: TurnContext) => Promise<unknown> | unknown;

/** Handlers by invoke name; message-extension handlers are added by bot/message-extension. */
export type InvokeHandlers = Record<string, InvokeHandler>;

/** `adaptiveCard/action` with a verb no handler registered: 400 in the Universal Actions error shape. */
export const unknownVerb: InvokeHandler = (context) => {
  const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  const { lang } = turnInfo(context);
  return typeof verb === "string" && verb !== ""
    ? cardActionError(400, "UnknownVerb", t(lang, "notices.unknownAction"))
    : cardActionError(400, "MissingVerb", t(lang, "notices.unknownAction"));
};

/**
 * Answers the invoke of this turn. Unknown invoke names get an empty 200 (never a 501 or 500);
 * a throwing handler is logged (class and stack frames only) and gets the refusal body of its name.
 */
export async function handleInvoke(context: TurnContext, handlers: InvokeHandlers, log: Logger): Promise<void> {
  if (context.turnState.get(INVOKE_RESPONSE_KEY)) return; // a teamsfx card-action handler answered already
  const name = context.activity.name ?? "";
  const handler = Object.prototype.hasOwnProperty.call(handlers, name) ? handlers[name] : undefined;
  if (!handler) {
    await sendInvokeResponse(context, {});
    return;
  }
  let body: unknown;
  try {
    body = await handler(context);
  } catch (err) {
    log.error({ event: "invoke-failed", ...activityLogFields(context.activity), err }, "invoke handler failed");
    body = refusalBody(name, "InternalError", t(turnInfo(context).lang, "notices.fallback"));
  }
  await sendInvokeResponse(context, body);
}
