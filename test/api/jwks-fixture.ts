/**
 * A signing key pair generated per test run and a loopback JWKS endpoint publishing its public key,
 * standing in for Microsoft Entra ID. `sign()` builds tokens shaped like the Teams tab SSO token.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from "jose";

export const CLIENT_ID = "11111111-2222-4333-8444-555555555555";

export interface JwksFixture {
  /** URL of the loopback JWKS endpoint. */
  jwksUrl: string;
  /** Requests the endpoint has answered. */
  hits(): number;
  /**
   * Signs `claims` with the published key (RS256, kid "test-key"), valid for an hour unless overridden.
   * `claims.tid` sets the tenant; `iss` defaults to the v2 issuer of that tenant; `aud` to CLIENT_ID.
   */
  sign(claims: JWTPayload & { tid?: string }, options?: { key?: "published" | "unpublished"; alg?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startJwks(): Promise<JwksFixture> {
  const published = await generateKeyPair("RS256", { extractable: true });
  const unpublished = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(published.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  let hits = 0;
  const server: Server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    jwksUrl: `http://127.0.0.1:${port}/discovery/v2.0/keys`,
    hits: () => hits,
    async sign(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload: JWTPayload = {
        iss: claims.tid ? `https://login.microsoftonline.com/${claims.tid}/v2.0` : undefined,
        aud: CLIENT_ID,
        iat: now,
        nbf: now,
        exp: now + 3600,
        ...claims,
      };
      const key = options.key === "unpublished" ? unpublished.privateKey : published.privateKey;
      return new SignJWT(payload).setProtectedHeader({ alg: options.alg ?? "RS256", kid: "test-key", typ: "JWT" }).sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
