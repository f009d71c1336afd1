/**
 * Teams deep links to the app's personal tabs.
 *
 * Format (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application,
 * "Deep link to open a tab"): `https://teams.microsoft.com/l/entity/<appId>/<entityId>`, where `appId` is
 * the Teams app id (manifest `id`) and `entityId` the static tab's `entityId` in the manifest.
 * Optional `webUrl` (fallback outside Teams) and `label` go in the query string, URL-encoded.
 */

/** Entity ids of the personal tabs (appPackage/manifest.json `staticTabs[].entityId`). */
export const TAB_ENTITY = { courses: "courses", privacy: "privacy" } as const;
export type TabEntity = (typeof TAB_ENTITY)[keyof typeof TAB_ENTITY];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Optional parts of a tab deep link. */
export interface TabLinkOptions {
  /** https page opened when the link is followed outside Teams. */
  webUrl?: string;
  /** Label of the link. */
  label?: string;
}

/**
 * @param appId Teams app id (a GUID).
 * @param entityId the personal tab's entity id, e.g. `courses`.
 * @throws Error when `appId` is not a GUID or `webUrl` is not https (a configuration mistake).
 * @example tabDeepLink("00000000-0000-4000-8000-000000000011", "courses")
 *   // "https://teams.microsoft.com/l/entity/00000000-0000-4000-8000-000000000011/courses"
 */
export function tabDeepLink(appId: string, entityId: TabEntity, options: TabLinkOptions = {}): string {
  if (!GUID.test(appId)) throw new Error(`tab deep link: the Teams app id must be a GUID (TEAMS_APP_ID)`);
  const link = new URL(`https://teams.microsoft.com/l/entity/${appId.toLowerCase()}/${encodeURIComponent(entityId)}`);
  if (options.webUrl !== undefined) {
    if (!/^https:\/\//.test(options.webUrl)) throw new Error("tab deep link: webUrl must be an https URL");
    link.searchParams.set("webUrl", options.webUrl);
  }
  if (options.label) link.searchParams.set("label", options.label);
  return link.toString();
}
