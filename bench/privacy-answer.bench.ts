/**
 * Privacy answer benchmark (issue 3 targets: answer p99 < 5 ms in-process for a policy of about 20
 * sections; index built at start-up in < 200 ms).
 *
 * For each policy (the published one, 24 sections; the demo one, 17 sections): parse + index time
 * of the first build in the process (cold: module-level vocabulary and JIT included) and the
 * median of later builds, then answers to the evaluation questions (in scope, out of scope,
 * French, typos) cycled ROUNDS times, each timed with performance.now().
 *
 * Run: `npx tsx bench/privacy-answer.bench.ts [rounds]` (default 60 rounds ≈ 4,000 answers per policy).
 * Exit code 1 when a target is missed.
 */
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { Lang } from "../src/i18n/language";
import { createPolicyEngine, loadPolicyFile, type PolicyDocument } from "../src/privacy";
import { loadQuestions, percentile } from "../src/privacy/evaluation";

const ROUNDS = Number(process.argv[2] ?? 60);
const TARGET_P99_MS = 5;
const TARGET_BUILD_MS = 200;
const ROOT = resolve(__dirname, "..");
const FIXTURES = resolve(ROOT, "test/privacy/fixtures");

const POLICIES: [string, string, Lang, string[]][] = [
  ["published policy (txt)", resolve(ROOT, "../shared/fixtures/policy/coorpacademy-privacy-policy.txt"), "en",
    [resolve(ROOT, "../shared/eval/privacy-qa.dev.jsonl"), resolve(FIXTURES, "coorpacademy-heldout-qa.jsonl"), resolve(FIXTURES, "near-miss-qa.jsonl")]],
  ["demo policy (md)", resolve(ROOT, "data/demo/privacy-policy.en.md"), "en", [resolve(FIXTURES, "demo-qa.jsonl")]],
];

function timeBuilds(path: string, lang: Lang): { cold: number; warmMedian: number; doc: PolicyDocument } {
  let start = performance.now();
  const doc = loadPolicyFile(path, lang);
  createPolicyEngine(doc);
  const cold = performance.now() - start;
  const warm: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    start = performance.now();
    createPolicyEngine(loadPolicyFile(path, lang));
    warm.push(performance.now() - start);
  }
  return { cold, warmMedian: percentile(warm, 0.5), doc };
}

function timeAnswers(doc: PolicyDocument, questionFiles: string[]): { first: number; times: number[] } {
  const engine = createPolicyEngine(doc);
  const questions = questionFiles.flatMap(loadQuestions);
  let start = performance.now();
  engine.answer(questions[0].question, questions[0].lang);
  const first = performance.now() - start;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const q of questions) {
      start = performance.now();
      engine.answer(q.question, q.lang);
      times.push(performance.now() - start);
    }
  }
  return { first, times };
}

let ok = true;
for (const [name, path, lang, questionFiles] of POLICIES) {
  const build = timeBuilds(path, lang);
  const { first, times } = timeAnswers(build.doc, questionFiles);
  const p = (q: number) => percentile(times, q).toFixed(3);
  const withText = build.doc.sections.filter((s) => s.passages.length > 0).length;
  console.log(`${name}: ${build.doc.sections.length} sections (${withText} with text)`);
  console.log(`  parse + index: first ${build.cold.toFixed(1)} ms (cold), then median ${build.warmMedian.toFixed(1)} ms (target < ${TARGET_BUILD_MS} ms)`);
  console.log(`  answer: ${times.length} answers, first ${first.toFixed(2)} ms, p50 ${p(0.5)} ms, p90 ${p(0.9)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms (target p99 < ${TARGET_P99_MS} ms)`);
  ok &&= build.cold < TARGET_BUILD_MS && percentile(times, 0.99) < TARGET_P99_MS;
}
console.log(ok ? "Targets met" : "Targets MISSED");
process.exitCode = ok ? 0 : 1;
