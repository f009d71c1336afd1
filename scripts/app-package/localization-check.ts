/**
 * Localization files (`localizationInfo`): present, valid JSON, valid against the bundled
 * MicrosoftTeams.Localization schema of the manifest's version, and translating every string the
 * manifest localizes.
 *
 * Which manifest strings are localizable is read from that schema itself (its `properties` and
 * `patternProperties`, e.g. `name.short`, `staticTabs[0].name`,
 * `bots[0].commandLists[0].commands[0].title`), so the list follows the schema version, not this code.
 */
import { isObject, stringLeaves } from "./json-path";
import { problem, type Problem } from "./problems";
import { schemaObject, validateAgainstSchema } from "./schema-check";

/** A localization file named by the manifest. */
export interface LanguageFile {
  /** Language tag, e.g. `fr`; `default` for `defaultLanguageFile`. */
  languageTag: string;
  /** Relative path in the package, e.g. `fr.json`. */
  file: string;
}

/** The files `localizationInfo` names (additional languages, then the optional default language file). */
export function languageFiles(manifest: Record<string, unknown>): LanguageFile[] {
  const info = isObject(manifest.localizationInfo) ? manifest.localizationInfo : {};
  const files: LanguageFile[] = [];
  for (const entry of Array.isArray(info.additionalLanguages) ? info.additionalLanguages : []) {
    if (isObject(entry) && typeof entry.file === "string") {
      files.push({ languageTag: String(entry.languageTag), file: entry.file });
    }
  }
  if (typeof info.defaultLanguageFile === "string") files.push({ languageTag: "default", file: info.defaultLanguageFile });
  return files;
}

/** Keys of the localization schema that are not manifest strings. */
const NOT_MANIFEST_KEYS = new Set(["$schema", "localizationKeys"]);

/**
 * The localization keys the manifest has a string for, e.g. `["name.short", "staticTabs[1].name", …]`.
 * @param version manifest version whose localization schema defines the keys.
 */
export function localizableKeys(manifest: Record<string, unknown>, version: string): string[] {
  const schema = schemaObject(version, "localization");
  if (!schema) return [];
  const names = Object.keys(isObject(schema.properties) ? schema.properties : {}).filter((k) => !NOT_MANIFEST_KEYS.has(k));
  const patterns = Object.keys(isObject(schema.patternProperties) ? schema.patternProperties : {}).map((p) => new RegExp(p));
  return stringLeaves(manifest)
    .map((leaf) => leaf.path)
    .filter((path) => names.includes(path) || patterns.some((re) => re.test(path)));
}

/**
 * Checks one localization file given its parsed content (`undefined` when the file is missing,
 * a `SyntaxError` when it is not JSON).
 */
export function checkLanguageFile(
  entry: LanguageFile,
  content: unknown,
  manifest: Record<string, unknown>,
  version: string,
): Problem[] {
  const { file } = entry;
  if (content === undefined) {
    return [problem("manifest.json", "localizationInfo", `names ${file}, which is not in appPackage/.`, `add appPackage/${file} or remove the entry.`)];
  }
  if (content instanceof Error || !isObject(content)) {
    const why = content instanceof Error ? content.message : "it is not a JSON object";
    return [problem(file, "", `is not valid JSON (${why}).`, "fix the JSON syntax.")];
  }
  const problems = validateAgainstSchema(content, version, "localization", file);
  problems.push(...checkSchemaUrl(file, content.$schema, version));
  const expected = localizableKeys(manifest, version);
  for (const key of expected.filter((k) => !(k in content))) {
    problems.push(problem(file, key, "is localized by the manifest but missing from this file.", `add "${key}" with its ${entry.languageTag} translation.`));
  }
  const extra = Object.keys(content).filter((k) => !NOT_MANIFEST_KEYS.has(k) && !expected.includes(k));
  for (const key of extra) {
    problems.push(problem(file, key, "translates a string the manifest does not have.", `remove "${key}" or add the field to the manifest.`));
  }
  return problems;
}

function checkSchemaUrl(file: string, url: unknown, version: string): Problem[] {
  if (url === undefined) return [];
  const named = typeof url === "string" ? /\/teams\/v([^/]+)\/MicrosoftTeams\.Localization\.schema\.json$/.exec(url)?.[1] : undefined;
  if (named === version) return [];
  const expected = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`;
  return [problem(file, "$schema", `does not name the v${version} localization schema.`, `use ${expected}.`)];
}
