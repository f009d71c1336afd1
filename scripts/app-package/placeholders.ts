/**
 * Teams Toolkit placeholders: `${{VAR}}` in the manifest and localization files, filled from `env/.env.<env>`.
 *
 * Same syntax as the Toolkit's `teamsApp/zipAppPackage`. Stricter on one point: a placeholder whose
 * variable is missing *or empty* is reported, because an empty id or URL is never what an admin wants;
 * variables in {@link MAY_BE_EMPTY} are the exception (the Toolkit leaves `APP_NAME_SUFFIX` empty in production).
 */
import { problem, type Problem } from "./problems";
import { formatPath, isObject, type PathSegment } from "./json-path";

/** Matches `${{NAME}}`, with optional spaces inside the braces. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Variables that may legitimately resolve to an empty string. */
export const MAY_BE_EMPTY: ReadonlySet<string> = new Set(["APP_NAME_SUFFIX"]);

/** Environment values by variable name. */
export type EnvValues = Readonly<Record<string, string | undefined>>;

/** Where the values come from, for messages, e.g. `env/.env.dev`. */
export interface ResolveOptions {
  env: EnvValues;
  /** Package file being resolved, e.g. `manifest.json`. */
  file: string;
  /** Human name of the env file, e.g. `env/.env.dev`. */
  envSource: string;
}

/** A resolved JSON document and what could not be resolved. */
export interface Resolved<T> {
  value: T;
  problems: Problem[];
  /** Variable names used, resolved or not. */
  used: Set<string>;
}

/**
 * Replaces every placeholder in every string of a JSON document (keys are left alone).
 * Never throws; unresolved placeholders stay in the output and are reported, one problem per field and variable.
 */
export function resolvePlaceholders<T>(document: T, options: ResolveOptions): Resolved<T> {
  const problems: Problem[] = [];
  const used = new Set<string>();
  const walk = (value: unknown, segments: PathSegment[]): unknown => {
    if (typeof value === "string") return resolveString(value, segments, options, problems, used);
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...segments, i]));
    if (isObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...segments, k])]));
    }
    return value;
  };
  return { value: walk(document, []) as T, problems, used };
}

function resolveString(
  text: string,
  segments: PathSegment[],
  options: ResolveOptions,
  problems: Problem[],
  used: Set<string>,
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    used.add(name);
    const value = options.env[name];
    const field = formatPath(segments);
    if (name.startsWith("SECRET_")) {
      problems.push(secretProblem(options.file, field, name));
      return whole;
    }
    if (value === undefined || (value === "" && !MAY_BE_EMPTY.has(name))) {
      problems.push(unresolvedProblem(options, field, name, value === undefined));
      return whole;
    }
    return value;
  });
}

function unresolvedProblem(options: ResolveOptions, field: string, name: string, missing: boolean): Problem {
  const state = missing ? "is not defined" : "is empty";
  return problem(
    options.file,
    field,
    `placeholder \${{${name}}} is left unresolved: ${name} ${state} in ${options.envSource}.`,
    `set ${name} in ${options.envSource} (provision writes the ids and domains; see docs/admins.md).`,
  );
}

function secretProblem(file: string, field: string, name: string): Problem {
  return problem(
    file,
    field,
    `placeholder \${{${name}}} would put a secret into the app package, which every user can download.`,
    `remove the reference; secrets belong in the server settings only.`,
  );
}

/** Lists the variable names a text refers to, e.g. for consistency tests of yml and parameter files. */
export function placeholderNames(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1]));
}
