/**
 * The load benchmark's organization: a generated catalog of 10,000 plausible courses in English and
 * French (deterministic seed) written to a temporary folder, with a registry naming the shared
 * fixture tenant, the generated catalog and the published privacy policy (read in place from
 * `../shared`).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHARED_POLICY } from "./paths";
import { seeded } from "../seeded-random";

export const BENCH_TENANT = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";

const TOPICS = {
  en: ["GDPR", "Leadership", "Cybersecurity", "Phishing", "Agile", "Project Management", "Public Speaking", "Excel", "Onboarding", "Negotiation", "Customer Service", "Time Management", "Well-being", "Feedback", "Remote Work", "Coaching", "Data Analysis", "Ethics", "Accessibility", "Python"],
  fr: ["RGPD", "Leadership", "Cybersécurité", "Hameçonnage", "Agilité", "Gestion de projet", "Prise de parole", "Excel", "Intégration", "Négociation", "Relation client", "Gestion du temps", "Bien-être", "Feedback", "Télétravail", "Coaching", "Analyse de données", "Éthique", "Accessibilité", "Python"],
} as const;
const TITLES = {
  en: ["{t} Essentials", "Introduction to {t}", "{t} for Managers", "Advanced {t}", "{t} in Practice"],
  fr: ["Les essentiels : {t}", "Introduction à {t}", "{t} pour les managers", "{t} avancé", "{t} en pratique"],
} as const;
const SENTENCE = {
  en: "Short videos, quizzes and case studies you can apply from the first day at work.",
  fr: "Des vidéos courtes, des quiz et des études de cas applicables dès le premier jour.",
} as const;

/** @returns `count` catalog entries (`{id, title, description, url, language, tags, durationMinutes}`). */
export function generateCatalog(count: number, seed = 2026): unknown[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const language = random() < 0.55 ? "en" : "fr";
    const topic = pick(TOPICS[language]);
    const id = `course-${i}`;
    return {
      id,
      title: pick(TITLES[language]).replace("{t}", topic),
      description: `${topic}. ${SENTENCE[language]}`,
      url: `https://example.learning.test/courses/${id}`,
      language,
      tags: [topic.toLowerCase(), pick(TOPICS[language]).toLowerCase()],
      durationMinutes: 10 + Math.floor(random() * 170),
      ...(random() < 0.005 ? { featured: true } : {}),
    };
  });
}

/** Writes catalog and registry to a new temporary folder. @returns the registry file path. */
export function writeBenchRegistry(courses = 10_000): string {
  const dir = mkdtempSync(join(tmpdir(), "cc-bench-"));
  writeFileSync(join(dir, "catalog.json"), JSON.stringify(generateCatalog(courses)));
  const registry = {
    tenants: [{
      tenantId: BENCH_TENANT, name: "Bench Learning Corp", platformUrl: "https://example.learning.test", defaultLanguage: "en",
      catalogFile: "catalog.json", policyFiles: { en: SHARED_POLICY }, policyUrl: "https://example.learning.test/privacy",
    }],
  };
  writeFileSync(join(dir, "tenants.json"), JSON.stringify(registry));
  return join(dir, "tenants.json");
}
