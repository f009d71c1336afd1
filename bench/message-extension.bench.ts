/**
 * Search message extension benchmark: how long the app takes to answer one `composeExtension/query`
 * in-process (paging and course choice in sharing/extensionSearch, then every result's Adaptive course
 * card and thumbnail preview, then the response JSON), for a generated 10,000-course catalog.
 * Teams gives a message extension 5 s; the target here is p99 < 50 ms. Network, Bot Framework
 * authentication and restify are not included (they do not depend on the catalog).
 *
 * Run: `npm run bench:me` (or `npx tsx bench/message-extension.bench.ts [courses] [queries] [seed]`).
 * Exit code 1 when p99 misses the target.
 */
import { createCourseIndex, type Course } from "../src/catalog";
import { composeResult, courseAttachment } from "../src/bot/message-extension";
import type { Lang } from "../src/i18n/language";
import { extensionSearch, type ExtensionSearchRequest } from "../src/sharing";
import { seeded } from "./seeded-random";

const COURSES = Number(process.argv[2] ?? 10_000);
const QUERIES = Number(process.argv[3] ?? 2_000);
const SEED = Number(process.argv[4] ?? 6);
const WARM_UP = 200;
const TARGET_P99_MS = 50;

const random = seeded(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const TOPICS: Record<Lang, string[]> = {
  en: ["GDPR", "Leadership", "Cybersecurity", "Phishing", "Agile", "Project Management", "Public Speaking", "Excel", "Onboarding", "Negotiation", "Customer Service", "Time Management", "Well-being", "Feedback", "Remote Work", "Coaching", "Data Analysis", "Ethics", "Accessibility", "Python"],
  fr: ["RGPD", "Leadership", "Cybersécurité", "Hameçonnage", "Agilité", "Gestion de projet", "Prise de parole", "Excel", "Intégration", "Négociation", "Relation client", "Gestion du temps", "Bien-être", "Feedback", "Télétravail", "Coaching", "Analyse de données", "Éthique", "Accessibilité", "Python"],
};
const TITLES: Record<Lang, string[]> = {
  en: ["{t} Essentials", "Introduction to {t}", "{t} for Managers", "Advanced {t}", "{t} in Practice"],
  fr: ["Les essentiels : {t}", "Introduction à {t}", "{t} pour les managers", "{t} avancé", "{t} en pratique"],
};
const SENTENCE: Record<Lang, string> = {
  en: "Short videos, quizzes and case studies you can apply from the first day at work.",
  fr: "Des vidéos courtes, des quiz et des études de cas applicables dès le premier jour.",
};

function generateCourse(i: number): Course {
  const language: Lang = random() < 0.55 ? "en" : "fr";
  const topic = pick(TOPICS[language]);
  const id = `course-${i}`;
  return {
    id,
    title: pick(TITLES[language]).replace("{t}", topic),
    description: `${topic}. ${SENTENCE[language]} ${SENTENCE[language]}`,
    url: `https://learning.bench.test/courses/${id}`,
    language,
    tags: [topic.toLowerCase(), pick(TOPICS[language]).toLowerCase()],
    durationMinutes: 10 + Math.floor(random() * 170),
    ...(random() < 0.5 ? { thumbnailUrl: `https://learning.bench.test/images/${id}.png` } : {}),
    ...(random() < 0.005 ? { featured: true } : {}),
  };
}

const WORDS = ["gdpr", "rgpd", "leadership", "security", "excel", "agile", "negotiation", "feedback", "onboarding", "python", "coaching", "télétravail"];
const PHRASES = ["gdpr for managers", "introduction to leadership", "gestion du temps", "prise de parole en public", "data analysis in practice"];

/** One request of the mix, as Teams sends them while a person opens the flyout and types. */
function nextRequest(): { kind: string; request: ExtensionSearchRequest } {
  const lang: Lang = random() < 0.6 ? "en" : "fr";
  const base = { initialRun: false, skip: random() < 0.1 ? 25 : 0, count: 25, lang };
  const r = random();
  if (r < 0.15) return { kind: "initial run", request: { ...base, query: "", initialRun: true, skip: 0 } };
  if (r < 0.35) {
    const word = pick(WORDS);
    return { kind: "typing prefix", request: { ...base, query: word.slice(0, 1 + Math.floor(random() * (word.length - 1))) } };
  }
  if (r < 0.65) return { kind: "word", request: { ...base, query: pick(WORDS) } };
  if (r < 0.9) return { kind: "phrase", request: { ...base, query: pick(PHRASES) } };
  return { kind: "no match", request: { ...base, query: pick(["zzqxv", "quantum chromodynamics"]) } };
}

/** Time spent building cards and JSON (everything after the search), per answer, in ms. */
const cardTimes: number[] = [];

/** The in-process work of one composeExtension/query answer; returns the response size in bytes. */
function answer(catalog: ReturnType<typeof createCourseIndex>, request: ExtensionSearchRequest): number {
  const page = extensionSearch(catalog, request);
  const afterSearch = performance.now();
  const body = composeResult(page.courses.map((c) => courseAttachment(c, request.lang)));
  const bytes = Buffer.byteLength(JSON.stringify(body), "utf8");
  cardTimes.push(performance.now() - afterSearch);
  return bytes;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => n.toFixed(2);

function main(): void {
  const t0 = performance.now();
  const catalog = createCourseIndex(Array.from({ length: COURSES }, (_, i) => generateCourse(i)));
  console.log(`catalog: ${COURSES} courses indexed in ${ms(performance.now() - t0)} ms (seed ${SEED})`);
  for (let i = 0; i < WARM_UP; i++) answer(catalog, nextRequest().request);
  cardTimes.length = 0;
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  let maxBytes = 0;
  for (let i = 0; i < QUERIES; i++) {
    const { kind, request } = nextRequest();
    const start = performance.now();
    maxBytes = Math.max(maxBytes, answer(catalog, request));
    const elapsed = performance.now() - start;
    all.push(elapsed);
    byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
  }
  const report = (label: string, times: number[]) => {
    const s = [...times].sort((a, b) => a - b);
    console.log(`${label.padEnd(14)} n=${String(s.length).padStart(5)}  p50 ${ms(percentile(s, 50)).padStart(6)} ms  p95 ${ms(percentile(s, 95)).padStart(6)} ms  p99 ${ms(percentile(s, 99)).padStart(6)} ms  max ${ms(s[s.length - 1]).padStart(6)} ms`);
  };
  for (const [kind, times] of [...byKind.entries()].sort()) report(kind, times);
  report("all", all);
  report("cards + JSON", cardTimes);
  const p99 = percentile([...all].sort((a, b) => a - b), 99);
  console.log(`largest response: ${maxBytes} bytes; p99 ${ms(p99)} ms, target < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? "met" : "MISSED"}`);
  if (p99 >= TARGET_P99_MS) process.exitCode = 1;
}

main();
