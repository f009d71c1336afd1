/**
 * fast-check arbitraries of hostile activities: a shared fixture (read in place) with 0 to 4
 * mutations, among them replacing or deleting any field at any depth, hostile text (any Unicode,
 * markup, template syntax, very long), random activity types and invoke names, broken mention
 * entities, random tenant fields (registered, unregistered, conflicting, malformed) and broken
 * `serviceUrl`s. The `serviceUrl` otherwise stays on the loopback connector.
 */
import fc from "fast-check";
import { fixtureNames, loadActivity } from "./activities";
import { FIXTURE_TENANT, UNREGISTERED_TENANT } from "./paths";

type Json = Record<string, unknown>;
type Mutation = (activity: Json) => void;

const KNOWN_TYPES = ["message", "invoke", "installationUpdate", "conversationUpdate", "messageReaction", "typing", "event", "endOfConversation", "messageUpdate", "messageDelete"];
const KNOWN_INVOKES = ["composeExtension/query", "composeExtension/queryLink", "composeExtension/selectItem", "adaptiveCard/action", "task/fetch", "signin/verifyState", "config/fetch", "healthCheck"];

/** Strings a hostile or broken client sends. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 120 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 120 }), weight: 2 },
  { arbitrary: fc.constantFrom(
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<at>Course Companion</at>", "<at></at><at>", "&lt;&gt;&amp;&#0;&#x110000;",
    "${jndi:ldap://x}", "{{7*7}}", "${7*7}", "[a](javascript:alert(1))", "\u0000\u202e\ufeff\ud800", "courses gdpr", "privacy delete", "help", "aide", " ",
  ), weight: 4 },
  // long texts are rarer: the engines' cost grows with the words read (up to MAX_TEXT_CHARS)
  { arbitrary: fc.tuple(fc.constantFrom("help ", "courses ", "privacy ", ""), fc.string({ maxLength: 20 }), fc.nat({ max: 3000 })).map(([p, s, n]) => p + s.repeat(Math.ceil(n / Math.max(1, s.length)))), weight: 1 },
);

/** Any JSON value, hostile strings included. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileText, fc.constant(null), fc.constant([]), fc.constant({}));

const tenantIds = fc.oneof(fc.constantFrom(FIXTURE_TENANT, UNREGISTERED_TENANT, FIXTURE_TENANT.toUpperCase(), "", " ", "not-a-guid"), anyValue);

/** Paths of every field of `value` (objects and arrays), depth first. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== "object") return [];
  return Object.keys(value).flatMap((k) => [[...prefix, k], ...paths((value as Json)[k], [...prefix, k])]);
}

function setAt(target: Json, path: string[], value: unknown, remove = false): void {
  let node: any = target;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== "object") return;
    node = node[key];
  }
  if (remove) delete node[path[path.length - 1]];
  else node[path[path.length - 1]] = value;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), anyValue).map(([i, v]): Mutation => (a) => { const all = paths(a).filter((p) => p[0] !== "serviceUrl"); if (all.length) setAt(a, all[i % all.length], v); }),
  fc.nat().map((i): Mutation => (a) => { const all = paths(a).filter((p) => p[0] !== "serviceUrl"); if (all.length) setAt(a, all[i % all.length], undefined, true); }),
  hostileText.map((t): Mutation => (a) => void (a.text = t)),
  fc.oneof(fc.constantFrom(...KNOWN_TYPES), hostileText).map((t): Mutation => (a) => void (a.type = t)),
  fc.oneof(fc.constantFrom(...KNOWN_INVOKES), hostileText).map((n): Mutation => (a) => void (a.name = n)),
  anyValue.map((v): Mutation => (a) => void (a.value = v)),
  fc.record({ verb: anyValue, data: anyValue }).map((action): Mutation => (a) => Object.assign(a, { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", ...action } } })),
  fc.array(fc.oneof(anyValue, fc.record({ type: fc.constant("mention"), text: hostileText, mentioned: anyValue })), { maxLength: 3 }).map((e): Mutation => (a) => void (a.entities = e)),
  fc.tuple(tenantIds, tenantIds).map(([c, d]): Mutation => (a) => Object.assign(a, { conversation: { ...(a.conversation as Json), tenantId: c }, channelData: { tenant: { id: d } } })),
  fc.oneof(hostileText, fc.constantFrom("fr-FR", "fr", "en-US", "de", "")).map((l): Mutation => (a) => void (a.locale = l)),
  fc.constantFrom("conversation", "from", "recipient", "channelData", "membersAdded", "attachments").chain((k) => anyValue.map((v): Mutation => (a) => void (a[k] = v))),
  fc.constantFrom<unknown>("", "not a url", 42, null, "ftp://example.invalid/", "http://").map((s): Mutation => (a) => void (a.serviceUrl = s)),
);

/** A shared fixture pointed at `serviceUrl`, with 0 to 4 mutations. */
export function hostileActivity(serviceUrl: string): fc.Arbitrary<Json> {
  const fixtures = new Map(fixtureNames().map((name) => [name, loadActivity(name, serviceUrl) as Json]));
  return fc.tuple(fc.constantFrom(...fixtures.keys()), fc.array(mutation, { maxLength: 4 })).map(([name, mutations]) => {
    const activity = structuredClone(fixtures.get(name)!);
    for (const mutate of mutations) mutate(activity);
    return activity;
  });
}
