/**
 * restify's own error answers (body parser: malformed JSON 400, body too large 413, unsupported media
 * type 415; router: 404, 405) carry messages that can quote the request, e.g.
 * `Invalid JSON: Unexpected token '<', "{"a":<script>al"... is not valid JSON`. Before restify sends
 * such an error, {@link neutralizeErrorBody} replaces what it serializes with a fixed message for
 * its status, keeping restify's `{code, message}` shape.
 */

const MESSAGES: Record<number, string> = {
  400: "The request body is not valid JSON.",
  404: "Not found.",
  405: "Method not allowed.",
  413: "The request body is too large.",
  415: "Unsupported content type; send application/json.",
};

/** The error object restify passes to its `restifyError` event (restify-errors HttpError). */
export interface RestifyErrorLike {
  statusCode?: number;
  body?: { code?: unknown };
  toJSON?: () => unknown;
}

/**
 * Makes `err` serialize as `{code, message}` with a fixed message for its status: no echo of the input.
 * @example neutralizeErrorBody(err) // 400 → {"code":"InvalidContent","message":"The request body is not valid JSON."}
 */
export function neutralizeErrorBody(err: RestifyErrorLike): void {
  const status = err.statusCode ?? 500;
  const code = typeof err.body?.code === "string" && /^[A-Za-z]{1,40}$/.test(err.body.code) ? err.body.code : "Error";
  const message = MESSAGES[status] ?? (status >= 500 ? "The request could not be processed." : "The request was refused.");
  err.toJSON = () => ({ code, message });
}
