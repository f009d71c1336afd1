/**
 * Per-tenant rate limiting, as adapter middleware right after the tenant gate, so one organization
 * cannot starve the others (issue "Production hardening").
 *
 * Each registered tenant may start `perTenant` turns per `windowSeconds` (config
 * `RATE_LIMIT_PER_TENANT`, `RATE_LIMIT_WINDOW_SECONDS`), counted in memory by rate-limiter-flexible's
 * `RateLimiterMemory` under the tenant ID, the only key the app keeps. Over the limit:
 * - a message gets one short "busy, try again shortly" text in the reply language;
 * - an invoke gets the response its name requires ({@link throttledResponse});
 * - any other activity (install or conversation update, …) is dropped silently.
 * Counts live in this process only: with several instances each applies the limit on its own.
 */
import { ActivityTypes, type Middleware, type TurnContext } from "botbuilder";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { t } from "../i18n";
import type { Logger } from "../logging/logger";
import { throttledResponse } from "./invoke-response";
import { activityLogFields } from "./log-fields";
import { turnInfo } from "./turn-state";

/** Limit settings (from config `rateLimit`). */
export interface RateLimitSettings {
  /** Turns a tenant may start per window. */
  perTenant: number;
  /** Window length in seconds. */
  windowSeconds: number;
}

/**
 * @param settings limit per tenant and window.
 * @param log module logger: one warning per refused turn with the tenant id, never the activity.
 * @returns middleware to `use` after the tenant gate (it reads the gate's turn info).
 */
export function rateLimit(settings: RateLimitSettings, log: Logger): Middleware {
  const limiter = new RateLimiterMemory({ points: settings.perTenant, duration: settings.windowSeconds });
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { tenant } = turnInfo(context);
      const tenantId = tenant.entry.tenantId;
      try {
        await limiter.consume(tenantId);
      } catch (res) {
        if (!(res instanceof RateLimiterRes)) throw res;
        log.warn({ ...activityLogFields(context.activity), event: "rate-limited", tenantId, latencyMs: res.msBeforeNext }, "tenant over its rate limit");
        await refuseBusy(context);
        return;
      }
      await next();
    },
  };
}

async function refuseBusy(context: TurnContext): Promise<void> {
  const activity = context.activity;
  const message = t(turnInfo(context).lang, "notices.busy");
  if (activity.type === ActivityTypes.Message) {
    await context.sendActivity({ type: ActivityTypes.Message, text: message });
  } else if (activity.type === ActivityTypes.Invoke) {
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: throttledResponse(activity.name, message) });
  }
}
