/** Reading the shared activity fixtures in place, with their serviceUrl pointed at a loopback connector. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED_ACTIVITIES } from "./paths";

/** Names (without .json) of every shared activity fixture. */
export function fixtureNames(): string[] {
  return readdirSync(SHARED_ACTIVITIES).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
}

/** A deep copy of fixture `name` with `serviceUrl` replaced (the file itself is never changed). */
export function loadActivity(name: string, serviceUrl: string): any {
  const activity = JSON.parse(readFileSync(join(SHARED_ACTIVITIES, `${name}.json`), "utf8"));
  activity.serviceUrl = serviceUrl;
  return activity;
}
