/**
 * The two operator commands, run as a person runs them (tsx child processes):
 * `npm run eval:privacy` and `npm run policy:check`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const FIXTURES = resolve(__dirname, "fixtures");
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [require.resolve("tsx/cli"), join(ROOT, "scripts", script), ...args], { cwd: ROOT, encoding: "utf8" });

describe("eval-privacy script", () => {
  it("prints engine and baseline rows per language and exits 0 on the dev set", () => {
    const result = run("eval-privacy.ts", []);
    expect(result.status).toBe(0);
    for (const row of ["| engine | en |", "| engine | fr |", "| baseline (MiniSearch BM25 defaults) | en |", "| baseline (MiniSearch BM25 defaults) | fr |"]) {
      expect(result.stdout).toContain(row);
    }
    expect(result.stdout).toContain("revision date 04/06/2021");
    expect(result.stdout).toMatch(/Targets .*: met/);
  });

  it("runs on another policy and question file, and exits 1 when the engine misses the targets", () => {
    const dir = mkdtempSync(join(tmpdir(), "eval-script-"));
    const questions = join(dir, "wrong.jsonl");
    writeFileSync(questions, '{"id":"w1","lang":"en","question":"How long do you keep my data?","accept":["Cookies"]}\n');
    const result = run("eval-privacy.ts", ["--eval", questions, "--policy", join(FIXTURES, "fabrikam-privacy-notice.md")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('w1 [en] "How long do you keep my data?": expected "Cookies", answered "5. Retention periods"');
    expect(result.stdout).toContain("MISSED in en");
  });

  it("exits 2 with a message naming the file when a file is unusable", () => {
    const result = run("eval-privacy.ts", ["--policy", join(FIXTURES, "missing.md")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${join(FIXTURES, "missing.md")}: policy file not found`);
  });
});

describe("policy-check script", () => {
  it("prints the sections and the revision date of an HTML policy, detecting French", () => {
    const result = run("policy-check.ts", [join(FIXTURES, "contoso-politique-confidentialite.html")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("html, fr, 17 sections");
    expect(result.stdout).toContain("Revision date: 3 février 2025");
    expect(result.stdout).toMatch(/Durée de conservation/);
  });

  it("names a file without structure and exits 1", () => {
    const flat = join(mkdtempSync(join(tmpdir(), "check-")), "flat.txt");
    writeFileSync(flat, "just a sentence without any heading.\n");
    const result = run("policy-check.ts", [flat]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${flat}: no recognizable structure`);
  });

  it("prints its usage without a file", () => {
    const result = run("policy-check.ts", []);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage: npm run policy:check");
  });
});
