/**
 * Structured JSON logging (pino) built from an allow-list of fields.
 *
 * Only the keys of {@link LogFields} ever reach the output: whatever else a caller passes is
 * dropped by pino's `formatters.log`, and errors are reduced to their class and stack frames
 * (the message line is dropped, because error messages can quote input such as message text).
 * Never log message text, names, user or conversation ids, mention entities, tokens, headers,
 * IP addresses or whole activities or requests.
 */
import pino, { type DestinationStream, type Level } from "pino";

/** The only fields a log line may carry (besides pino's time, level and the module binding). */
export interface LogFields {
  /** What happened, kebab-case (e.g. "turn", "startup", "tenant-rejected"). */
  event?: string;
  /** Bot Framework activity type (message, invoke, conversationUpdate…). */
  activityType?: string;
  /** Invoke name (composeExtension/query…), never free text. */
  invokeName?: string;
  /** Bot Framework channel id (msteams, emulator…). */
  channelId?: string;
  /** Entra tenant ID of the organization (the one identifier the app keeps). */
  tenantId?: string;
  /** Recognized intent or command (help, privacy, courses, fallback…). */
  intent?: string;
  /** Outcome of the operation (answered, declined, rejected, ok…). */
  outcome?: string;
  /** Duration in milliseconds. */
  latencyMs?: number;
  /** HTTP status code returned. */
  status?: number;
  /** Route pattern (never the raw URL with its query). */
  route?: string;
  /** A caught error; logged as its class name and stack frames only. */
  err?: unknown;
  /** Port the server listens on (start-up). */
  port?: number;
  /** Free-form count (e.g. number of tenants loaded). */
  count?: number;
  /**
   * Why the app's own files could not be loaded (registry, catalog, policy), as the loaders word it:
   * file, entry and field. Only for messages the app composes about its files, never request input.
   */
  reason?: string;
}

/** The logger every module receives (injected, never imported as a global). */
export interface Logger {
  child(module: string): Logger;
  debug(fields: LogFields, msg: string): void;
  info(fields: LogFields, msg: string): void;
  warn(fields: LogFields, msg: string): void;
  error(fields: LogFields, msg: string): void;
}

const ALLOWED = new Set<string>([
  "event", "activityType", "invokeName", "channelId", "tenantId", "intent", "outcome",
  "latencyMs", "status", "route", "err", "port", "count", "module", "reason",
]);

/** Keeps only allow-listed keys; exported for tests. */
export function pickAllowed(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (ALLOWED.has(k) && v !== undefined) out[k] = v;
  return out;
}

/** Error → `{type, code?, stack}` without the message (it may quote user input). */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const frames = (err.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 8).map((l) => l.trim());
  const code = (err as { code?: unknown }).code;
  return { type: err.name || err.constructor?.name || "Error", ...(typeof code === "string" ? { code } : {}), stack: frames };
}

/**
 * Creates the root logger.
 * @param level minimum level (config `LOG_LEVEL`).
 * @param destination where JSON lines go (default stdout); tests pass a stream to read them back.
 */
export function createLogger(level: Level | "silent", destination?: DestinationStream): Logger {
  const root = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { log: (obj) => pickAllowed(obj as Record<string, unknown>) },
      serializers: { err: serializeError },
    },
    destination,
  );
  return wrap(root);
}

function wrap(p: pino.Logger): Logger {
  return {
    child: (module) => wrap(p.child({ module })),
    debug: (f, m) => p.debug(f, m),
    info: (f, m) => p.info(f, m),
    warn: (f, m) => p.warn(f, m),
    error: (f, m) => p.error(f, m),
  };
}
