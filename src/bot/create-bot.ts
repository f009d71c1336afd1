/**
 * Assembles the bot: CloudAdapter → turn log → tenant gate → teamsfx ConversationBot (command and
 * card-action handlers) → the turn logic below for install events, invokes and text-less messages.
 * This is the only place that wires botbuilder and @microsoft/teamsfx together.
 */
import { ActivityTypes, type Middleware, type TurnContext } from "botbuilder";
import { BotBuilderCloudAdapter, type TeamsFxAdaptiveCardActionHandler } from "@microsoft/teamsfx";
import type { Request, Response } from "restify";
import type { TenantRegistry } from "../tenants/registry";
import type { Logger } from "../logging/logger";
import { createAdapter, type AdapterOverrides } from "./adapter";
import { cardActionGuard } from "./card-action-guard";
import type { BotAuth } from "../config";
import { commandHandlers } from "./commands";
import { handleInvoke, unknownVerb, type InvokeHandlers } from "./invokes";
import { createRecentEvents } from "./recent-events";
import type { ReplyExtras } from "./reply";
import { t } from "../i18n";
import { tenantGate } from "./tenant-gate";
import { rateLimit, type RateLimitSettings } from "./rate-limit";
import { turnInfo } from "./turn-state";
import { handleInstallEvent } from "./welcome";
import { activityLogFields } from "./log-fields";
import { replyEnvelope } from "./reply-envelope";
import type { UsageCounter } from "../usage";

/** What the composition root passes in. */
export interface BotDeps {
  auth: BotAuth;
  registry: Pick<TenantRegistry, "get">;
  log: Logger;
  extras?: ReplyExtras;
  /** Extra invoke handlers by name (message extension, …). */
  invokeHandlers?: InvokeHandlers;
  /** Universal Action handlers (teamsfx), by verb. */
  cardActions?: TeamsFxAdaptiveCardActionHandler[];
  adapterOverrides?: AdapterOverrides;
  /** Per-tenant turn limit (config `rateLimit`); none: no limit (tools and unit tests only). */
  rateLimit?: RateLimitSettings;
  /** Where replies are counted (anonymous usage aggregates); none: nothing counted. */
  usage?: Pick<UsageCounter, "record">;
}

/** The HTTP entry point of the bot: `POST /api/messages`. */
export interface Bot {
  handle(req: Request, res: Response): Promise<void>;
}

export function createBot(deps: BotDeps): Bot {
  const log = deps.log.child("bot");
  const adapter = createAdapter(deps.auth, log, deps.adapterOverrides);
  adapter.use(turnLog(log));
  adapter.use(replyEnvelope()); // replies carry no display name or object id (docs/privacy.md)
  adapter.use(tenantGate(deps.registry, deps.log.child("tenant-gate")));
  if (deps.rateLimit) adapter.use(rateLimit(deps.rateLimit, deps.log.child("rate-limit")));
  adapter.use(cardActionGuard()); // before teamsfx, which throws on a card action without a string verb
  const conversation = new BotBuilderCloudAdapter.ConversationBot({
    adapter,
    command: { enabled: true, commands: commandHandlers(log.child("commands"), deps.extras, deps.usage) },
    cardAction: { enabled: true, actions: deps.cardActions ?? [] },
  });
  const recent = createRecentEvents();
  const invokes: InvokeHandlers = { "adaptiveCard/action": unknownVerb, ...deps.invokeHandlers };
  const logic = async (context: TurnContext): Promise<void> => {
    switch (context.activity.type) {
      case ActivityTypes.InstallationUpdate:
      case ActivityTypes.ConversationUpdate:
        return handleInstallEvent(context, recent, log);
      case ActivityTypes.Invoke:
        return handleInvoke(context, invokes, log);
      case ActivityTypes.Message:
        if (!context.responded) await answerTextless(context);
        return;
      default:
        return; // other activity types: 200, nothing sent
    }
  };
  return { handle: (req, res) => conversation.requestHandler(req as never, res as never, logic) };
}

/** A message no command handled has no text (a card submit with a null value): a short hint. */
async function answerTextless(context: TurnContext): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.Message, text: t(turnInfo(context).lang, "notices.emptyMessage") });
}

/** One debug line per inbound activity: its type and how long the turn took, never its content. */
function turnLog(log: Logger): Middleware {
  return {
    async onTurn(context, next) {
      const started = performance.now();
      await next();
      log.debug({ event: "turn", ...activityLogFields(context.activity), latencyMs: Math.round(performance.now() - started) }, "turn");
    },
  };
}
