/**
 * What an HTTP client is told when Bot Framework authentication of `POST /api/messages` fails.
 *
 * botbuilder 4.23 `CloudAdapter.process` answers 401 only for botframework-connector's
 * `AuthenticationError`; a wrongly signed or otherwise invalid JWT surfaces as jsonwebtoken's
 * `JsonWebTokenError` (rethrown by `JwtTokenExtractor.validateToken`) and became a 500, and every
 * failure's message (which can quote the token's audience) went into the response body.
 * Here every token problem is a 401 with the same short body, and an unreachable OpenID metadata
 * endpoint (the channel's signing keys cannot be fetched) is a 503: the caller is not at fault.
 */
import { AuthenticationError } from "botframework-connector";

/** Errors of jsonwebtoken's `verify` (token malformed, bad signature, expired, not yet valid). */
const JWT_ERRORS = new Set(["JsonWebTokenError", "TokenExpiredError", "NotBeforeError"]);

/** HTTP answer for a failed authentication: status and a body that helps no attacker. */
export interface AuthFailure {
  status: 401 | 503;
  body: { error: { code: "Unauthorized" | "AuthenticationUnavailable"; message: string } };
}

/**
 * @param err what `BotFrameworkAuthentication.authenticateRequest` threw.
 * @returns 401 for anything wrong with the token or its claims (missing, malformed, expired,
 *   wrongly signed, wrong issuer or audience, `serviceurl` claim ≠ activity `serviceUrl`),
 *   503 when the keys could not be loaded or for an unexpected error.
 */
export function authFailure(err: unknown): AuthFailure {
  if (isTokenProblem(err)) {
    return { status: 401, body: { error: { code: "Unauthorized", message: "Authentication failed." } } };
  }
  return { status: 503, body: { error: { code: "AuthenticationUnavailable", message: "Authentication is unavailable; try again later." } } };
}

function isTokenProblem(err: unknown): boolean {
  if (err instanceof AuthenticationError) return err.statusCode === 401;
  return err instanceof Error && JWT_ERRORS.has(err.name);
}
