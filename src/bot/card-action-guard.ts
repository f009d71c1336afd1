/**
 * Answers an `adaptiveCard/action` invoke whose `value.action` is missing or whose verb is not a
 * non-empty string, before the teamsfx card-action middleware sees it: teamsfx reads
 * `activity.value.action.verb` and calls `verb.toLowerCase()` unguarded, so such an invoke would throw
 * there and end as an error instead of the 400 the issue requires ("unknown or missing verb").
 * Runs after the tenant gate, so an unregistered tenant still gets the gate's refusal.
 */
import { ActivityTypes, type Middleware } from "botbuilder";
import { sendInvokeResponse } from "./invoke-response";
import { unknownVerb } from "./invokes";

/** True when `value.action` is an object with a non-empty string verb. */
export function hasUsableVerb(value: unknown): boolean {
  const action = value !== null && typeof value === "object" ? (value as { action?: unknown }).action : undefined;
  if (action === null || typeof action !== "object" || Array.isArray(action)) return false;
  const verb = (action as { verb?: unknown }).verb;
  return typeof verb === "string" && verb !== "";
}

export function cardActionGuard(): Middleware {
  return {
    async onTurn(context, next) {
      const activity = context.activity;
      if (activity.type === ActivityTypes.Invoke && activity.name === "adaptiveCard/action" && !hasUsableVerb(activity.value)) {
        await sendInvokeResponse(context, await unknownVerb(context));
        return;
      }
      await next();
    },
  };
}
