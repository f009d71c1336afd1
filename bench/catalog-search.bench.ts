/**
 * Course search benchmark: a generated 10,000-course catalog (deterministic seed), index build time,
 * then a few thousand mixed queries as the search message extension and the bot send them
 * (empty/initial run, one-letter prefixes while typing, whole words, typos, French, request phrases,
 * no match), timed one by one in-process. Teams gives a message extension 5 s to answer; the target
 * here is p99 < 50 ms.
 *
 * Run: `npm run bench:catalog` (or `npx tsx bench/catalog-search.bench.ts [courses] [queries] [seed]`).
 */
import { createCourseIndex, type Course } from "../src/catalog";
import { seeded } from "./seeded-random";

const COURSES = Number(process.argv[2] ?? 10_000);
const QUERIES = Number(process.argv[3] ?? 3_000);
const SEED = Number(process.argv[4] ?? 20_26);
const TARGET_P99_MS = 50;

const random = seeded(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const TOPICS = {
  en: ["GDPR", "Leadership", "Cybersecurity", "Phishing", "Agile", "Scrum", "Project Management", "Public Speaking", "Business Writing", "Excel", "Power BI", "Onboarding", "Diversity and Inclusion", "Sales", "Negotiation", "Customer Service", "Time Management", "Stress", "Well-being", "Feedback", "Remote Work", "Meetings", "Conflict Resolution", "Coaching", "Change Management", "Emotional Intelligence", "Generative AI", "Data Analysis", "Health and Safety", "Ethics", "Sustainability", "Recruiting", "Design Thinking", "Accessibility", "Budgeting", "Cloud Computing", "Python", "Marketing", "Supply Chain", "Accounting"],
  fr: ["RGPD", "Leadership", "Cybersécurité", "Hameçonnage", "Agilité", "Scrum", "Gestion de projet", "Prise de parole", "Rédaction professionnelle", "Excel", "Power BI", "Intégration", "Diversité et inclusion", "Vente", "Négociation", "Relation client", "Gestion du temps", "Stress", "Bien-être", "Feedback", "Télétravail", "Réunions", "Gestion des conflits", "Coaching", "Conduite du changement", "Intelligence émotionnelle", "IA générative", "Analyse de données", "Santé et sécurité au travail", "Éthique", "Développement durable", "Recrutement", "Design thinking", "Accessibilité", "Budget", "Cloud", "Python", "Marketing", "Logistique", "Comptabilité"],
} as const;
const TITLES = {
  en: ["{t} Essentials", "Introduction to {t}", "{t} for Managers", "Advanced {t}", "{t} in Practice", "{t}: First Steps", "Mastering {t}", "{t} for Teams"],
  fr: ["Les essentiels : {t}", "Introduction à {t}", "{t} pour les managers", "{t} avancé", "{t} en pratique", "{t} : premiers pas", "Maîtriser {t}", "{t} en équipe"],
} as const;
const SENTENCES = {
  en: ["Learn the key ideas with short videos and quizzes.", "Apply what you learn to real situations from your daily work.", "Practical tools you can use from the first day.", "Includes case studies, checklists and a final assessment.", "Designed for busy professionals who want clear answers.", "Understand the risks and the right reflexes.", "Build confidence with guided exercises.", "Share good practices with your colleagues."],
  fr: ["Découvrez les notions clés avec des vidéos courtes et des quiz.", "Appliquez les acquis à des situations réelles du quotidien.", "Des outils pratiques utilisables dès le premier jour.", "Études de cas, fiches pratiques et évaluation finale.", "Conçu pour les professionnels pressés qui veulent des réponses claires.", "Comprendre les risques et adopter les bons réflexes.", "Gagnez en aisance grâce à des exercices guidés.", "Partagez les bonnes pratiques avec vos collègues."],
} as const;

function generateCourse(i: number): Course {
  const language = random() < 0.55 ? "en" : "fr";
  const topic = pick(TOPICS[language]);
  const title = pick(TITLES[language]).replace("{t}", topic);
  const description = [topic + ".", pick(SENTENCES[language]), pick(SENTENCES[language])].join(" ");
  const tags = [topic.toLowerCase(), pick(TOPICS[language]).toLowerCase()];
  const id = `course-${i}`;
  return { id, title, description, url: `https://learning.bench.test/courses/${id}`, language, tags, durationMinutes: 10 + Math.floor(random() * 170), ...(random() < 0.002 ? { featured: true } : {}) };
}

const WORDS = ["gdpr", "rgpd", "leadership", "security", "sécurité", "excel", "agile", "management", "negotiation", "vente", "feedback", "stress", "onboarding", "python", "marketing", "budget", "coaching", "réunions"];
const TYPOS = ["leadrship", "securty", "negociaton", "onbording", "markting", "coachng", "managment", "acessibility"];
const PHRASES = ["courses gdpr", "find a course on leadership", "je cherche une formation sur le RGPD", "formation gestion du temps", "public speaking for managers", "prise de parole en public", "intelligence artificielle", "data protection", "excel pivot tables", "how to run better meetings"];
const NO_MATCH = ["weather", "zzzz", "quantum chromodynamics", "recette de cuisine"];

/** One query of the mix, with its kind for the per-kind report. */
function nextQuery(): { kind: string; query: string } {
  const r = random();
  if (r < 0.1) return { kind: "empty", query: pick(["", " ", "courses"]) };
  if (r < 0.25) return { kind: "1-letter prefix", query: pick("abcdefghilmnoprstuvé".split("")) };
  if (r < 0.4) {
    const word = pick(WORDS);
    return { kind: "typing prefix", query: word.slice(0, 2 + Math.floor(random() * (word.length - 2))) };
  }
  if (r < 0.6) return { kind: "word", query: pick(WORDS) };
  if (r < 0.72) return { kind: "typo", query: pick(TYPOS) };
  if (r < 0.92) return { kind: "phrase", query: pick(PHRASES) };
  return { kind: "no match", query: pick(NO_MATCH) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function main(): void {
  const courses = Array.from({ length: COURSES }, (_, i) => generateCourse(i));
  const t0 = performance.now();
  const index = createCourseIndex(courses);
  const buildMs = performance.now() - t0;

  const mix = Array.from({ length: QUERIES }, nextQuery);
  for (const { query } of mix.slice(0, 200)) index.search(query, { limit: 25 }); // warm-up (JIT), not timed

  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  let matched = 0;
  for (const { kind, query } of mix) {
    const skip = random() < 0.2 ? 25 : 0;
    const start = performance.now();
    const result = index.search(query, { skip, limit: 25, preferLanguage: random() < 0.5 ? "fr" : "en" });
    const ms = performance.now() - start;
    times.push(ms);
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    if (result.total > 0) matched += 1;
  }
  report(buildMs, times, byKind, matched);
}

function report(buildMs: number, times: number[], byKind: Map<string, number[]>, matched: number): void {
  const sorted = [...times].sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(2);
  console.log(`catalog-search: ${COURSES} courses (seed ${SEED}), ${times.length} queries, node ${process.version}`);
  console.log(`index build: ${fmt(buildMs)} ms`);
  console.log(`search: p50 ${fmt(percentile(sorted, 50))} ms, p95 ${fmt(percentile(sorted, 95))} ms, p99 ${fmt(percentile(sorted, 99))} ms, max ${fmt(sorted[sorted.length - 1])} ms; ${matched} queries with results`);
  for (const [kind, list] of [...byKind].sort()) {
    const s = [...list].sort((a, b) => a - b);
    console.log(`  ${kind.padEnd(16)} n=${String(s.length).padStart(4)}  p50 ${fmt(percentile(s, 50))} ms  p99 ${fmt(percentile(s, 99))} ms`);
  }
  const p99 = percentile(sorted, 99);
  console.log(p99 < TARGET_P99_MS ? `OK: p99 ${fmt(p99)} ms < ${TARGET_P99_MS} ms` : `FAIL: p99 ${fmt(p99)} ms >= ${TARGET_P99_MS} ms`);
  if (p99 >= TARGET_P99_MS) process.exitCode = 1;
}

main();
