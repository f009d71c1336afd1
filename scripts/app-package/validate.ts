/**
 * Runs every check on a resolved app package and reports what was checked.
 *
 * Order: placeholder problems come from resolving (see ./placeholders); then the Teams upload rules
 * (./rules-identity, ./rules-urls), the official schema (./schema-check), localization files
 * (./localization-check) and icons (./icon-check). A schema error on a field that a specific rule already
 * reported is dropped, so each problem is printed once, with the more helpful fix.
 */
import { checkIcon, ICON_SIZES, type IconKind } from "./icon-check";
import { isObject } from "./json-path";
import { checkLanguageFile, languageFiles, localizableKeys } from "./localization-check";
import { dedupeByField, type CheckResult, type Problem } from "./problems";
import { checkGuids, checkSchemaMatchesVersion, checkTextLengths, checkVersion } from "./rules-identity";
import { checkHttpsUrls, checkMessageHandlerDomains, checkTabHostsCovered, checkValidDomains, tabUrls } from "./rules-urls";
import { bundleVersion, validateAgainstSchema } from "./schema-check";

/** A package ready to be checked: the resolved manifest and the other files by package path. */
export interface PackageContent {
  manifest: Record<string, unknown>;
  /** Parsed localization files by path (`undefined` if missing, an Error if not JSON). */
  localizations: ReadonlyMap<string, unknown>;
  /** Raw bytes of icon files by path; absent when the file does not exist. */
  icons: ReadonlyMap<string, Buffer>;
}

/** Every Teams upload rule the package builder enforces on the manifest itself. */
export function uploadRuleProblems(manifest: Record<string, unknown>): Problem[] {
  return [
    ...checkVersion(manifest),
    ...checkSchemaMatchesVersion(manifest),
    ...checkGuids(manifest),
    ...checkTextLengths(manifest),
    ...checkHttpsUrls(manifest),
    ...checkValidDomains(manifest),
    ...checkTabHostsCovered(manifest),
    ...checkMessageHandlerDomains(manifest),
  ];
}

/** Runs all checks; each result names what it looked at. Never throws on bad content. */
export async function validatePackage(content: PackageContent): Promise<CheckResult[]> {
  const { manifest } = content;
  const version = String(manifest.manifestVersion);
  const rules = uploadRuleProblems(manifest);
  const reported = new Set(rules.map((p) => `${p.file}\u0000${p.field}`));
  const schema = validateAgainstSchema(manifest, version, "manifest", "manifest.json").filter(
    (p) => !reported.has(`${p.file}\u0000${p.field}`),
  );
  return [
    { name: "Teams upload rules", detail: describeRules(manifest), problems: rules },
    { name: `schema v${version} (offline, @microsoft/app-manifest ${bundleVersion()})`, detail: "manifest.json", problems: dedupeByField(schema) },
    localizationResult(content, version),
    await iconResult(content),
  ];
}

function describeRules(manifest: Record<string, unknown>): string {
  const domains = Array.isArray(manifest.validDomains) ? manifest.validDomains.length : 0;
  return `version, $schema/manifestVersion, GUIDs, text lengths, https URLs, ${domains} valid domain(s) covering ${tabUrls(manifest).length} tab URL(s), unfurling domains`;
}

function localizationResult(content: PackageContent, version: string): CheckResult {
  const files = languageFiles(content.manifest);
  const problems = files.flatMap((entry) =>
    checkLanguageFile(entry, content.localizations.get(entry.file), content.manifest, version),
  );
  const keys = localizableKeys(content.manifest, version).length;
  const names = files.map((f) => `${f.languageTag} (${f.file})`).join(", ") || "none";
  return { name: "localization", detail: `${names}, ${keys} localizable strings each`, problems };
}

async function iconResult(content: PackageContent): Promise<CheckResult> {
  const icons = isObject(content.manifest.icons) ? content.manifest.icons : {};
  const problems: Problem[] = [];
  const seen: string[] = [];
  for (const kind of Object.keys(ICON_SIZES) as IconKind[]) {
    const file = icons[kind];
    if (typeof file !== "string") continue; // the schema reports a missing icon entry
    problems.push(...(await checkIcon(kind, file, content.icons.get(file))));
    seen.push(`${file} ${ICON_SIZES[kind]}×${ICON_SIZES[kind]}`);
  }
  return { name: "icons", detail: `${seen.join(", ")}, outline white on transparent`, problems };
}
