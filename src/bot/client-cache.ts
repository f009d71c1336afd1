/**
 * Bot Framework authentication whose outgoing clients are made once and reused (issue "Production
 * hardening", load benchmark).
 *
 * botbuilder 4.23's CloudAdapter builds, on every turn, a new `ConnectorClient` (through
 * `authenticateRequest(…).connectorFactory.create(serviceUrl, audience)`) and a new `UserTokenClient`
 * (`createUserTokenClient`), each with its own core-rest-pipeline: policies, sanitizer, serializer.
 * Under load that was about a tenth of the CPU of a turn and a large part of its garbage
 * (docs/performance.md). Neither client holds anything of a turn or of a person: a connector client
 * is its service URL, its credentials (which refresh their own token) and the shared keep-alive HTTP
 * client of the adapter (./connector-http-client). So this wrapper keeps them, keyed by what
 * botframework-connector derives them from:
 * - the bot's app id, taken from the claims as `ParameterizedBotFrameworkAuthentication.getAppId`
 *   takes it (the `aud` claim, else the `appid` claim; both, missing or not, are in the key, so the
 *   key is exact whatever the precedence), never a person's id (those claims name the bot, not the sender);
 * - for connector clients, the activity's `serviceUrl` and the outgoing audience.
 * Both caches are bounded LRU maps (lru-cache). Teams service URLs are per region and often carry
 * the organization's tenant ID (`https://smba.trafficmanager.net/amer/<tenant id>/`), so there is
 * about one connector client per active organization: {@link MAX_CONNECTOR_CLIENTS} of them are
 * kept; past that, the least recently used is rebuilt on its next turn (speed only, never
 * correctness). A tenant ID in a service URL is the organization's identifier, the one the app
 * keeps anyway (docs/privacy.md). A failed creation is not kept.
 * Everything else (token validation, streaming, skills) goes to the wrapped authentication unchanged.
 * Source: botframework-connector 4.23 `ParameterizedBotFrameworkAuthentication`,
 * `ConnectorFactoryImpl`, `UserTokenClientImpl`.
 */
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from "botframework-connector";
import type { Activity } from "botbuilder";
import { LRUCache } from "lru-cache";

/** Most connector clients kept (service URL × audience × app id; about one per active organization). */
export const MAX_CONNECTOR_CLIENTS = 1_000;
/** Most user-token clients kept (one per app id). */
export const MAX_USER_TOKEN_CLIENTS = 8;

/** The claims botframework-connector takes the bot's app id from (null when missing), as key parts. */
function appIdClaims(identity: ClaimsIdentity): Array<string | null> {
  return [identity.getClaimValue(AuthenticationConstants.AudienceClaim), identity.getClaimValue(AuthenticationConstants.AppIdClaim)];
}

/** One cache key for `parts` (JSON keeps missing, empty and any characters apart). */
const keyOf = (parts: Array<string | null | undefined>) => JSON.stringify(parts.map((p) => p ?? null));

/** A promise cache that forgets a rejected promise, so a failed creation is retried on the next turn. */
function cached<T>(cache: LRUCache<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
    value.catch(() => {
      if (cache.peek(key) === value) cache.delete(key);
    });
  }
  return value;
}

/** Wraps the connector factory of one request: same clients for the same app id, service URL and audience. */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appClaims: Array<string | null>,
    private readonly cache: LRUCache<string, Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return cached(this.cache, keyOf([...this.appClaims, serviceUrl, audience]), () => this.inner.create(serviceUrl, audience));
  }
}

export class CachingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new LRUCache<string, Promise<ConnectorClient>>({ max: MAX_CONNECTOR_CLIENTS });
  private readonly userTokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max: MAX_USER_TOKEN_CLIENTS });

  /** @param inner the authentication that validates requests and builds the clients (botbuilder's). */
  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  /** The wrapped validation; its connector factory hands out kept clients. Throws as the wrapped one does. */
  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.wrap(result.claimsIdentity, result.connectorFactory) };
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  /** Used by proactive sends (`continueConversationAsync`, `createConversationAsync`): kept clients too. */
  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.wrap(claimsIdentity, this.inner.createConnectorFactory(claimsIdentity));
  }

  /** CloudAdapter asks for one on every turn; this app never signs anyone in, so one per app id is plenty. */
  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return cached(this.userTokenClients, keyOf(appIdClaims(claimsIdentity)), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private wrap(identity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    return new CachingConnectorFactory(factory, appIdClaims(identity), this.connectors);
  }
}
