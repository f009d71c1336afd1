/**
 * Text output of the evaluation: the side-by-side table (engine and baseline, per language),
 * the misses, and the threshold sweep used to calibrate the engine's confidence threshold.
 */
import type { Lang } from "../i18n/language";
import { isAccepted, type LangMetrics, type QuestionResult } from "./evaluation";

/** One row of the table. */
export interface ReportRow {
  system: string;
  lang: Lang;
  metrics: LangMetrics;
}

const share = (n: number, of: number) => (of === 0 ? "n/a" : `${n}/${of} ${((100 * n) / of).toFixed(1)}%`);

/** Markdown table of the rows (the same table docs/privacy-eval.md records). */
export function formatTable(rows: readonly ReportRow[]): string {
  const lines = [
    "| system | lang | top-1 in scope | out-of-scope declined | in-scope wrongly declined | p50 ms | p99 ms |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const { system, lang, metrics: m } of rows) {
    lines.push(`| ${system} | ${lang} | ${share(m.top1, m.inScope)} | ${share(m.declined, m.outOfScope)} | ` +
      `${share(m.wronglyDeclined, m.inScope)} | ${m.p50Ms.toFixed(3)} | ${m.p99Ms.toFixed(3)} |`);
  }
  return lines.join("\n");
}

/** One line per wrong result: id, question, what was expected and what came. */
export function formatMisses(results: readonly QuestionResult[]): string[] {
  return results.filter((r) => !r.correct).map((r) => {
    const expected = r.question.accept.length ? `expected ${JSON.stringify(r.question.accept[0])}` : "expected a decline";
    const got = r.answered ? `answered ${JSON.stringify(r.heading)}` : "declined";
    const score = r.score === undefined ? "" : ` (confidence ${r.score.toFixed(2)})`;
    return `  ${r.question.id} [${r.question.lang}] ${JSON.stringify(r.question.question)}: ${expected}, ${got}${score}`;
  });
}

/**
 * For results obtained with no threshold (every question answered), the outcome each threshold
 * would give: in-scope questions right and confident enough, out-of-scope questions below it.
 */
export function thresholdSweep(results: readonly QuestionResult[], thresholds: readonly number[]): string[] {
  const inScope = results.filter((r) => r.question.accept.length > 0);
  const outOfScope = results.filter((r) => r.question.accept.length === 0);
  return thresholds.map((t) => {
    const right = inScope.filter((r) => (r.score ?? 0) >= t && isAccepted(r.heading, r.question.accept)).length;
    const declined = outOfScope.filter((r) => (r.score ?? 0) < t).length;
    return `  threshold ${t.toFixed(2)}: top-1 ${share(right, inScope.length)}, declined ${share(declined, outOfScope.length)}`;
  });
}

/**
 * For results obtained with no threshold: the lowest confidence among in-scope questions answered
 * right, and the highest among out-of-scope ones; a threshold between the two separates them.
 */
export function confidenceMargin(results: readonly QuestionResult[]): { lowestRight?: number; highestOutOfScope?: number } {
  const right = results.filter((r) => r.question.accept.length > 0 && isAccepted(r.heading, r.question.accept)).map((r) => r.score ?? 0);
  const outside = results.filter((r) => r.question.accept.length === 0).map((r) => r.score ?? 0);
  return {
    ...(right.length ? { lowestRight: Math.min(...right) } : {}),
    ...(outside.length ? { highestOutOfScope: Math.max(...outside) } : {}),
  };
}
