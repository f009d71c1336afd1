import { join } from "node:path";
import fc from "fast-check";
import { createCourseIndex, loadCatalogFile, type Course } from "../../src/catalog";
import { DEFAULT_RESULTS, extensionSearch, MAX_RESULTS, pageOf } from "../../src/sharing";
import { REPO_ROOT } from "../helpers/paths";

const catalog = createCourseIndex(loadCatalogFile(join(REPO_ROOT, "test", "fixtures", "example-catalog.json")));
const ids = (courses: Course[]) => courses.map((c) => c.id);

/** A generated catalog of `n` courses, only the first `featured` of them featured. */
function generated(n: number, featured: number): Course[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    title: `Course number ${i}`,
    description: "Generated for paging tests.",
    url: `https://learning.example.org/courses/c${i}`,
    language: "en",
    tags: ["paging"],
    featured: i < featured,
  }));
}

describe("pageOf", () => {
  it("keeps sensible values and caps count at 25", () => {
    expect(pageOf(0, 25)).toEqual({ skip: 0, count: 25 });
    expect(pageOf(10, 5)).toEqual({ skip: 10, count: 5 });
    expect(pageOf(3.7, 100)).toEqual({ skip: 3, count: MAX_RESULTS });
  });

  it("falls back to skip 0 and the default count for anything else", () => {
    for (const [skip, count] of [[undefined, undefined], [-5, 0], ["10", "5"], [NaN, Infinity], [null, -1]] as const) {
      expect(pageOf(skip, count)).toEqual({ skip: 0, count: DEFAULT_RESULTS });
    }
  });

  it("always gives a whole skip ≥ 0 and a count in 1…25 (property)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (skip, count) => {
        const page = pageOf(skip, count);
        return Number.isInteger(page.skip) && page.skip >= 0 && Number.isInteger(page.count) && page.count >= 1 && page.count <= MAX_RESULTS;
      }),
    );
  });
});

describe("extensionSearch", () => {
  it("returns the featured courses on the initial run, whatever the query says", () => {
    const page = extensionSearch(catalog, { query: "gdpr", initialRun: true, skip: 0, count: 25, lang: "en" });
    expect(page.mode).toBe("featured");
    expect(page.courses.length).toBeGreaterThan(0);
    expect(page.courses.every((c) => c.featured)).toBe(true);
    expect(page.total).toBe(page.courses.length);
  });

  it("treats an empty or whitespace query like the initial run", () => {
    const featured = ids(extensionSearch(catalog, { query: "", initialRun: true, lang: "en" }).courses);
    for (const query of ["", "   ", "\u00a0\t\n"]) {
      const page = extensionSearch(catalog, { query, initialRun: false, lang: "en" });
      expect(page.mode).toBe("featured");
      expect(ids(page.courses)).toEqual(featured);
    }
  });

  it("puts featured courses in the reader's language first", () => {
    const fr = extensionSearch(catalog, { query: "", initialRun: true, lang: "fr" }).courses;
    expect(fr[0].language).toBe("fr");
    const en = extensionSearch(catalog, { query: "", initialRun: true, lang: "en" }).courses;
    expect(en[0].language).toBe("en");
  });

  it("finds the GDPR course for a typed query, best first", () => {
    const page = extensionSearch(catalog, { query: "gdpr", initialRun: false, skip: 0, count: 25, lang: "en" });
    expect(page.mode).toBe("search");
    expect(page.query).toBe("gdpr");
    expect(page.courses[0].id).toBe("impacts-of-gdpr");
    expect(page.total).toBeGreaterThanOrEqual(1);
  });

  it("returns an empty page for a query nothing matches", () => {
    const page = extensionSearch(catalog, { query: "zzqxv underwater basket weaving", initialRun: false, lang: "en" });
    expect(page).toMatchObject({ mode: "search", total: 0, courses: [] });
  });

  it("pages through search results with skip and count, without gaps or repeats", () => {
    const big = createCourseIndex(generated(60, 0));
    const seen: string[] = [];
    for (let skip = 0; skip < 60; skip += 7) {
      const page = extensionSearch(big, { query: "course", initialRun: false, skip, count: 7, lang: "en" });
      expect(page.total).toBe(60);
      seen.push(...ids(page.courses));
    }
    expect(new Set(seen).size).toBe(60);
    expect(extensionSearch(big, { query: "course", initialRun: false, skip: 60, count: 7, lang: "en" }).courses).toEqual([]);
  });

  it("pages through featured courses and caps a page at 25", () => {
    const big = createCourseIndex(generated(80, 40));
    const first = extensionSearch(big, { query: "", initialRun: true, skip: 0, count: 1000, lang: "en" });
    expect(first.total).toBe(40);
    expect(first.courses).toHaveLength(MAX_RESULTS);
    const second = extensionSearch(big, { query: "", initialRun: true, skip: 25, count: 25, lang: "en" });
    expect(ids(second.courses)).toEqual(Array.from({ length: 15 }, (_, i) => `c${25 + i}`));
  });

  it("shows the first courses when the catalog features none, and nothing for an empty catalog", () => {
    const none = createCourseIndex(generated(3, 0));
    expect(ids(extensionSearch(none, { query: "", initialRun: true, lang: "en" }).courses)).toEqual(["c0", "c1", "c2"]);
    expect(extensionSearch(createCourseIndex([]), { query: "", initialRun: true, lang: "en" })).toMatchObject({ total: 0, courses: [] });
  });

  it("cuts a very long query instead of failing", () => {
    const page = extensionSearch(catalog, { query: `gdpr ${"x".repeat(10_000)}`, initialRun: false, lang: "en" });
    expect(page.query.length).toBeLessThanOrEqual(200);
  });
});
