/**
 * Adapter middleware that runs first on every turn (after Bot Framework authentication):
 * resolves the tenant of the activity, refuses what the app must not serve, and prepares the
 * turn (reply language, normalized text) for the handlers behind it.
 *
 * Refusals (issue "Tenants"): a message gets one short polite text; an invoke gets the response its
 * name requires with a short message; anything else gets nothing. Nothing of the refused activity is
 * logged beyond its type, channel and, when known, the tenant id.
 */
import { ActivityTypes, type Middleware, type TurnContext } from "botbuilder";
import { t } from "../i18n";
import type { Logger } from "../logging/logger";
import type { TenantRegistry } from "../tenants/registry";
import { isGuid, resolveTenantId, tenantFieldsOf } from "../tenants/resolve";
import { refusalBody, sendInvokeResponse } from "./invoke-response";
import { replyLanguage } from "./locale";
import { normalizeText } from "./normalize-text";
import { activityLogFields } from "./log-fields";
import { setTurnInfo } from "./turn-state";

/**
 * @param registry registered organizations.
 * @param log module logger (allow-listed fields only).
 */
export function tenantGate(registry: Pick<TenantRegistry, "get">, log: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const activity = context.activity;
      const resolution = resolveTenantId(tenantFieldsOf(activity));
      const tenant = resolution.kind === "resolved" ? registry.get(resolution.tenantId) : undefined;
      const base = activityLogFields(activity);
      if (!tenant) {
        const outcome = resolution.kind === "resolved" ? "not-registered" : resolution.kind;
        log.info({ ...base, event: "tenant-refused", outcome, tenantId: resolution.kind === "resolved" && isGuid(resolution.tenantId) ? resolution.tenantId : undefined }, "activity not served");
        await refuse(context, outcome === "not-registered" ? "notices.notEnabled" : "notices.unknownTenant", outcome);
        return;
      }
      const text = activity.type === ActivityTypes.Message ? normalizeText(activity) : "";
      if (activity.type === ActivityTypes.Message) prepareMessage(context, text);
      setTurnInfo(context, { tenant, lang: replyLanguage(activity, tenant.entry.defaultLanguage), text });
      await next();
    },
  };
}

async function refuse(context: TurnContext, key: string, code: string): Promise<void> {
  const activity = context.activity;
  const lang = replyLanguage(activity);
  if (activity.type === ActivityTypes.Message) {
    await context.sendActivity({ type: ActivityTypes.Message, text: t(lang, key) });
  } else if (activity.type === ActivityTypes.Invoke) {
    await sendInvokeResponse(context, refusalBody(activity.name, code === "not-registered" ? "TenantNotEnabled" : "TenantUnknown", t(lang, key)));
  }
}

/**
 * The command handlers of @microsoft/teamsfx match on `activity.text` and call botbuilder's
 * `removeRecipientMention`, which throws on a mention entity without `mentioned` or on a missing text.
 * The text is replaced by its normalized form and mention entities are dropped once their text is removed.
 */
function prepareMessage(context: TurnContext, text: string): void {
  context.activity.text = text;
  if (Array.isArray(context.activity.entities)) {
    context.activity.entities = context.activity.entities.filter((e) => e && typeof e === "object" && e.type !== "mention");
  }
}
