/**
 * JSON error answers of the tab APIs: `{error: string}` with a 4xx/5xx status.
 * The message tells the caller what to do; it never quotes the request (no query text, no token).
 */
import type { Response } from "restify";

/** An expected failure of a tab API request, answered as `status` + `{error: message}`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 429 | 503,
    message: string,
    /** Seconds to wait before retrying (sent as `Retry-After` with 429 and 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Sends `{error}` with `status` (JSON, not cached). */
export function sendError(res: Response, status: number, error: string): void {
  res.header("Cache-Control", "no-store");
  res.send(status, { error });
}
