/**
 * Command handlers for the @microsoft/teamsfx ConversationBot: one per command of the manifest's
 * commandLists (help, courses, privacy, with their French forms) and one for free text.
 * teamsfx picks the first handler whose trigger pattern matches the (normalized) text; every handler
 * answers through the domain's `route`, so a command word and the same request in free text get the
 * same answer.
 */
import type { Activity, TurnContext } from "botbuilder";
import type { CommandMessage, TeamsFxBotCommandHandler, TriggerPatterns } from "@microsoft/teamsfx";
import { COMMAND_PATTERNS } from "../intents/classify";
import { route } from "../intents/route";
import type { Logger } from "../logging/logger";
import type { UsageCounter } from "../usage";
import { usageOfReply } from "../usage/reply-usage";
import { replyActivity, type ReplyExtras } from "./reply";
import { turnInfo } from "./turn-state";

class RouteCommand implements TeamsFxBotCommandHandler {
  constructor(
    readonly triggerPatterns: TriggerPatterns,
    private readonly name: string,
    private readonly log: Logger,
    private readonly extras: ReplyExtras,
    private readonly usage?: Pick<UsageCounter, "record">,
  ) {}

  /** Ignores teamsfx's `message.text` (lower-cased only) in favour of the gate's normalized text. */
  async handleCommandReceived(context: TurnContext, _message: CommandMessage): Promise<Partial<Activity>> {
    const { tenant, lang, text } = turnInfo(context);
    const reply = route(text, tenant, lang);
    this.log.info({ event: "reply", tenantId: tenant.entry.tenantId, intent: reply.kind, outcome: outcomeOf(reply) }, `command ${this.name}`);
    countReply(this.usage, tenant.entry.tenantId, reply, this.log);
    return replyActivity(reply, lang, tenant.entry, this.extras);
  }
}

/** Counts the reply's usage event in memory (the counter writes later); a counting failure never affects the reply. */
function countReply(usage: Pick<UsageCounter, "record"> | undefined, tenantId: string, reply: ReturnType<typeof route>, log: Logger): void {
  const counted = usage && usageOfReply(reply);
  if (!counted) return;
  try {
    usage.record({ tenantId, ...counted });
  } catch (err) {
    log.warn({ event: "usage", tenantId, outcome: "not-counted", err }, "reply not counted");
  }
}

function outcomeOf(reply: ReturnType<typeof route>): string {
  if (reply.kind === "privacy") return reply.answer.answered ? "answered" : "declined";
  if (reply.kind === "courses") return reply.result.total > 0 ? "results" : "no-results";
  return "ok";
}

/**
 * The handlers, in matching order (free text last).
 * @param usage where each reply's usage event is counted (src/usage/reply-usage); none: nothing counted.
 */
export function commandHandlers(log: Logger, extras: ReplyExtras = {}, usage?: Pick<UsageCounter, "record">): TeamsFxBotCommandHandler[] {
  return [
    new RouteCommand(COMMAND_PATTERNS.help, "help", log, extras, usage),
    new RouteCommand(COMMAND_PATTERNS.courses, "courses", log, extras, usage),
    new RouteCommand(COMMAND_PATTERNS.privacy, "privacy", log, extras, usage),
    new RouteCommand(/[\s\S]+/, "free-text", log, extras, usage),
  ];
}
