import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { confidenceMargin, formatMisses, formatTable, thresholdSweep } from "../../src/privacy/eval-report";
import {
  type Answerer, type EvalQuestion, isAccepted, loadQuestions, meetsTargets, percentile, runQuestions, summarize, unknownAcceptHeadings,
} from "../../src/privacy/evaluation";
import { parsePolicy } from "../../src/privacy/parse-policy";

const dir = mkdtempSync(join(tmpdir(), "eval-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("loadQuestions", () => {
  it("reads one question a line, skipping blank lines", () => {
    const path = write("ok.jsonl", '{"id":"a","lang":"en","question":"q?","accept":["H"]}\n\n{"id":"b","lang":"fr","question":"q ?","accept":[]}\n');
    expect(loadQuestions(path)).toEqual([
      { id: "a", lang: "en", question: "q?", accept: ["H"] },
      { id: "b", lang: "fr", question: "q ?", accept: [] },
    ]);
  });

  it.each([
    ["{not json", "is not valid JSON"],
    ['{"lang":"en","question":"q","accept":[]}', 'field "id" must be a string'],
    ['{"id":"a","lang":"de","question":"q","accept":[]}', 'field "lang" must be "en" or "fr"'],
    ['{"id":"a","lang":"en","question":" ","accept":[]}', 'field "question" must be a non-empty string'],
    ['{"id":"a","lang":"en","question":"q","accept":"H"}', 'field "accept" must be an array of headings'],
  ])("names the file, line and field of %j", (line, problem) => {
    const path = write("bad.jsonl", `{"id":"x","lang":"en","question":"q","accept":[]}\n${line}\n`);
    expect(() => loadQuestions(path)).toThrow(`${path}:2: ${problem}`);
  });

  it("names a missing or empty file", () => {
    expect(() => loadQuestions(join(dir, "none.jsonl"))).toThrow(/none\.jsonl: question file not found/);
    expect(() => loadQuestions(write("empty.jsonl", "\n"))).toThrow(/empty\.jsonl: holds no questions/);
  });
});

describe("scoring", () => {
  it("accepts a heading with or without its list number", () => {
    expect(isAccepted("5. Limit Storage of Data", ["Limit Storage of Data"])).toBe(true);
    expect(isAccepted("Limit Storage of Data", ["5. Limit Storage of Data"])).toBe(true);
    expect(isAccepted("2.1 Information", ["Information"])).toBe(true);
    expect(isAccepted("Cookies", ["Our Cookie Policy"])).toBe(false);
    expect(isAccepted(undefined, ["Cookies"])).toBe(false);
  });

  it("computes nearest-rank percentiles", () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 0.99)).toBe(5);
    expect(percentile([], 0.5)).toBe(0);
  });

  const questions: EvalQuestion[] = [
    { id: "1", lang: "en", question: "cookies?", accept: ["Cookies"] },
    { id: "2", lang: "en", question: "rights?", accept: ["Rights"] },
    { id: "3", lang: "en", question: "weather?", accept: [] },
    { id: "4", lang: "fr", question: "météo ?", accept: [] },
  ];
  const answerer: Answerer = {
    answer: (q) => (q === "cookies?" ? { answered: true, heading: "1. Cookies", score: 0.9 } : { answered: false, score: 0.1 }),
  };
  const results = runQuestions(answerer, questions);

  it("counts top-1, declines and wrong declines per language", () => {
    expect(summarize(results, "en")).toMatchObject({ inScope: 2, top1: 1, outOfScope: 1, declined: 1, wronglyDeclined: 1 });
    expect(summarize(results, "fr")).toMatchObject({ inScope: 0, top1: 0, outOfScope: 1, declined: 1 });
    expect(summarize(results, "en").p99Ms).toBeGreaterThanOrEqual(0);
  });

  it("checks the targets, a language without questions of a kind passing that target", () => {
    expect(meetsTargets(summarize(results, "en"))).toBe(false);
    expect(meetsTargets(summarize(results, "fr"))).toBe(true);
  });

  it("reports misses, the table, the margin and the sweep", () => {
    expect(formatMisses(results)).toEqual(['  2 [en] "rights?": expected "Rights", declined (confidence 0.10)']);
    expect(formatTable([{ system: "engine", lang: "en", metrics: summarize(results, "en") }])).toContain("| engine | en | 1/2 50.0% | 1/1 100.0% | 1/2 50.0% |");
    expect(confidenceMargin(results)).toEqual({ lowestRight: 0.9, highestOutOfScope: 0.1 });
    expect(thresholdSweep(results, [0.5])).toEqual(["  threshold 0.50: top-1 1/2 50.0%, declined 2/2 100.0%"]);
  });

  it("finds accepted headings that are not in the policy", () => {
    const doc = parsePolicy("Cookies\n\nTwo.\n\n1. Rights\n\n    Many.", { format: "txt", language: "en", source: "t" });
    expect(unknownAcceptHeadings(doc, questions)).toEqual([]);
    expect(unknownAcceptHeadings(doc, [{ ...questions[0], accept: ["Contact"] }])).toEqual(["Contact"]);
  });
});
