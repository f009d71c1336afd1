/** Typed access to what the middleware puts in a turn's `turnState` (tenant, language, text). */
import type { TurnContext } from "botbuilder";
import type { Lang } from "../i18n/language";
import type { Tenant } from "../tenants/registry";

const TENANT = Symbol("tenant");
const LANG = Symbol("lang");
const TEXT = Symbol("text");

/** What the tenant gate established for this turn. */
export interface TurnInfo {
  tenant: Tenant;
  lang: Lang;
  /** Normalized message text ("" for non-messages). */
  text: string;
}

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TENANT, info.tenant);
  context.turnState.set(LANG, info.lang);
  context.turnState.set(TEXT, info.text);
}

/** @throws Error when called outside a turn that passed the tenant gate (a programming error). */
export function turnInfo(context: TurnContext): TurnInfo {
  const tenant = context.turnState.get(TENANT) as Tenant | undefined;
  if (!tenant) throw new Error("turnInfo: the tenant gate did not run for this turn");
  return { tenant, lang: context.turnState.get(LANG) as Lang, text: context.turnState.get(TEXT) as string };
}
