/**
 * Reads a Toolkit environment: `env/.env.<name>` (committed) and `env/.env.<name>.user` (git-ignored,
 * holds `SECRET_` values), parsed with dotenv, the same format the Toolkit reads and writes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "dotenv";

/** The loaded values and where they came from. */
export interface LoadedEnvironment {
  name: string;
  values: Record<string, string>;
  /** Files read, relative to the project root, e.g. `["env/.env.dev"]`. */
  files: string[];
  /** Variables whose value came from the process environment instead of the files. */
  fromProcess: string[];
}

/** Thrown for an unusable environment name or a missing env file; the message names the file and the fix. */
export class EnvironmentError extends Error {}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Loads environment `name` from `<root>/env/`.
 *
 * Precedence, as when the Toolkit runs `cli/runNpmCommand`: `.env.<name>`, then `.env.<name>.user`,
 * then any variable of those files (or referenced by the templates) present in `processEnv`.
 * `TEAMSFX_ENV` defaults to `name`, as the Toolkit sets it.
 * @throws EnvironmentError when the name is not a plain word or `env/.env.<name>` does not exist.
 */
export function loadEnvironment(
  root: string,
  name: string,
  processEnv: Readonly<Record<string, string | undefined>> = {},
  overridable: Iterable<string> = [],
): LoadedEnvironment {
  if (!NAME.test(name)) {
    throw new EnvironmentError(`--env "${name}": use a plain environment name such as dev, local or playground.`);
  }
  const main = path.join("env", `.env.${name}`);
  if (!fs.existsSync(path.join(root, main))) {
    const known = listEnvironments(root);
    throw new EnvironmentError(
      `${main} not found. Fix: use one of ${known.length ? known.join(", ") : "(none)"} or create ${main}.`,
    );
  }
  const files = [main];
  const values: Record<string, string> = { TEAMSFX_ENV: name, ...readEnvFile(root, main) };
  const user = `${main}.user`;
  if (fs.existsSync(path.join(root, user))) {
    files.push(user);
    Object.assign(values, readEnvFile(root, user));
  }
  const fromProcess = overlay(values, processEnv, new Set([...Object.keys(values), ...overridable]));
  return { name, values, files, fromProcess };
}

/** Lists the environments that have an `env/.env.<name>` file. */
export function listEnvironments(root: string): string[] {
  const dir = path.join(root, "env");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((file) => /^\.env\.([A-Za-z0-9][A-Za-z0-9_-]*)$/.exec(file)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort();
}

function readEnvFile(root: string, file: string): Record<string, string> {
  try {
    return parse(fs.readFileSync(path.join(root, file)));
  } catch (err) {
    throw new EnvironmentError(`${file} cannot be read (${(err as Error).message}). Fix: check the file.`);
  }
}

function overlay(
  values: Record<string, string>,
  processEnv: Readonly<Record<string, string | undefined>>,
  names: Set<string>,
): string[] {
  const taken: string[] = [];
  for (const name of [...names].sort()) {
    const value = processEnv[name];
    if (value !== undefined && value !== values[name]) {
      values[name] = value;
      taken.push(name);
    }
  }
  return taken;
}
