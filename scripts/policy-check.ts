/**
 * npm run policy:check -- <policy.txt|md|html> [--lang en|fr]
 *
 * Prints the sections found (heading, level, passages, length) and the revision date, so an admin
 * sees how the document was understood before deploying it. The language defaults to the one the
 * document's function words show (English when unclear).
 * Exit code 1 when the file cannot be used (the message names the file), 2 on bad arguments.
 */
import { parseArgs } from "node:util";
import { isLang, type Lang } from "../src/i18n/language";
import { guessPolicyLanguage, loadPolicyFile } from "../src/privacy/parse-policy";
import { formatPolicyReport } from "../src/privacy/policy-report";

const USAGE = "usage: npm run policy:check -- <policy.txt|md|html> [--lang en|fr]";

function language(path: string, given: string | undefined): Lang {
  if (given === undefined) return guessPolicyLanguage(path) ?? "en";
  if (!isLang(given)) throw new UsageError(`--lang must be "en" or "fr", got "${given}"`);
  return given;
}

class UsageError extends Error {}

function main(): number {
  const { values, positionals } = parseArgs({ options: { lang: { type: "string" } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const [path] = positionals;
  console.log(formatPolicyReport(loadPolicyFile(path, language(path, values.lang))).join("\n"));
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? 2 : 1;
}
