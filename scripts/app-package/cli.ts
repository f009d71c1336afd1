/**
 * `npm run package -- --env <name>`: builds `appPackage/build/appPackage.<name>.zip` from `appPackage/`
 * and `env/.env.<name>` (+ `.user`), after checking it offline. Prints each check; on any problem prints
 * one line per problem (file, field, what is wrong, the fix) and exits with code 1 without writing the zip.
 * Also writes `appPackage/build/manifest.<name>.json`, the resolved manifest, as the Toolkit's zipAppPackage does.
 *
 * Options: `--env <name>` (required), `--root <dir>` (project root, default: this repository).
 * Variables set in the process environment override the env files (the Toolkit passes them that way).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { EnvironmentError, loadEnvironment } from "./env-file";
import { allProblems, buildAppPackage, zipPackage, type BuildResult } from "./package-app";
import { placeholderNames } from "./placeholders";
import { formatProblem } from "./problems";

/** Exit codes: 0 written, 1 problems found, 2 bad usage or unreadable input. */
export async function run(argv: string[], processEnv: NodeJS.ProcessEnv, out = console.log, err = console.error): Promise<number> {
  let options: { env?: string; root?: string };
  try {
    options = parseArgs({ args: argv, options: { env: { type: "string" }, root: { type: "string" } } }).values;
  } catch (e) {
    err(`package: ${(e as Error).message}. Usage: npm run package -- --env <name>`);
    return 2;
  }
  if (!options.env) {
    err("package: --env is required. Usage: npm run package -- --env dev");
    return 2;
  }
  const root = path.resolve(options.root ?? path.join(__dirname, "..", ".."));
  const appPackageDir = path.join(root, "appPackage");
  try {
    const referenced = templateVariables(appPackageDir);
    const loaded = loadEnvironment(root, options.env, processEnv, referenced);
    const envSource = loaded.files.join(" + ");
    out(`Building the Teams app package for "${loaded.name}" from appPackage/ and ${envSource}`);
    if (loaded.fromProcess.length) out(`  values from the process environment: ${loaded.fromProcess.join(", ")}`);
    const result = await buildAppPackage({ appPackageDir, env: loaded.values, envSource });
    return await report(result, root, loaded.name, out, err);
  } catch (e) {
    err(`package: ${e instanceof EnvironmentError ? e.message : `cannot build the package: ${(e as Error).message}`}`);
    return 2;
  }
}

async function report(result: BuildResult, root: string, name: string, out: typeof console.log, err: typeof console.error): Promise<number> {
  for (const check of result.checks) {
    const mark = check.problems.length === 0 ? "ok  " : "FAIL";
    out(`  ${mark} ${check.name}: ${check.problems.length === 0 ? check.detail : `${check.problems.length} problem(s)`}`);
  }
  const problems = allProblems(result);
  if (problems.length > 0) {
    err(`${problems.length} problem(s); no package written:`);
    for (const p of problems) err(formatProblem(p));
    return 1;
  }
  const buildDir = path.join(root, "appPackage", "build");
  fs.mkdirSync(buildDir, { recursive: true });
  const zipPath = path.join(buildDir, `appPackage.${name}.zip`);
  fs.writeFileSync(zipPath, await zipPackage(result.files));
  fs.writeFileSync(path.join(buildDir, `manifest.${name}.json`), result.files.get("manifest.json") ?? "");
  out(`Wrote ${path.relative(root, zipPath)}: ${[...result.files.keys()].sort().join(", ")}`);
  return 0;
}

/** Variable names the templates in appPackage/ refer to (so process-environment values for them apply). */
function templateVariables(dir: string): Set<string> {
  const names = new Set<string>();
  if (!fs.existsSync(dir)) return names;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    placeholderNames(fs.readFileSync(path.join(dir, file), "utf8")).forEach((n) => names.add(n));
  }
  return names;
}

if (require.main === module) {
  run(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`package: unexpected error: ${e instanceof Error ? e.stack : String(e)}`);
      process.exitCode = 2;
    },
  );
}
