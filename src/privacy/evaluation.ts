/**
 * Measuring the engine on a question file (JSON Lines, one `{"id", "lang", "question", "accept"}`
 * a line; `accept` lists the headings that answer it, empty when the policy does not cover it):
 * top-1 accuracy on in-scope questions, share of out-of-scope questions declined, share of in-scope
 * questions wrongly declined, and latency, per question language.
 * Format: ../shared/README.md ("eval/"); used by scripts/eval-privacy.ts and the tests.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { isLang, type Lang } from "../i18n/language";
import { headingWithoutNumber } from "./blocks";
import { PolicyError } from "./policy-error";
import type { PolicyDocument } from "./types";

/** One evaluation question. */
export interface EvalQuestion {
  id: string;
  lang: Lang;
  question: string;
  /** Headings that count as a right answer (leading list number ignored); empty = should decline. */
  accept: string[];
}

/** Anything that answers questions (the engine, the baseline). */
export interface Answerer {
  answer(question: string, lang: Lang): { answered: boolean; heading?: string; score?: number };
}

/** Outcome of one question. */
export interface QuestionResult {
  question: EvalQuestion;
  answered: boolean;
  heading?: string;
  score?: number;
  correct: boolean;
  /** Times of the timed answer calls, in milliseconds (one per repeat). */
  ms: number[];
}

/** Figures for one question language. */
export interface LangMetrics {
  inScope: number;
  top1: number;
  outOfScope: number;
  declined: number;
  wronglyDeclined: number;
  p50Ms: number;
  p99Ms: number;
}

/** Targets of issue 3: at least 95 % top-1 in scope, at least 90 % of out-of-scope questions declined. */
export const TARGETS = { top1: 0.95, declined: 0.9 } as const;

function parseLine(line: string, where: string): EvalQuestion {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new PolicyError(where, "is not valid JSON");
  }
  const q = value as Record<string, unknown>;
  if (typeof q?.id !== "string") throw new PolicyError(where, 'field "id" must be a string');
  if (!isLang(q.lang)) throw new PolicyError(where, 'field "lang" must be "en" or "fr"');
  if (typeof q.question !== "string" || !q.question.trim()) throw new PolicyError(where, 'field "question" must be a non-empty string');
  if (!Array.isArray(q.accept) || !q.accept.every((a) => typeof a === "string")) throw new PolicyError(where, 'field "accept" must be an array of headings');
  return { id: q.id, lang: q.lang, question: q.question, accept: q.accept as string[] };
}

/** Reads a question file; errors name the file, the line and the field. */
export function loadQuestions(path: string): EvalQuestion[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new PolicyError(path, "question file not found or unreadable", { cause: err });
  }
  const questions = text.split(/\r?\n/).flatMap((line, i) => (line.trim() ? [parseLine(line, `${path}:${i + 1}`)] : []));
  if (questions.length === 0) throw new PolicyError(path, "holds no questions");
  return questions;
}

/** True when `heading` is one of `accept`, list numbers and spacing ignored. */
export function isAccepted(heading: string | undefined, accept: readonly string[]): boolean {
  if (heading === undefined) return false;
  const wanted = headingWithoutNumber(heading);
  return accept.some((a) => headingWithoutNumber(a) === wanted);
}

/** `accept` headings that match no section of `doc` (a question file written for another policy). */
export function unknownAcceptHeadings(doc: PolicyDocument, questions: readonly EvalQuestion[]): string[] {
  const headings = new Set(doc.sections.map((s) => headingWithoutNumber(s.heading)));
  return [...new Set(questions.flatMap((q) => q.accept))].filter((a) => !headings.has(headingWithoutNumber(a)));
}

/** Timed answers per question: the latency figures then rest on hundreds of calls, not a few dozen. */
export const TIMED_REPEATS = 20;

/**
 * Answers every question once untimed (warm-up, as a running bot is warm), then
 * {@link TIMED_REPEATS} times timed; the outcome is the same each time (the engine is deterministic).
 */
export function runQuestions(answerer: Answerer, questions: readonly EvalQuestion[], repeats = TIMED_REPEATS): QuestionResult[] {
  const first = questions.map((q) => answerer.answer(q.question, q.lang));
  const ms = questions.map(() => [] as number[]);
  for (let round = 0; round < repeats; round += 1) {
    questions.forEach((q, i) => {
      const start = performance.now();
      answerer.answer(q.question, q.lang);
      ms[i].push(performance.now() - start);
    });
  }
  return questions.map((q, i) => {
    const a = first[i];
    const correct = q.accept.length === 0 ? !a.answered : a.answered && isAccepted(a.heading, q.accept);
    return { question: q, answered: a.answered, heading: a.heading, score: a.score, correct, ms: ms[i] };
  });
}

/** Nearest-rank percentile of `values` (p in 0–1); 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Figures of the results in `lang`. */
export function summarize(results: readonly QuestionResult[], lang: Lang): LangMetrics {
  const mine = results.filter((r) => r.question.lang === lang);
  const inScope = mine.filter((r) => r.question.accept.length > 0);
  const outOfScope = mine.filter((r) => r.question.accept.length === 0);
  const ms = mine.flatMap((r) => r.ms);
  return {
    inScope: inScope.length,
    top1: inScope.filter((r) => r.correct).length,
    outOfScope: outOfScope.length,
    declined: outOfScope.filter((r) => !r.answered).length,
    wronglyDeclined: inScope.filter((r) => !r.answered).length,
    p50Ms: percentile(ms, 0.5),
    p99Ms: percentile(ms, 0.99),
  };
}

/** True when `m` meets {@link TARGETS} (a language without questions of a kind passes that target). */
export function meetsTargets(m: LangMetrics): boolean {
  const top1Ok = m.inScope === 0 || m.top1 / m.inScope >= TARGETS.top1;
  const declinedOk = m.outOfScope === 0 || m.declined / m.outOfScope >= TARGETS.declined;
  return top1Ok && declinedOk;
}
