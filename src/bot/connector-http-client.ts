/**
 * The HTTP client of outgoing Bot Connector calls (replies, card updates), given to botbuilder as
 * `ConnectorClientOptions.httpClient`.
 *
 * Kept from botbuilder 4.23 (its connector client runs on @azure/core-rest-pipeline): the pipeline's
 * `defaultRetryPolicy` retries a 429 (or 503) after the delay the connector asks for in `Retry-After`
 * (seconds or HTTP date; also `retry-after-ms`), at most 3 times. A throttled call was not accepted,
 * so its retry never duplicates a message.
 *
 * Added here:
 * - a ceiling on that delay: a `Retry-After` above `maxRetryAfterMs` (default 3 s) is not waited for.
 *   Its retry headers are dropped, so on a 429 the library gives up at once (on a 503 it falls back to
 *   its bounded exponential backoff) and the turn fails fast instead of holding the request, and a
 *   graceful shutdown, for as long as the connector asked;
 * - a 429 without any retry header is retried after 1 s (the library alone would not retry it);
 * - one keep-alive connection pool (core-rest-pipeline's Node client) shared by every turn of the
 *   adapter, created once;
 * - a hook reporting each throttled answer (for the log: status and delay, never the request).
 * Source: Teams docs, "Optimize your bot with rate limiting and best practices" (429 handling).
 */
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type PipelineRequest,
  type PipelineResponse,
} from "@azure/core-rest-pipeline";
import { toCompatResponse, type RequestPolicy, type WebResourceLike } from "@azure/core-http-compat";

/** Longest `Retry-After` a turn waits for, in milliseconds. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 3_000;

/** A throttled answer of the connector, reported through {@link ConnectorHttpOptions.onThrottled}. */
export interface ThrottleEvent {
  status: number;
  /** Delay asked for (or given, for "default-delay"), in ms. */
  retryAfterMs?: number;
  /**
   * "retry": waited for and retried by the library; "default-delay": a 429 without delay, retried after 1 s;
   * "capped": delay above the ceiling, not waited for; "backoff": a 503 without delay (library's exponential backoff).
   */
  outcome: "retry" | "default-delay" | "capped" | "backoff";
}

export interface ConnectorHttpOptions {
  /** Ceiling on the delay a turn waits for, in ms (default {@link DEFAULT_MAX_RETRY_AFTER_MS}). */
  maxRetryAfterMs?: number;
  onThrottled?: (event: ThrottleEvent) => void;
}

const MS_HEADERS = ["retry-after-ms", "x-ms-retry-after-ms"];

/** Delay before retrying a 429 that named none, in ms. */
export const DEFAULT_THROTTLE_DELAY_MS = 1_000;

/**
 * The delay a 429/503 answer asks for, read as core-rest-pipeline's `throttlingRetryStrategy` reads it.
 * @returns milliseconds, or undefined when no header gives a usable delay.
 * @example retryAfterMs(createHttpHeaders({ "Retry-After": "2" })) // 2000
 */
export function retryAfterMs(headers: { get(name: string): string | undefined }, now: number = Date.now()): number | undefined {
  for (const name of [...MS_HEADERS, "retry-after"]) {
    const raw = headers.get(name);
    const value = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
    if (Number.isFinite(value) && value >= 0) return name === "retry-after" ? value * 1000 : value;
  }
  const date = Date.parse(headers.get("retry-after") ?? "");
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/**
 * @param options ceiling and throttle hook.
 * @param inner the client that sends (default: core-rest-pipeline's Node client, keep-alive agents).
 * @returns a client in the shape botbuilder's `ConnectorClientOptions.httpClient` takes.
 */
export function createConnectorHttpClient(options: ConnectorHttpOptions = {}, inner: HttpClient = createDefaultHttpClient()): RequestPolicy {
  const ceiling = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  return {
    async sendRequest(resource: WebResourceLike) {
      const response = await inner.sendRequest(toPipelineRequest(resource));
      if (response.status === 429 || response.status === 503) applyCeiling(response, ceiling, options.onThrottled);
      return toCompatResponse(response, { createProxy: true });
    },
  };
}

function applyCeiling(response: PipelineResponse, ceiling: number, report: (event: ThrottleEvent) => void = () => undefined): void {
  const status = response.status;
  const asked = retryAfterMs(response.headers);
  if (asked === undefined && status === 429) {
    response.headers.set("retry-after-ms", String(DEFAULT_THROTTLE_DELAY_MS));
    return report({ status, retryAfterMs: DEFAULT_THROTTLE_DELAY_MS, outcome: "default-delay" });
  }
  if (asked !== undefined && asked > ceiling) {
    for (const name of [...MS_HEADERS, "retry-after"]) response.headers.delete(name);
    return report({ status, retryAfterMs: asked, outcome: "capped" });
  }
  report({ status, retryAfterMs: asked, outcome: asked === undefined ? "backoff" : "retry" });
}

/** The compat request (what botbuilder's pipeline hands its HttpClient) → a core-rest-pipeline request. */
function toPipelineRequest(resource: WebResourceLike): PipelineRequest {
  return createPipelineRequest({
    url: resource.url,
    method: resource.method,
    headers: createHttpHeaders(resource.headers.toJson({ preserveCase: true })),
    body: resource.body,
    timeout: resource.timeout,
    abortSignal: resource.abortSignal,
    withCredentials: resource.withCredentials,
    requestId: resource.requestId,
    streamResponseStatusCodes: resource.streamResponseStatusCodes,
    disableKeepAlive: false,
    // botbuilder's ServiceClientContext allows http: for an http: serviceUrl (Emulator, Agents Playground, tests).
    allowInsecureConnection: resource.url.toLowerCase().startsWith("http:"),
  });
}
