/**
 * Offline JSON-schema validation against Microsoft's official Teams schemas, as bundled by
 * `@microsoft/app-manifest` (build/json-schemas/teams/v<version>/). Nothing is downloaded: the Toolkit
 * CLIs and `@microsoft/teams-manifest` fetch the schema from developer.microsoft.com, which CI cannot reach.
 *
 * The schemas are draft-04, so they are compiled with `ajv-draft-04` and the same options and formats
 * `@microsoft/app-manifest` uses in `AppManifestUtils.validateAgainstSchema`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { pointerToPath } from "./json-path";
import { problem, type Problem } from "./problems";

/** The two schema files of one manifest version. */
export type SchemaKind = "manifest" | "localization";

const FILES: Record<SchemaKind, string> = {
  manifest: "MicrosoftTeams.schema.json",
  localization: "MicrosoftTeams.Localization.schema.json",
};

/** Folder holding `v1.30/`, `v1.29/`, … inside the installed `@microsoft/app-manifest`. */
export function bundledSchemaRoot(): string {
  const entry = require.resolve("@microsoft/app-manifest");
  return path.join(path.dirname(entry), "json-schemas", "teams");
}

/** Manifest versions whose schemas are bundled, e.g. `["1.0", …, "1.30", "devPreview"]`. */
export function bundledVersions(): string[] {
  return fs
    .readdirSync(bundledSchemaRoot())
    .filter((dir) => dir.startsWith("v"))
    .map((dir) => dir.slice(1))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/** Installed `@microsoft/app-manifest` version, for the report. */
export function bundleVersion(): string {
  const pkg = path.join(bundledSchemaRoot(), "..", "..", "..", "package.json");
  return (JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string }).version;
}

const compiled = new Map<string, ValidateFunction>();

/**
 * Loads and compiles the bundled schema of `version` (e.g. `"1.30"`), or `undefined` when it is not bundled.
 * Raw text gets the same `\a`/`\v` clean-up `@microsoft/app-manifest` applies before parsing
 * (those escapes are not valid in ajv's Unicode regular expressions).
 */
export function loadSchema(version: string, kind: SchemaKind): ValidateFunction | undefined {
  const key = `${version}/${kind}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const file = path.join(bundledSchemaRoot(), `v${version}`, FILES[kind]);
  if (!/^[A-Za-z0-9.]+$/.test(version) || !fs.existsSync(file)) return undefined;
  const raw = fs.readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  // The localization schema has patterns such as `\b]` that are invalid in Unicode mode; compile its
  // patterns as plain JavaScript regular expressions, which is how they read.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: kind === "manifest" });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(JSON.parse(raw) as object);
  compiled.set(key, validate);
  return validate;
}

/** Raw schema object (for reading localizable keys), or `undefined` when not bundled. */
export function schemaObject(version: string, kind: SchemaKind): Record<string, unknown> | undefined {
  return loadSchema(version, kind)?.schema as Record<string, unknown> | undefined;
}

/**
 * Validates `document` against the bundled schema; one problem per schema error, naming the field and a fix.
 * @param file package file name used in the problems (`manifest.json`, `fr.json`).
 */
export function validateAgainstSchema(
  document: unknown,
  version: string,
  kind: SchemaKind,
  file: string,
): Problem[] {
  const validate = loadSchema(version, kind);
  if (!validate) {
    return [
      problem(
        file,
        kind === "manifest" ? "manifestVersion" : "",
        `no bundled ${kind} schema for version ${JSON.stringify(version)}.`,
        `use one of the versions @microsoft/app-manifest bundles (${bundledVersions().slice(-4).join(", ")}).`,
      ),
    ];
  }
  if (validate(document)) return [];
  return (validate.errors ?? []).filter(isUseful).map((e) => toProblem(e, file, version));
}

/** `if`/`anyOf`/`oneOf` wrappers repeat what their branches already said. */
function isUseful(error: ErrorObject): boolean {
  return !["if", "anyOf", "oneOf", "not"].includes(error.keyword);
}

function toProblem(error: ErrorObject, file: string, version: string): Problem {
  const params = error.params as Record<string, unknown>;
  const base = pointerToPath(error.instancePath);
  const field =
    error.keyword === "required"
      ? joinField(base, String(params.missingProperty))
      : error.keyword === "additionalProperties"
        ? joinField(base, String(params.additionalProperty))
        : base;
  return problem(file, field, `${describe(error)} (schema v${version}).`, fixFor(error, version));
}

function joinField(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

function describe(error: ErrorObject): string {
  if (error.keyword === "required") return "is required but missing";
  if (error.keyword === "additionalProperties") return "is not a property the schema allows";
  return error.message ?? error.keyword;
}

function fixFor(error: ErrorObject, version: string): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `add "${String(p.missingProperty)}".`;
    case "additionalProperties":
      return `remove "${String(p.additionalProperty)}" or check its spelling against the v${version} schema.`;
    case "maxLength":
      return `shorten it to at most ${String(p.limit)} characters.`;
    case "maxItems":
      return `keep at most ${String(p.limit)} entries.`;
    case "minItems":
      return `give at least ${String(p.limit)} entries.`;
    case "pattern":
      return `use a value matching ${String(p.pattern)}.`;
    case "enum":
      return `use one of ${JSON.stringify(p.allowedValues)}.`;
    case "const":
      return `use ${JSON.stringify(p.allowedValue)}.`;
    case "type":
      return `use a value of type ${String(p.type)}.`;
    case "format":
      return `use a valid ${String(p.format)}.`;
    case "uniqueItems":
      return "remove the duplicate entry.";
    default:
      return `see the v${version} schema for this field.`;
  }
}
