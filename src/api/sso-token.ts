/**
 * Validation of the Teams tab SSO token (the access token `authentication.getAuthToken()` returns),
 * with `jose`: RS256 signature against Microsoft Entra's published keys (JWKS), expiry and
 * not-before, audience, and an Entra issuer whose tenant matches the `tid` claim.
 *
 * Sources: "Enable SSO for tabs" and "Validate the access token" (learn.microsoft.com/microsoftteams/platform/
 * tabs/how-to/authentication/tab-sso-token-graph); Microsoft identity platform access tokens
 * (issuer `https://login.microsoftonline.com/{tid}/v2.0` for v2 tokens, `https://sts.windows.net/{tid}/`
 * for v1; audience the app's client id or its Application ID URI `api://{tab host}/{client id}`).
 *
 * Only `tid` is read from the payload and returned. Nothing from the token is logged or kept.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from "jose";

/** Entra's common JWKS endpoint (keys of every tenant's tokens). */
export const ENTRA_JWKS_URL = "https://login.microsoftonline.com/common/discovery/v2.0/keys";

/** Clock skew tolerated on `exp`/`nbf`, in seconds. */
export const CLOCK_TOLERANCE_S = 60;

const TENANT = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
const ISSUERS = [
  new RegExp(`^https://login\\.microsoftonline\\.com/${TENANT}/v2\\.0$`, "i"),
  new RegExp(`^https://sts\\.windows\\.net/${TENANT}/$`, "i"),
];

/** Why a token was refused; `unavailable` means the keys could not be fetched (not the caller's fault). */
export class TokenError extends Error {
  constructor(
    readonly reason: "malformed" | "signature" | "expired" | "audience" | "issuer" | "claims" | "unavailable",
    message: string,
  ) {
    super(message);
    this.name = "TokenError";
  }
}

/** Checks a token and returns its tenant. */
export interface TokenValidator {
  /**
   * @param token compact JWT (without "Bearer ").
   * @param audienceHost host of the tab's Application ID URI (`api://{host}/{clientId}`), e.g. `contoso.azurewebsites.net`.
   * @returns the `tid` claim, lower-cased.
   * @throws TokenError
   */
  tenantOf(token: string, audienceHost: string | undefined): Promise<string>;
}

/** Settings of {@link createTokenValidator}. */
export interface TokenValidatorOptions {
  /** Client id of the tab's Entra app registration (`AAD_APP_CLIENT_ID`). */
  clientId: string;
  /** JWKS URL; default {@link ENTRA_JWKS_URL}. Tests pass a loopback endpoint. */
  jwksUrl?: string;
  /** Key lookup to use instead of fetching `jwksUrl` (tests). */
  keys?: JWTVerifyGetKey;
  /**
   * `AAD_APP_TENANT_ID`: set when the tab's app registration is single-tenant, so only tokens of that
   * tenant are accepted. Empty for the usual multi-tenant registration serving every registered organization.
   */
  singleTenantId?: string;
}

/** @returns the Entra tenant id in `iss`, or undefined when `iss` is not an Entra issuer. */
export function issuerTenant(iss: unknown): string | undefined {
  if (typeof iss !== "string") return undefined;
  for (const pattern of ISSUERS) {
    const match = pattern.exec(iss);
    if (match) return match[1].toLowerCase();
  }
  return undefined;
}

/** @returns the audiences a token for this app may carry. */
export function acceptedAudiences(clientId: string, audienceHost: string | undefined): string[] {
  return audienceHost ? [clientId, `api://${audienceHost}/${clientId}`] : [clientId];
}

/**
 * @example
 *   const validator = createTokenValidator({ clientId: config.sso.clientId });
 *   const tid = await validator.tenantOf(token, "contoso.azurewebsites.net");
 */
export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const keys = options.keys ?? createRemoteJWKSet(new URL(options.jwksUrl ?? ENTRA_JWKS_URL), { timeoutDuration: 5000 });
  return {
    async tenantOf(token, audienceHost) {
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          algorithms: ["RS256"],
          audience: acceptedAudiences(options.clientId, audienceHost),
          clockTolerance: CLOCK_TOLERANCE_S,
          requiredClaims: ["exp", "iss", "tid"],
        }));
      } catch (e) {
        throw toTokenError(e);
      }
      const fromIssuer = issuerTenant(payload.iss);
      if (!fromIssuer) throw new TokenError("issuer", "the token was not issued by Microsoft Entra ID");
      if (typeof payload.tid !== "string" || payload.tid.toLowerCase() !== fromIssuer) {
        throw new TokenError("issuer", "the token's tenant does not match its issuer");
      }
      if (options.singleTenantId && fromIssuer !== options.singleTenantId.toLowerCase()) {
        throw new TokenError("issuer", "the app registration is single-tenant and the token comes from another tenant");
      }
      return fromIssuer;
    },
  };
}

/**
 * Maps jose's errors to a {@link TokenError} whose message names the failed check, never the token.
 * Anything that is not a jose error (a failed fetch of the keys) means the keys are unavailable.
 */
function toTokenError(e: unknown): TokenError {
  if (!(e instanceof errors.JOSEError) || e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid) {
    return new TokenError("unavailable", "the sign-in keys of Microsoft Entra ID cannot be fetched right now");
  }
  if (e instanceof errors.JWTExpired) return new TokenError("expired", "the token has expired; the tab gets a new one with authentication.getAuthToken()");
  if (e instanceof errors.JWTClaimValidationFailed) {
    return e.claim === "aud" ? new TokenError("audience", "the token was issued for another application") : new TokenError("claims", `the token's "${e.claim}" claim is not valid`);
  }
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JOSEAlgNotAllowed) {
    return new TokenError("signature", "the token's signature is not valid");
  }
  return new TokenError("malformed", "the token is not a valid JWT");
}
