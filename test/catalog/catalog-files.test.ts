/** The catalog files shipped with the project: the demo catalog and the test fixture. */
import { resolve } from "node:path";
import { assertCoursesOnPlatform, createCourseIndex, loadCatalogFile, type Course } from "../../src/catalog";

const root = resolve(__dirname, "../..");

describe("demo catalog (data/demo/catalog.json)", () => {
  const path = resolve(root, "data/demo/catalog.json");
  const courses: Course[] = loadCatalogFile(path);
  const catalog = createCourseIndex(courses);

  it("has at least 30 courses in English and French", () => {
    expect(courses.length).toBeGreaterThanOrEqual(30);
    expect(courses.filter((c) => c.language === "fr").length).toBeGreaterThanOrEqual(10);
    expect(courses.filter((c) => c.language === "en").length).toBeGreaterThanOrEqual(10);
  });

  it("features 5 to 8 courses", () => {
    const featured = courses.filter((c) => c.featured).length;
    expect(featured).toBeGreaterThanOrEqual(5);
    expect(featured).toBeLessThanOrEqual(8);
  });

  it("lives on the demo platform, one page per course", () => {
    expect(() => assertCoursesOnPlatform(courses, "https://learning.northwind.example", path)).not.toThrow();
    for (const c of courses) expect(c.url).toBe(`https://learning.northwind.example/courses/${c.id}`);
  });

  it("answers a GDPR request with the GDPR course and its French twin", () => {
    const result = catalog.search("courses gdpr");
    expect(result.courses[0].title).toMatch(/GDPR/);
    expect(result.courses.slice(0, 2).map((c) => c.language).sort()).toEqual(["en", "fr"]);
    expect(catalog.search("je cherche une formation sur le RGPD", { preferLanguage: "fr" }).courses[0].title).toMatch(/RGPD/);
  });
});

describe("test fixture catalog (test/fixtures/example-catalog.json)", () => {
  const courses = loadCatalogFile(resolve(root, "test/fixtures/example-catalog.json"));

  it("holds what the shared activity fixtures ask about", () => {
    const catalog = createCourseIndex(courses);
    expect(catalog.byUrl("https://example.learning.test/courses/impacts-of-gdpr")?.id).toBe("impacts-of-gdpr");
    expect(catalog.search("gdpr").courses[0].id).toBe("impacts-of-gdpr");
    expect(catalog.search("leadership").total).toBeGreaterThan(0);
    expect(courses.some((c) => c.language === "fr")).toBe(true);
    expect(courses.some((c) => c.thumbnailUrl)).toBe(true);
  });

  it("lives on the fixture tenant's platform", () => {
    expect(() => assertCoursesOnPlatform(courses, "https://example.learning.test", "example-catalog.json")).not.toThrow();
  });
});
