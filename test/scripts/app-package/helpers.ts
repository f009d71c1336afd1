/**
 * Test helpers for the app-package scripts: the shipped package resolved for an environment, and
 * temporary copies of the project's appPackage/ and env/ folders that a test may break.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadEnvironment } from "../../../scripts/app-package/env-file";
import { buildAppPackage, type BuildResult } from "../../../scripts/app-package/package-app";
import type { Problem } from "../../../scripts/app-package/problems";

/** Repository root. */
export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const APP_PACKAGE_DIR = path.join(ROOT, "appPackage");

/** Builds the shipped package for `envName` from the committed env file (no process environment). */
export async function buildShipped(envName = "dev", extra: Record<string, string> = {}): Promise<BuildResult> {
  const loaded = loadEnvironment(ROOT, envName);
  return buildAppPackage({ appPackageDir: APP_PACKAGE_DIR, env: { ...loaded.values, ...extra }, envSource: `env/.env.${envName}` });
}

/** A deep copy of the shipped manifest resolved for `envName`, for tests to break. */
export async function shippedManifest(envName = "dev"): Promise<Record<string, any>> {
  const result = await buildShipped(envName);
  return JSON.parse(JSON.stringify(result.manifest)) as Record<string, any>;
}

/** Copies appPackage/ (without build/) and env/ into a fresh temporary project root. */
export function tempProject(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "app-package-"));
  fs.cpSync(APP_PACKAGE_DIR, path.join(root, "appPackage"), {
    recursive: true,
    filter: (src) => !src.split(path.sep).includes("build"),
  });
  fs.cpSync(path.join(ROOT, "env"), path.join(root, "env"), {
    recursive: true,
    filter: (src) => !src.endsWith(".user"),
  });
  return root;
}

/** Reads, edits and writes back a JSON file of a temporary project. */
export function editJson(file: string, edit: (json: any) => void): void {
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
}

/** Fields of the problems, as `file field` strings, for compact assertions. */
export function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.file} ${p.field}`.trim());
}
