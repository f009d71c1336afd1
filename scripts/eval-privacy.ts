/**
 * npm run eval:privacy [-- --eval <questions.jsonl> --policy <policy.txt|md|html> --policy-lang en|fr --verbose --calibrate]
 *
 * Runs a question file against a policy through the same engine the bot uses, next to the
 * plain-BM25 baseline, and prints per question language: top-1 accuracy in scope, out-of-scope
 * questions declined, in-scope questions wrongly declined, latency p50/p99.
 * Defaults: ../shared/eval/privacy-qa.dev.jsonl against ../shared/fixtures/policy/coorpacademy-privacy-policy.txt.
 * Exit code 1 when the engine misses the targets (≥ 95 % top-1, ≥ 90 % declined) in a language,
 * 2 on bad arguments or unusable files.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isLang, LANGUAGES, type Lang } from "../src/i18n/language";
import { createBaseline } from "../src/privacy/baseline";
import { createPolicyEngine } from "../src/privacy/engine";
import { confidenceMargin, formatMisses, formatTable, type ReportRow, thresholdSweep } from "../src/privacy/eval-report";
import { loadQuestions, meetsTargets, runQuestions, summarize, TARGETS, unknownAcceptHeadings } from "../src/privacy/evaluation";
import { guessPolicyLanguage, loadPolicyFile } from "../src/privacy/parse-policy";

const ROOT = resolve(__dirname, "..");
const DEFAULT_EVAL = resolve(ROOT, "../shared/eval/privacy-qa.dev.jsonl");
const DEFAULT_POLICY = resolve(ROOT, "../shared/fixtures/policy/coorpacademy-privacy-policy.txt");

function policyLanguage(path: string, given: string | undefined): Lang {
  if (given !== undefined) {
    if (!isLang(given)) throw new Error(`--policy-lang must be one of ${LANGUAGES.join(", ")}, got "${given}"`);
    return given;
  }
  return guessPolicyLanguage(path) ?? "en";
}

function main(): number {
  const { values } = parseArgs({
    options: {
      eval: { type: "string", default: DEFAULT_EVAL },
      policy: { type: "string", default: DEFAULT_POLICY },
      "policy-lang": { type: "string" },
      verbose: { type: "boolean", default: false },
      calibrate: { type: "boolean", default: false },
    },
  });
  const policyPath = resolve(values.policy);
  const doc = loadPolicyFile(policyPath, policyLanguage(policyPath, values["policy-lang"]));
  const questions = loadQuestions(resolve(values.eval));
  const passages = doc.sections.reduce((n, s) => n + s.passages.length, 0);
  console.log(`Policy: ${values.policy} (${doc.format}, ${doc.language}, ${doc.sections.length} sections, ${passages} passages, revision date ${doc.revisionDate ?? "not stated"})`);
  console.log(`Questions: ${values.eval} (${questions.length}: ${questions.filter((q) => q.accept.length).length} in scope, ${questions.filter((q) => !q.accept.length).length} out of scope)`);
  for (const heading of unknownAcceptHeadings(doc, questions)) console.warn(`warning: accepted heading not in the policy: ${JSON.stringify(heading)}`);

  const engine = runQuestions(createPolicyEngine(doc), questions);
  const baseline = runQuestions(createBaseline(doc), questions);
  const langs = LANGUAGES.filter((lang) => questions.some((q) => q.lang === lang));
  const rows: ReportRow[] = [
    ...langs.map((lang) => ({ system: "engine", lang, metrics: summarize(engine, lang) })),
    ...langs.map((lang) => ({ system: "baseline (MiniSearch BM25 defaults)", lang, metrics: summarize(baseline, lang) })),
  ];
  console.log(`\n${formatTable(rows)}\n`);
  const misses = formatMisses(engine);
  console.log(misses.length ? `Engine misses:\n${misses.join("\n")}` : "Engine misses: none");
  if (values.verbose) console.log(`Baseline misses:\n${formatMisses(baseline).join("\n")}`);
  if (values.calibrate) {
    const raw = runQuestions(createPolicyEngine(doc, { minCoverage: 0 }), questions);
    const { lowestRight, highestOutOfScope } = confidenceMargin(raw);
    console.log(`Confidence: lowest right in-scope answer ${lowestRight?.toFixed(2) ?? "n/a"}, highest out-of-scope ${highestOutOfScope?.toFixed(2) ?? "n/a"}`);
    console.log(`Threshold sweep (engine confidence):\n${thresholdSweep(raw, [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]).join("\n")}`);
  }
  const failing = rows.filter((r) => r.system === "engine" && !meetsTargets(r.metrics)).map((r) => r.lang);
  console.log(`\nTargets (top-1 >= ${TARGETS.top1 * 100}%, declined >= ${TARGETS.declined * 100}%): ${failing.length ? `MISSED in ${failing.join(", ")}` : "met"}`);
  return failing.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
}
