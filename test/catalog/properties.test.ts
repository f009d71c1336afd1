import fc from "fast-check";
import { CatalogError, createCourseIndex, validateCatalog } from "../../src/catalog";
import { analyzeQuery } from "../../src/catalog/query";
import { course, generatedCatalog } from "./helpers";

const catalog = createCourseIndex([
  ...generatedCatalog(200, 5),
  course({ title: "Impacts of GDPR", tags: ["gdpr"] }),
  course({ title: "Sécurité informatique", language: "fr" }),
]);

const query = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string({ maxLength: 2000 }));
const paging = fc.record({ skip: fc.option(fc.integer({ min: -5, max: 300 }), { nil: undefined }), limit: fc.option(fc.integer({ min: -5, max: 200 }), { nil: undefined }) });

describe("search properties", () => {
  it("never throws on any string and returns a consistent page", () => {
    fc.assert(
      fc.property(query, paging, (q, options) => {
        const result = catalog.search(q, options);
        expect(result.total).toBeGreaterThanOrEqual(result.courses.length);
        expect(result.courses.length).toBeLessThanOrEqual(100);
        expect(new Set(result.courses.map((c) => c.id)).size).toBe(result.courses.length);
      }),
      { numRuns: 300 },
    );
  });

  it("pages are slices of one ranking", () => {
    fc.assert(
      fc.property(fc.constantFrom("g", "ka", "lo mi", "gdpr", "secu", "rgpd"), fc.integer({ min: 0, max: 20 }), (q, skip) => {
        const all = catalog.search(q, { limit: 100 }).courses;
        expect(catalog.search(q, { skip, limit: 4 }).courses).toEqual(all.slice(skip, skip + 4));
      }),
    );
  });

  it("never throws when lookups get any string", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        catalog.byUrl(s);
        catalog.byId(s);
        expect(Array.isArray(catalog.similar(s))).toBe(true);
        expect(analyzeQuery(s).length).toBeLessThanOrEqual(12);
      }),
    );
  });
});

describe("validation properties", () => {
  it("either returns courses or throws a CatalogError naming the source, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        try {
          validateCatalog(data, "any.json");
        } catch (e) {
          expect(e).toBeInstanceOf(CatalogError);
          expect((e as Error).message.startsWith("any.json: ")).toBe(true);
        }
      }),
    );
  });
});
