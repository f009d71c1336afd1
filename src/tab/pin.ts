/**
 * What a configurable tab pins: one course (by id) or a topic (a search). The choice travels in the
 * tab's `contentUrl` query string (`/tab/pinned?course=<id>` or `?topic=<text>`) and in its `entityId`
 * (`course:<id>` / `topic:<text>`), so every member sees the same thing and nothing is stored server-side.
 */

export type PinChoice = { kind: "course"; id: string; title: string } | { kind: "topic"; topic: string };

/** The settings saved with `pages.config.setConfig`. */
export interface PinnedConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/** Longest display name kept (Teams truncates tab names). */
const MAX_NAME = 40;

/** @param origin the tab's origin, e.g. https://contoso.azurewebsites.net */
export function pinnedConfig(choice: PinChoice, origin: string): PinnedConfig {
  const url = new URL("/tab/pinned", origin);
  if (choice.kind === "course") url.searchParams.set("course", choice.id);
  else url.searchParams.set("topic", choice.topic);
  const name = choice.kind === "course" ? choice.title : choice.topic;
  return {
    entityId: choice.kind === "course" ? `course:${choice.id}` : `topic:${choice.topic}`,
    contentUrl: url.toString(),
    websiteUrl: url.toString(),
    suggestedDisplayName: name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name,
  };
}

/** What is pinned, read from the page's query string, else from the entityId (`context.page.id`). */
export type PinnedTarget = { kind: "course"; id: string } | { kind: "topic"; topic: string } | { kind: "none" };

export function readPinned(search: string, pageId: string | undefined): PinnedTarget {
  const params = new URLSearchParams(search);
  const course = params.get("course")?.trim();
  if (course) return { kind: "course", id: course };
  const topic = params.get("topic")?.trim();
  if (topic) return { kind: "topic", topic };
  const entity = /^(course|topic):(.+)$/s.exec(pageId ?? "");
  if (entity) return entity[1] === "course" ? { kind: "course", id: entity[2] } : { kind: "topic", topic: entity[2] };
  return { kind: "none" };
}
