/**
 * Manifest rules the upload service enforces beyond the JSON schema: version format, `$schema` matching
 * `manifestVersion`, GUID ids, and text lengths.
 *
 * Sources: Teams manifest schema reference ("version … must follow the semver standard (MAJOR.MINOR.PATCH)",
 * "id … must be a GUID", name.short ≤ 30, description.short ≤ 80, description.full ≤ 4000 characters);
 * since v1.2x the schema itself only caps `version` at 256 characters, so the format is checked here.
 */
import { getAt, isObject } from "./json-path";
import { problem, show, type Problem } from "./problems";

const FILE = "manifest.json";
const PLAIN_SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `https://developer.microsoft.com/[locale/]json-schemas/teams/v1.30/MicrosoftTeams.schema.json` */
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/v([^/]+)\/MicrosoftTeams\.schema\.json$/i;

/** `version` must be plain MAJOR.MINOR.PATCH: no pre-release, no build metadata, no leading zeros. */
export function checkVersion(manifest: Record<string, unknown>): Problem[] {
  const version = manifest.version;
  if (typeof version === "string" && PLAIN_SEMVER.test(version)) return [];
  return [
    problem(
      FILE,
      "version",
      `${show(version)} is not a plain MAJOR.MINOR.PATCH version.`,
      'use three whole numbers such as "1.0.0", and raise it with every change to the manifest.',
    ),
  ];
}

/** Reads the version a `$schema` URL names (`"1.30"`), or `undefined` when it is not a Teams schema URL. */
export function schemaUrlVersion(url: unknown): string | undefined {
  return typeof url === "string" ? SCHEMA_URL.exec(url)?.[1] : undefined;
}

/** `$schema` must be the official Teams schema URL of the same version as `manifestVersion`. */
export function checkSchemaMatchesVersion(manifest: Record<string, unknown>): Problem[] {
  const declared = manifest.manifestVersion;
  const url = manifest.$schema;
  const expected = `https://developer.microsoft.com/json-schemas/teams/v${String(declared)}/MicrosoftTeams.schema.json`;
  const named = schemaUrlVersion(url);
  if (named === undefined) {
    return [problem(FILE, "$schema", `${show(url)} is not a Teams manifest schema URL.`, `use ${expected}.`)];
  }
  if (named !== declared) {
    return [
      problem(
        FILE,
        "$schema",
        `names schema v${named} but manifestVersion is ${show(declared)}.`,
        `make them the same version, e.g. ${expected}.`,
      ),
    ];
  }
  return [];
}

/** Fields that must hold a GUID, each with the fix an admin needs. */
export function guidFields(manifest: Record<string, unknown>): Array<{ field: string; value: unknown; fix: string }> {
  const fields = [{ field: "id", value: manifest.id, fix: "use the Teams app id (TEAMS_APP_ID, written by teamsApp/create)." }];
  const botIdFix = "use the bot's Microsoft App ID (BOT_ID: the managed identity's client id in Azure).";
  list(manifest.bots).forEach((bot, i) => fields.push({ field: `bots[${i}].botId`, value: bot.botId, fix: botIdFix }));
  list(manifest.composeExtensions).forEach((ext, i) => {
    if (ext.botId !== undefined) fields.push({ field: `composeExtensions[${i}].botId`, value: ext.botId, fix: botIdFix });
  });
  const sso = getAt(manifest, ["webApplicationInfo", "id"]);
  if (sso !== undefined) {
    fields.push({ field: "webApplicationInfo.id", value: sso, fix: "use the tab's Entra app client id (AAD_APP_CLIENT_ID)." });
  }
  return fields;
}

/** `id`, every `botId` and `webApplicationInfo.id` must be GUIDs. */
export function checkGuids(manifest: Record<string, unknown>): Problem[] {
  return guidFields(manifest)
    .filter(({ value }) => typeof value !== "string" || !GUID.test(value))
    .map(({ field, value, fix }) => problem(FILE, field, `${show(value)} is not a GUID.`, fix));
}

/** Length limits of the store listing texts, in characters (UTF-16 code units, as the schema counts). */
export const TEXT_LIMITS: ReadonlyArray<{ field: string; path: [string, string]; max: number }> = [
  { field: "name.short", path: ["name", "short"], max: 30 },
  { field: "name.full", path: ["name", "full"], max: 100 },
  { field: "description.short", path: ["description", "short"], max: 80 },
  { field: "description.full", path: ["description", "full"], max: 4000 },
];

/** Name and descriptions within their limits and not blank. */
export function checkTextLengths(manifest: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const { field, path, max } of TEXT_LIMITS) {
    const value = getAt(manifest, path);
    if (value === undefined && field === "name.full") continue;
    if (typeof value !== "string" || value.trim() === "") {
      problems.push(problem(FILE, field, "is missing or blank.", "write the text admins and users see in the store."));
    } else if (value.length > max) {
      problems.push(
        problem(FILE, field, `is ${value.length} characters long; the limit is ${max}.`, `shorten it to ${max} characters or fewer.`),
      );
    }
  }
  return problems;
}

function list(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isObject) : [];
}
