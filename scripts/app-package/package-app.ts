/**
 * Builds the Teams app package of one environment: reads `appPackage/` templates, fills the
 * `${{VAR}}` placeholders, applies the SSO choice, validates everything, and zips the result.
 *
 * SSO choice: the manifest template always carries `webApplicationInfo` (with `${{AAD_APP_CLIENT_ID}}`);
 * when `AAD_APP_CLIENT_ID` is empty or unset in the environment, SSO is not configured and the builder
 * drops `webApplicationInfo` before resolving, so the package never declares an Entra app that does not exist.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { isObject } from "./json-path";
import { languageFiles } from "./localization-check";
import { resolvePlaceholders, type EnvValues } from "./placeholders";
import { problem, type CheckResult, type Problem } from "./problems";
import { validatePackage } from "./validate";

/** Input of {@link buildAppPackage}. */
export interface BuildOptions {
  /** Folder holding manifest.json, icons and localization files (normally `<repo>/appPackage`). */
  appPackageDir: string;
  env: EnvValues;
  /** Where the values come from, for messages, e.g. `env/.env.dev`. */
  envSource: string;
}

/** What was built and checked. */
export interface BuildResult {
  /** Resolved manifest (what goes into the zip). */
  manifest: Record<string, unknown>;
  /** Every file of the package by zip path, manifest.json included. */
  files: Map<string, Buffer>;
  /** Checks in order; the first is placeholder resolution. */
  checks: CheckResult[];
  /** True when `webApplicationInfo` was kept (SSO configured). */
  sso: boolean;
}

/** All problems of a build, in check order. */
export function allProblems(result: Pick<BuildResult, "checks">): Problem[] {
  return result.checks.flatMap((c) => c.problems);
}

/** Drops `webApplicationInfo` when `AAD_APP_CLIENT_ID` is empty or unset (see module doc). */
export function applySsoChoice(template: Record<string, unknown>, env: EnvValues): { manifest: Record<string, unknown>; sso: boolean } {
  const sso = (env.AAD_APP_CLIENT_ID ?? "").trim() !== "";
  if (sso || !("webApplicationInfo" in template)) return { manifest: template, sso };
  const { webApplicationInfo: _dropped, ...rest } = template;
  return { manifest: rest, sso };
}

/**
 * Builds and validates the package; never throws on bad content (problems are returned instead).
 * @throws Error only when `appPackage/manifest.json` cannot be read at all.
 */
export async function buildAppPackage(options: BuildOptions): Promise<BuildResult> {
  const { appPackageDir, env, envSource } = options;
  const template = parseJson(fs.readFileSync(path.join(appPackageDir, "manifest.json"), "utf8"));
  if (template instanceof Error || !isObject(template)) {
    const why = template instanceof Error ? template.message : "not a JSON object";
    const problems = [problem("manifest.json", "", `is not valid JSON (${why}).`, "fix the JSON syntax.")];
    return { manifest: {}, files: new Map(), checks: [{ name: "manifest.json", detail: "", problems }], sso: false };
  }
  const { manifest: chosen, sso } = applySsoChoice(template, env);
  const resolved = resolvePlaceholders(chosen, { env, envSource, file: "manifest.json" });
  const manifest = resolved.value;
  const files = new Map<string, Buffer>([["manifest.json", Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]]);
  const locales = readLocalizations(appPackageDir, manifest, options);
  locales.bytes.forEach((bytes, file) => files.set(file, bytes));
  const icons = readIcons(appPackageDir, manifest);
  icons.forEach((bytes, file) => files.set(file, bytes));
  const placeholders: CheckResult = {
    name: "placeholders",
    detail: `${resolved.used.size} variables from ${envSource}; webApplicationInfo ${sso ? "kept (AAD_APP_CLIENT_ID set)" : "left out (SSO not configured)"}`,
    problems: [...resolved.problems, ...locales.problems],
  };
  const checks = await validatePackage({ manifest, localizations: locales.content, icons });
  return { manifest, files, checks: [placeholders, ...withoutFields(checks, placeholders.problems)], sso };
}

/** Drops later problems on a field whose placeholder is already reported: the placeholder is the cause. */
function withoutFields(checks: CheckResult[], reported: Problem[]): CheckResult[] {
  const key = (p: Problem) => `${p.file}\u0000${p.field}`;
  const fields = new Set(reported.map(key));
  return checks.map((c) => ({ ...c, problems: c.problems.filter((p) => !fields.has(key(p))) }));
}

function readLocalizations(dir: string, manifest: Record<string, unknown>, options: BuildOptions) {
  const content = new Map<string, unknown>();
  const bytes = new Map<string, Buffer>();
  const problems: Problem[] = [];
  for (const { file } of languageFiles(manifest)) {
    const loaded = loadLocalization(dir, file, options.env, options.envSource);
    content.set(file, loaded.content);
    problems.push(...loaded.problems);
    if (loaded.bytes) bytes.set(file, loaded.bytes);
  }
  return { content, bytes, problems };
}

function loadLocalization(dir: string, file: string, env: EnvValues, envSource: string) {
  const full = safeJoin(dir, file);
  if (!full || !fs.existsSync(full)) return { content: undefined, problems: [], bytes: undefined };
  const parsed = parseJson(fs.readFileSync(full, "utf8"));
  if (parsed instanceof Error || !isObject(parsed)) return { content: parsed, problems: [], bytes: undefined };
  const resolved = resolvePlaceholders(parsed, { env, envSource, file });
  const bytes = Buffer.from(`${JSON.stringify(resolved.value, null, 2)}\n`);
  return { content: resolved.value as unknown, problems: resolved.problems, bytes };
}

function readIcons(dir: string, manifest: Record<string, unknown>): Map<string, Buffer> {
  const icons = new Map<string, Buffer>();
  const declared = isObject(manifest.icons) ? Object.values(manifest.icons) : [];
  for (const file of declared) {
    if (typeof file !== "string") continue;
    const full = safeJoin(dir, file);
    if (full && fs.existsSync(full) && fs.statSync(full).isFile()) icons.set(file, fs.readFileSync(full));
  }
  return icons;
}

/** Joins a manifest-relative path under `dir`; `undefined` when it would leave `dir`. */
function safeJoin(dir: string, relative: string): string | undefined {
  const full = path.resolve(dir, relative);
  return full.startsWith(path.resolve(dir) + path.sep) ? full : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (err) {
    return err as Error;
  }
}

/** Fixed timestamp so the same inputs give a byte-identical zip. */
const ZIP_DATE = new Date(Date.UTC(2020, 0, 1));

/** Zips the package files (paths as in the manifest) into a Buffer. */
export async function zipPackage(files: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, bytes] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    zip.file(name, bytes, { date: ZIP_DATE });
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
