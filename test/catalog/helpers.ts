/** Builders for catalog tests: one course from a few fields, and seeded generated catalogs. */
import type { Course } from "../../src/catalog";

let counter = 0;

/** A valid course; `id` and `url` are derived from the title unless given. */
export function course(fields: Partial<Course> & { title: string }): Course {
  counter += 1;
  const id = fields.id ?? `${fields.title.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${counter}`;
  return {
    id,
    description: fields.description ?? "A short course.",
    url: fields.url ?? `https://platform.test/courses/${id}`,
    language: fields.language ?? "en",
    tags: fields.tags ?? [],
    ...fields,
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ka", "lo", "mi", "nu", "ra", "te", "vo", "zi", "pa", "qu", "so", "be", "do", "fi", "gu", "ho"];

/** A made-up word of 2–4 syllables: never a vocabulary term, so generated courses are neutral noise. */
export function madeUpWord(random: () => number): string {
  const n = 2 + Math.floor(random() * 3);
  let word = "";
  for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word;
}

function words(random: () => number, n: number): string {
  return Array.from({ length: n }, () => madeUpWord(random)).join(" ");
}

/**
 * `count` courses of made-up words, in both languages, a few featured.
 * @param seed the same seed gives the same catalog.
 */
export function generatedCatalog(count: number, seed: number): Course[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const title = words(random, 2 + Math.floor(random() * 4));
    return {
      id: `gen-${seed}-${i}`,
      title: title[0].toUpperCase() + title.slice(1),
      description: words(random, 8 + Math.floor(random() * 12)),
      url: `https://platform.test/courses/gen-${seed}-${i}`,
      language: random() < 0.5 ? "en" : "fr",
      tags: Array.from({ length: Math.floor(random() * 4) }, () => madeUpWord(random)),
      durationMinutes: 5 + Math.floor(random() * 120),
      ...(random() < 0.05 ? { featured: true } : {}),
    } satisfies Course;
  });
}

/** `courses` placed at seeded positions among `noise` generated courses. */
export function hideAmong(courses: Course[], noise: number, seed: number): Course[] {
  const random = seeded(seed + 1);
  const all = generatedCatalog(noise, seed);
  for (const c of courses) all.splice(Math.floor(random() * (all.length + 1)), 0, c);
  return all;
}
