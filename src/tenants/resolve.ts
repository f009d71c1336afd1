/**
 * Which organization an activity belongs to.
 *
 * Rule (Teams activity schema, "Teams channel data"): the tenant is `conversation.tenantId`,
 * else `channelData.tenant.id`. When both are present and disagree, or neither is present, the
 * activity is not served: the app never guesses and never answers with another organization's data.
 * Ids are compared case-insensitively and returned lower-case.
 */

/** The two places Teams puts the tenant id (plain values, no botbuilder types). */
export interface TenantFields {
  conversationTenantId?: unknown;
  channelDataTenantId?: unknown;
}

/** Outcome of {@link resolveTenantId}. */
export type TenantResolution =
  | { kind: "resolved"; tenantId: string }
  | { kind: "missing" }
  | { kind: "conflict" };

const norm = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : undefined;

/**
 * @example resolveTenantId({conversationTenantId: "A", channelDataTenantId: "a"}) // {kind: "resolved", tenantId: "a"}
 */
export function resolveTenantId(fields: TenantFields): TenantResolution {
  const fromConversation = norm(fields.conversationTenantId);
  const fromChannelData = norm(fields.channelDataTenantId);
  if (fromConversation && fromChannelData && fromConversation !== fromChannelData) return { kind: "conflict" };
  const tenantId = fromConversation ?? fromChannelData;
  return tenantId ? { kind: "resolved", tenantId } : { kind: "missing" };
}

/** Reads the two tenant fields from an activity-shaped object without trusting its shape. */
export function tenantFieldsOf(activity: unknown): TenantFields {
  const a = (activity ?? {}) as { conversation?: { tenantId?: unknown }; channelData?: { tenant?: { id?: unknown } } };
  return {
    conversationTenantId: a.conversation?.tenantId,
    channelDataTenantId: a.channelData?.tenant?.id,
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a GUID (the shape of an Entra tenant ID); other strings are never logged as tenant ids. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}
