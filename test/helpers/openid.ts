/**
 * A loopback stand-in for the Bot Framework channel's token issuer: an RSA key pair generated per
 * test run, OpenID metadata and a JWKS served on 127.0.0.1, and tokens minted with `jose` the way the
 * channel signs them (RS256, `kid`, issuer, audience = bot app id, `serviceurl` claim). Plus the
 * adapter settings pointing botbuilder's channel-token validation at it (test configuration only),
 * and a credential factory for the reply path that never calls Entra ID.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { ServiceClientCredentialsFactory } from "botframework-connector";
import type { AdapterOverrides } from "../../src/bot/adapter";

/** Issuer of channel tokens (botframework-connector `AuthenticationConstants.ToBotFromChannelTokenIssuer`). */
export const CHANNEL_ISSUER = "https://api.botframework.com";
/** Token the loopback credential factory puts on replies. */
export const OUTGOING_TOKEN = "loopback-outgoing-token";

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

export interface TokenOptions {
  /** Claims added or overriding the defaults (`aud`, `serviceurl`, `exp`…). */
  claims?: JWTPayload;
  /** Sign with another key (wrong signature) while keeping the published `kid`. */
  key?: PrivateKey;
  kid?: string;
  issuer?: string;
}

export interface OpenIdServer {
  /** OpenID metadata URL to give the adapter. */
  metadataUrl: string;
  /** Requests served (metadata and keys), to check the keys were fetched from loopback. */
  hits: string[];
  mint(appId: string, serviceUrl: string, options?: TokenOptions): Promise<string>;
  /** A key pair that is not published, for wrongly signed tokens. */
  otherKey(): Promise<PrivateKey>;
  close(): Promise<void>;
}

export async function startOpenIdServer(): Promise<OpenIdServer> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = "loopback-key-1";
  const jwk = { ...(await exportJWK(publicKey)), kid, use: "sig", alg: "RS256", endorsements: ["msteams", "emulator"] };
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? "");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body = req.url === "/keys" ? { keys: [jwk] } : req.url === "/.well-known/openidconfiguration" ? { issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` } : undefined;
    res.writeHead(body ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openidconfiguration`;
  return {
    metadataUrl,
    hits,
    async mint(appId, serviceUrl, options = {}) {
      return new SignJWT({ serviceurl: serviceUrl, ...options.claims })
        .setProtectedHeader({ alg: "RS256", kid: options.kid ?? kid, typ: "JWT" })
        .setIssuer(options.issuer ?? CHANNEL_ISSUER)
        .setAudience(appId)
        .setIssuedAt()
        .setNotBefore("0s")
        .setExpirationTime(typeof options.claims?.exp === "number" ? options.claims.exp : "10m")
        .sign(options.key ?? privateKey);
    },
    otherKey: async () => (await generateKeyPair("RS256")).privateKey,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Outgoing credentials for the reply path: a fixed bearer token, and the app id check, no Entra ID call. */
export class LoopbackCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(private readonly appId: string) {
    super();
  }
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials() {
    return {
      async signRequest<T extends { headers: { set(name: string, value: string): void } }>(request: T): Promise<T> {
        request.headers.set("authorization", `Bearer ${OUTGOING_TOKEN}`);
        return request;
      },
    };
  }
}

/**
 * Adapter settings validating channel tokens against `openid` (all of botbuilder's "parameterized"
 * settings must be given together) and sending replies with {@link LoopbackCredentialsFactory}.
 */
export function loopbackAuth(openid: Pick<OpenIdServer, "metadataUrl">, appId: string): AdapterOverrides {
  return {
    authOptions: {
      ToBotFromChannelOpenIdMetadataUrl: openid.metadataUrl,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToBotFromEmulatorOpenIdMetadataUrl: openid.metadataUrl.replace("openidconfiguration", "emulator"),
      ToChannelFromBotLoginUrl: "https://login.invalid/botframework.com",
      ToChannelFromBotOAuthScope: "https://api.botframework.com",
      OAuthUrl: "https://token.invalid",
      CallerId: "urn:botframework:azure",
      ValidateAuthority: true,
    },
    credentialsFactory: new LoopbackCredentialsFactory(appId),
  };
}
