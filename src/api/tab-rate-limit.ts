/**
 * Per-tenant rate limit of the tab APIs, so one organization's tabs cannot starve the others
 * (issue "Production hardening"). Same settings as the bot's limit (`RATE_LIMIT_PER_TENANT` requests per
 * `RATE_LIMIT_WINDOW_SECONDS`), counted separately, in memory, under the tenant ID only.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { ApiError } from "./http-errors";

/** Settings from config `rateLimit`. */
export interface TabRateLimitSettings {
  perTenant: number;
  windowSeconds: number;
}

/** Takes one request from a tenant's allowance; throws a 429 {@link ApiError} when none is left. */
export type TabRateLimiter = (tenantId: string) => Promise<void>;

export function createTabRateLimiter(settings: TabRateLimitSettings): TabRateLimiter {
  const limiter = new RateLimiterMemory({ points: settings.perTenant, duration: settings.windowSeconds });
  return async (tenantId) => {
    try {
      await limiter.consume(tenantId);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      throw new ApiError(429, "Too many requests from your organization right now; try again in a few seconds.", Math.ceil(res.msBeforeNext / 1000));
    }
  };
}
