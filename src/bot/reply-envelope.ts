/**
 * Keeps the envelope of every outgoing activity to what addressing needs.
 *
 * botbuilder addresses a reply by copying the incoming activity's conversation reference
 * (`TurnContext.applyConversationReference`): `recipient` becomes the sender's whole account (id,
 * display name, aadObjectId) and `conversation` the whole incoming conversation object (which may carry
 * a group chat's name). The Bot Connector routes a reply by the conversation id in the URL; the person's
 * name and object id are not needed, so they never leave the app: `recipient` keeps only `id`,
 * `conversation` only `id`, `conversationType`, `tenantId` and `isGroup`.
 * Source: botbuilder-core `TurnContext.sendActivities` (handlers registered with `onSendActivities`
 * see the activities after the reference is applied); Bot Connector REST API "Reply to activity".
 */
import type { Activity, ChannelAccount, ConversationAccount, Middleware, TurnContext } from "botbuilder";

/** @returns `activity` with its recipient and conversation reduced (mutated in place and returned). */
export function minimalEnvelope(activity: Partial<Activity>): Partial<Activity> {
  if (activity.recipient) activity.recipient = { id: activity.recipient.id } as ChannelAccount;
  if (activity.conversation) {
    const { id, conversationType, tenantId, isGroup } = activity.conversation;
    activity.conversation = { id, conversationType, tenantId, isGroup } as ConversationAccount;
  }
  return activity;
}

/** Adapter middleware registering {@link minimalEnvelope} for every activity sent during a turn. */
export function replyEnvelope(): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      context.onSendActivities(async (_ctx, activities, nextSend) => {
        activities.forEach(minimalEnvelope);
        return nextSend();
      });
      await next();
    },
  };
}
