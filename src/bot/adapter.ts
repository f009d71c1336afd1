/**
 * The Bot Framework CloudAdapter, configured from {@link BotAuth}.
 *
 * - local mode (empty BOT_ID): no app id, so botbuilder skips JWT validation of incoming requests
 *   and sends replies without a token (how Agents Playground and the Emulator talk to a bot);
 * - MultiTenant / SingleTenant: app id + client secret; UserAssignedMsi: managed identity.
 * Source: botbuilder `ConfigurationServiceClientCredentialFactory` and `ConfigurationBotFrameworkAuthentication`.
 *
 * `onTurnError` is the boundary for unexpected errors: it logs the error class and stack frames only
 * (never the activity or the message, which may quote the person), apologizes on a message and
 * answers an invoke in the shape its name requires, so Teams never sees a 500.
 */
import {
  ActivityTypes,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  INVOKE_RESPONSE_KEY,
  type CloudAdapter,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from "botbuilder";
import type { ServiceClientCredentialsFactory } from "botframework-connector";
import type { BotAuth } from "../config";
import { t } from "../i18n";
import type { Logger } from "../logging/logger";
import { refusalBody, sendInvokeResponse } from "./invoke-response";
import { replyLanguage } from "./locale";
import { activityLogFields } from "./log-fields";
import { AppCloudAdapter } from "./app-cloud-adapter";
import { createConnectorHttpClient, type ConnectorHttpOptions } from "./connector-http-client";
import { CachingBotFrameworkAuthentication } from "./client-cache";

/** Hooks for tests and tools (issue "Production hardening"); production passes none. */
export interface AdapterOverrides {
  /** Channel-token settings, e.g. pointing at a loopback OpenID server (test configuration only). */
  authOptions?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /** Outgoing credentials and app-id check instead of Entra ID (tests: a loopback credential factory). */
  credentialsFactory?: ServiceClientCredentialsFactory;
  /** Outgoing-call settings (ceiling on Retry-After); the throttle hook is always the adapter's log. */
  connector?: Omit<ConnectorHttpOptions, "onThrottled">;
}

/** Credentials settings in botbuilder's configuration names. */
export function credentialSettings(auth: BotAuth): Record<string, string> {
  switch (auth.mode) {
    case "local":
      return {};
    case "MultiTenant":
      return { MicrosoftAppId: auth.appId, MicrosoftAppPassword: auth.password, MicrosoftAppType: "MultiTenant" };
    case "SingleTenant":
      return { MicrosoftAppId: auth.appId, MicrosoftAppPassword: auth.password, MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: auth.tenantId };
    case "UserAssignedMsi":
      return { MicrosoftAppId: auth.appId, MicrosoftAppType: "UserAssignedMsi", MicrosoftAppTenantId: auth.tenantId };
  }
}

/** @returns a CloudAdapter with the app's error boundary installed. */
export function createAdapter(auth: BotAuth, log: Logger, overrides: AdapterOverrides = {}): CloudAdapter {
  const settings = credentialSettings(auth);
  const credentials = overrides.credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(settings);
  const options = { ...settings, ...overrides.authOptions } as ConfigurationBotFrameworkAuthenticationOptions;
  const httpClient = createConnectorHttpClient({
    ...overrides.connector,
    onThrottled: (e) => log.warn({ event: "connector-throttled", status: e.status, outcome: e.outcome, latencyMs: e.retryAfterMs }, "Bot Connector throttled a call"),
  });
  // Connector and user-token clients are built once per service URL and reused (./client-cache).
  const botAuth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(options, credentials, undefined, undefined, { httpClient }));
  const adapter = new AppCloudAdapter(botAuth, log.child("http"));
  adapter.onTurnError = async (context, err) => onTurnError(context, err, log);
  return adapter;
}

async function onTurnError(context: TurnContext, err: unknown, log: Logger): Promise<void> {
  const activity = context.activity;
  log.error({ event: "turn-failed", ...activityLogFields(activity), err }, "unhandled error in turn");
  try {
    const lang = replyLanguage(activity);
    if (activity.type === ActivityTypes.Invoke && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
      await sendInvokeResponse(context, refusalBody(activity.name, "InternalError", t(lang, "notices.error")));
    } else if (activity.type === ActivityTypes.Message && !context.responded) {
      await context.sendActivity({ type: ActivityTypes.Message, text: t(lang, "notices.error") });
    }
  } catch (sendErr) {
    log.error({ event: "turn-failed", outcome: "apology-not-sent", err: sendErr }, "could not answer after an error");
  }
}
