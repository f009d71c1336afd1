/**
 * What the privacy audit sends: one generated case = one kind of input the app handles, carrying a
 * generated person's data where Teams (or a tab) would put it, or where a person would type it.
 *
 * Kinds: messages in personal, group-chat and channel scope (mentions of the bot and of another
 * person, the text/html copy of channel messages), a card submit without text, install events
 * (personal install delivered twice, bot added to a team, a person joining), message-extension
 * query / initial run / link unfurling, Universal Actions (known verbs with good or bad data,
 * unknown and missing verbs), tab pages opened with Teams' `{loginHint}` / `{userPrincipalName}` URL
 * placeholders filled in, tab API calls with X-Tenant-Id (local mode), the /go redirect, and error
 * paths: a truncated JSON body and a body that is not an activity, both quoting the person.
 */
import fc from "fast-check";
import { FIXTURE_TENANT, UNREGISTERED_TENANT } from "../helpers/paths";
import { personaArb, personalValues, typedPieces, type Persona } from "./personal-data";

export const CASE_KINDS = [
  "personal-message", "group-message", "channel-message", "card-submit", "install-personal", "bot-added-to-team",
  "person-joined", "me-query", "me-initial-run", "me-query-link", "card-action", "tab-page", "tab-courses", "tab-answer",
  "tab-course-by-id", "go-redirect", "malformed-json", "not-an-activity",
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export interface AuditCase {
  kind: CaseKind;
  person: Persona;
  /** Someone else: mentioned in a message, or joining a team. */
  other: Persona;
  tenant: "registered" | "unregistered" | "channeldata-only";
  locale: "en-US" | "fr-FR";
  /** What the person typed (message, search, question, pasted link part). */
  typed: string;
  /** For card actions, card data and tab/redirect ids: a real id of the app, or the typed text. */
  useRealId: boolean;
  verb: "similarCourses" | "privacyFeedback" | "unknown" | "missing";
}

/** One HTTP request the audit makes to the app. */
export interface AuditRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  /** Conversation the app replies to (activities only). */
  conversationId?: string;
}

/** Real ids of the app's data, so that cases reach the code behind the validation. */
export interface AppIds {
  courseIds: string[];
  sectionIds: string[];
}

const PREFIXES = ["", "courses ", "formations ", "privacy ", "help ", "how long do you keep my data? ", "can I delete my account? ", "cookies ", "je veux supprimer mes données ", "gdpr course for ", "who can see "];

/** @returns the arbitrary of audit cases. */
export function auditCaseArb(): fc.Arbitrary<AuditCase> {
  return fc.tuple(personaArb, personaArb).chain(([person, other]) =>
    fc.record({
      kind: fc.constantFrom(...CASE_KINDS),
      person: fc.constant(person),
      other: fc.constant(other),
      tenant: fc.constantFrom("registered", "registered", "registered", "registered", "unregistered", "channeldata-only") as fc.Arbitrary<AuditCase["tenant"]>,
      locale: fc.constantFrom("en-US", "fr-FR") as fc.Arbitrary<AuditCase["locale"]>,
      typed: fc.tuple(fc.constantFrom(...PREFIXES), fc.subarray(typedPieces(person), { minLength: 1, maxLength: 3 })).map(([prefix, pieces]) => `${prefix}${pieces.join(" ")}`),
      useRealId: fc.boolean(),
      verb: fc.constantFrom("similarCourses", "privacyFeedback", "unknown", "missing") as fc.Arbitrary<AuditCase["verb"]>,
    }),
  );
}

/** Every personal value a case carries (both persons, and the typed text when long enough). */
export function valuesOf(c: AuditCase): string[] {
  return [...personalValues(c.person), ...personalValues(c.other), ...(c.typed.length >= 8 ? [c.typed] : [])];
}

/** A short description for failure messages. */
export function describeCase(c: AuditCase): string {
  return `${c.kind} (${c.tenant}, ${c.locale}, verb ${c.verb}, real id ${c.useRealId}) typed "${c.typed}"`;
}

const BOT = { id: "28:9a8b7c6d-0000-4000-8000-00000000b075", name: "Course Companion" };
const pick = <T,>(list: T[], seed: string): T => list[[...seed].reduce((n, ch) => n + ch.charCodeAt(0), 0) % list.length];

/** @returns the requests of case `c` (several for a duplicated install event). */
export function requestsOf(c: AuditCase, serviceUrl: string, seq: number, ids: AppIds): AuditRequest[] {
  const tenantId = c.tenant === "unregistered" ? UNREGISTERED_TENANT : FIXTURE_TENANT;
  // a tab's page URL may carry Teams' {loginHint}/{userPrincipalName} placeholders; the browser sends it as Referer
  const page = `/tab/courses?tenant=${tenantId}&loginHint=${encodeURIComponent(c.person.upn)}&userPrincipalName=${encodeURIComponent(c.person.email)}`;
  const tab = (path: string): AuditRequest => ({ method: "GET", path, headers: { "x-tenant-id": tenantId, "accept-language": c.locale, referer: `https://course-companion.example${page}` } });
  const courseId = c.useRealId ? pick(ids.courseIds, c.typed) : c.typed;
  switch (c.kind) {
    case "tab-page":
      return [{ method: "GET", path: c.useRealId ? page : page.replace("/tab/courses", "/tab/privacy"), headers: { "user-agent": `Teams (${c.person.name})` } }];
    case "tab-courses":
      return [tab(`/api/courses?q=${encodeURIComponent(c.typed)}`)];
    case "tab-answer":
      return [tab(`/api/privacy/answer?q=${encodeURIComponent(c.typed)}&lang=${c.locale.slice(0, 2)}`)];
    case "tab-course-by-id":
      return [tab(`/api/courses/${encodeURIComponent(courseId)}`)];
    case "malformed-json":
      return [{ method: "POST", path: "/api/messages", headers: {}, body: `{"type":"message","text":"${c.typed}","from":{"name":"${c.person.name}","id":"${c.person.userId}"` }];
    case "not-an-activity":
      return [{ method: "POST", path: "/api/messages", headers: {}, body: { type: 42, text: c.typed, from: { id: c.person.userId, name: c.person.name }, conversation: { id: c.person.personalChatId } } }];
    case "go-redirect":
      return [{ method: "GET", path: `/go/${tenantId}/${encodeURIComponent(courseId)}`, headers: { "user-agent": `Mozilla/5.0 (${c.person.name})` } }];
    default: {
      const activities = activitiesOf(c, serviceUrl, seq, tenantId, ids);
      return activities.map((body) => ({ method: "POST", path: "/api/messages", headers: {}, body, conversationId: body.conversation.id }));
    }
  }
}

function activitiesOf(c: AuditCase, serviceUrl: string, seq: number, tenantId: string, ids: AppIds): any[] {
  const scope = c.kind === "group-message" ? "groupChat" : ["channel-message", "bot-added-to-team", "person-joined"].includes(c.kind) ? "channel" : "personal";
  const base = envelope(c, serviceUrl, seq, tenantId, scope);
  switch (c.kind) {
    case "personal-message":
      return [{ ...base, type: "message", textFormat: "plain", text: c.typed }];
    case "group-message":
    case "channel-message":
      return [mentionMessage(c, base)];
    case "card-submit":
      return [{ ...base, type: "message", replyToId: `1:card-${seq}`, value: c.useRealId ? null : { comment: c.typed, email: c.person.email } }];
    case "install-personal": {
      const install = { ...base, type: "installationUpdate", action: "add" };
      return [install, { ...install, id: `${install.id}-again` }]; // Teams may deliver it twice
    }
    case "bot-added-to-team":
      return [{ ...base, type: "conversationUpdate", membersAdded: [{ id: BOT.id }], channelData: { ...base.channelData, eventType: "teamMemberAdded" } }];
    case "person-joined":
      return [{ ...base, type: "conversationUpdate", membersAdded: [{ id: c.other.userId, aadObjectId: c.other.aadObjectId, name: c.other.name }], channelData: { ...base.channelData, eventType: "teamMemberAdded" } }];
    case "me-query":
      return [{ ...base, type: "invoke", name: "composeExtension/query", value: { commandId: "searchCourses", parameters: [{ name: "query", value: c.typed }], queryOptions: { skip: 0, count: 10 } } }];
    case "me-initial-run":
      return [{ ...base, type: "invoke", name: "composeExtension/query", value: { commandId: "searchCourses", parameters: [{ name: "initialRun", value: "true" }], queryOptions: { skip: 0, count: 10 } } }];
    case "me-query-link": {
      const url = c.useRealId ? `https://example.learning.test/courses/impacts-of-gdpr?ref=${encodeURIComponent(c.person.email)}` : `https://social.example/u/${encodeURIComponent(c.typed)}`;
      return [{ ...base, type: "invoke", name: "composeExtension/queryLink", value: { url } }];
    }
    case "card-action":
      return [{ ...base, type: "invoke", name: "adaptiveCard/action", value: { trigger: "manual", action: actionOf(c, ids) } }];
    default:
      throw new Error(`no activity for ${c.kind}`);
  }
}

function actionOf(c: AuditCase, ids: AppIds): Record<string, unknown> {
  const data = { note: c.typed, from: c.person.email };
  switch (c.verb) {
    case "similarCourses":
      return { type: "Action.Execute", verb: "similarCourses", data: { ...data, courseId: c.useRealId ? pick(ids.courseIds, c.typed) : c.typed } };
    case "privacyFeedback":
      return { type: "Action.Execute", verb: "privacyFeedback", data: { ...data, sectionId: c.useRealId ? pick(ids.sectionIds, c.typed) : c.typed, helpful: c.typed.length % 2 === 0 } };
    case "unknown":
      return { type: "Action.Execute", verb: c.person.email, data };
    case "missing":
      return { type: "Action.Execute", data };
  }
}

function envelope(c: AuditCase, serviceUrl: string, seq: number, tenantId: string, scope: string): any {
  const conversation =
    scope === "personal"
      ? { conversationType: "personal", id: c.person.personalChatId }
      : scope === "groupChat"
        ? { conversationType: "groupChat", isGroup: true, id: `19:auditgroup${seq}@thread.v2` }
        : { conversationType: "channel", isGroup: true, id: `19:auditchannel@thread.tacv2;messageid=${seq}` };
  const channelData: any = { tenant: { id: tenantId } };
  if (scope === "channel") Object.assign(channelData, { team: { id: "19:auditteam@thread.tacv2" }, channel: { id: "19:auditchannel@thread.tacv2" } });
  return {
    id: `audit-${seq}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: "msteams",
    from: { id: c.person.userId, name: c.person.name, aadObjectId: c.person.aadObjectId },
    recipient: BOT,
    locale: c.locale,
    entities: [{ type: "clientInfo", locale: c.locale, country: "FR", platform: "Web", timezone: "Europe/Paris" }],
    channelData,
    conversation: c.tenant === "channeldata-only" ? conversation : { ...conversation, tenantId },
  };
}

function mentionMessage(c: AuditCase, base: any): any {
  const mentionOther = c.useRealId;
  const text = `<at>${BOT.name}</at> ${c.typed}${mentionOther ? ` <at>${c.other.name}</at>` : ""}`;
  const entities = [...base.entities, { type: "mention", text: `<at>${BOT.name}</at>`, mentioned: BOT }];
  if (mentionOther) entities.push({ type: "mention", text: `<at>${c.other.name}</at>`, mentioned: { id: c.other.userId, name: c.other.name } });
  const activity: any = { ...base, type: "message", textFormat: "plain", text, entities };
  if (c.kind === "channel-message") {
    const html = `<div><span itemtype="http://schema.skype.com/Mention" itemid="0">${BOT.name}</span>&nbsp;${c.typed.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</div>`;
    activity.attachments = [{ contentType: "text/html", content: html }];
  }
  return activity;
}
