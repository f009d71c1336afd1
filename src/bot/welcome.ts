/**
 * Welcome on install, exactly once (Teams docs: "Send a welcome message", "Conversation events").
 *
 * - personal scope: on `installationUpdate` with action `add` (Teams also sends a conversationUpdate
 *   for the same install; it is ignored in personal scope);
 * - team or group chat: on `conversationUpdate` whose `membersAdded` contains the bot itself
 *   (a person joining gets no welcome); installationUpdate in those scopes is ignored.
 * Repeated deliveries (same event type in the same conversation within minutes, whatever their
 * activity ids) are dropped through {@link RecentEvents}.
 */
import { CardFactory, type TurnContext } from "botbuilder";
import { helpCard } from "../cards/help-card";
import type { Logger } from "../logging/logger";
import type { RecentEvents } from "./recent-events";
import { turnInfo } from "./turn-state";
import { activityLogFields } from "./log-fields";

/** @returns true when this activity is the one install event of its scope that gets the welcome. */
export function isWelcomeEvent(activity: TurnContext["activity"]): boolean {
  const scope = activity.conversation?.conversationType ?? "personal";
  if (activity.type === "installationUpdate") {
    return scope === "personal" && /^add/i.test(String(activity.action ?? ""));
  }
  if (activity.type === "conversationUpdate" && scope !== "personal") {
    const botId = activity.recipient?.id;
    return Array.isArray(activity.membersAdded) && activity.membersAdded.some((m) => m?.id === botId);
  }
  return false;
}

/** Sends the welcome card when {@link isWelcomeEvent} and not already sent for this delivery. */
export async function handleInstallEvent(context: TurnContext, recent: RecentEvents, log: Logger): Promise<void> {
  const activity = context.activity;
  if (!isWelcomeEvent(activity)) return;
  if (!recent.firstTime(activity.type, String(activity.conversation?.id ?? ""))) {
    log.info({ event: "welcome", ...activityLogFields(activity), outcome: "duplicate" }, "welcome already sent");
    return;
  }
  const { tenant, lang } = turnInfo(context);
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard({ lang, organization: tenant.entry.name, welcome: true }))] });
  log.info({ event: "welcome", ...activityLogFields(activity), tenantId: tenant.entry.tenantId, outcome: "sent" }, "welcome sent");
}
