/**
 * The logger restify gets (`createServer({ log })`) instead of its default pino instance, which
 * writes to stdout whatever restify passes it: a whole request (`req`, with headers and the remote
 * address) when a response cannot be formatted, the value an async handler returned, a throttle
 * configuration. Here nothing restify passes is kept: a warning or error becomes one allow-listed
 * line `{event: "http-server-warning"}` with a fixed message; trace, debug and info are dropped.
 * restify's request logging is not used (no `requestLogger`/`audit` plugin).
 * Source: restify 11 `lib/index.js` (`options.log`), `lib/chain.js`, `lib/response.js`.
 */
import type { Logger } from "./logger";

/** The subset of pino's API restify 11 calls (`child`, level methods; `trace()` with no argument asks "enabled?"). */
export interface RestifyLog {
  child(): RestifyLog;
  trace(...args: unknown[]): boolean;
  debug(...args: unknown[]): boolean;
  info(...args: unknown[]): boolean;
  warn(...args: unknown[]): boolean;
  error(...args: unknown[]): boolean;
  fatal(...args: unknown[]): boolean;
}

/** @param log the app's logger (module "http"). */
export function restifyLogger(log: Logger): RestifyLog {
  const drop = () => false;
  const warn = () => {
    log.warn({ event: "http-server-warning" }, "restify reported a problem (details withheld: they can quote the request)");
    return false;
  };
  const self: RestifyLog = { child: () => self, trace: drop, debug: drop, info: drop, warn, error: warn, fatal: warn };
  return self;
}
