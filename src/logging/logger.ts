/**
 * Structured JSON logging (pino) built from an allow-list of fields.
 *
 * Only the keys of {@link LogFields} ever reach the output: whatever else a caller passes is
 * dropped by pino's `formatters.log`, and errors are reduced to their class and stack frames
 * (the message line is dropped, because error messages can quote input such as message text).
 * Values are checked too (defence in depth, {@link pickAllowed}): numbers must be numbers, `tenantId`
 * a GUID, `reason` one line of at most 500 characters, every other field a short identifier-like token
 * (no spaces, no `@`), else it is replaced.
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

/** Longest `reason` kept (a loader's message about the app's own files), in characters, on one line. */
const MAX_REASON = 500;
const NUMERIC = new Set(["latencyMs", "status", "port", "count"]);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An identifier-like token: what events, intents, outcomes, routes and channel ids look like. */
const TOKEN = /^[A-Za-z0-9/:][\w./:-]{0,79}$/;

/**
 * Keeps only allow-listed keys with values of their kind; exported for tests.
 * A value of the wrong kind is replaced (`"invalid"` for a tenant id, `"other"` for a token), never passed on.
 */
export function pickAllowed(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (!ALLOWED.has(k) || v === undefined) continue;
    if (k === "err") out[k] = v;
    else if (NUMERIC.has(k)) out[k] = typeof v === "number" && Number.isFinite(v) ? v : null;
    else if (k === "tenantId") out[k] = typeof v === "string" && GUID.test(v) ? v : "invalid";
    else if (k === "reason") out[k] = typeof v === "string" ? v.replace(/\s+/g, " ").slice(0, MAX_REASON) : "other";
    else out[k] = typeof v === "string" && TOKEN.test(v) ? v : "other";
  }
  return out;
}

/** A stack frame as V8 prints it: `at [async |new ]name [(]location[)]`, the location a file path, `node:` module or `<anonymous>`. */
const FRAME = /^at (?:(?:async |new )?[\w$.<>[\]]+(?: \[as [\w$]+\])? \()?(?:node:[\w/:.-]+|file:\/\/[^\s()]+|\/[^\s()]+|[A-Za-z]:\\[^\s()]+|<anonymous>|native)(?::\d+:\d+)?\)?$/;
const NAME = /^[A-Za-z_$][\w$]{0,63}$/;

/**
 * Error → `{type, code?, stack}` without the message (it may quote user input): the stack is read
 * after its `Name: message` header, only lines shaped like V8 frames are kept (a message with line
 * breaks cannot pass as a frame), and `type`/`code` must be identifiers.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  let stack = typeof err.stack === "string" ? err.stack : "";
  const header = err.message ? `${err.name}: ${err.message}` : String(err.name);
  if (stack.startsWith(header)) stack = stack.slice(header.length);
  else stack = stack.split("\n").slice(1).join("\n"); // unknown header shape: drop its first line at least
  const frames = stack.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("at ")).slice(0, 8).map((l) => (FRAME.test(l) ? l : "at <frame omitted>"));
  const name = err.name || err.constructor?.name;
  const code = (err as { code?: unknown }).code;
  return { type: typeof name === "string" && NAME.test(name) ? name : "Error", ...(typeof code === "string" && NAME.test(code) ? { code } : {}), stack: frames };
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
