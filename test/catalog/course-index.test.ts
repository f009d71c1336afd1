import { createCourseIndex, type Course } from "../../src/catalog";
import { course, generatedCatalog, hideAmong } from "./helpers";

const ids = (courses: Course[]) => courses.map((c) => c.id);

describe("createCourseIndex: search", () => {
  const gdprEn = course({ id: "gdpr-en", title: "Impacts of GDPR", description: "Consent and data subject rights.", tags: ["privacy"] });
  const rgpdFr = course({ id: "rgpd-fr", title: "Les impacts du RGPD", description: "Consentement et droits des personnes.", language: "fr" });
  const leadership = course({ id: "lead", title: "Leadership for new managers", description: "Delegate and build trust.", tags: ["leadership"] });
  const management = course({ id: "manage-fr", title: "Manager une équipe", description: "Motiver ses collaborateurs.", language: "fr" });
  const security = course({ id: "sec-en", title: "Security basics", description: "Passwords and updates." });
  const securite = course({ id: "sec-fr", title: "Sécurité informatique", description: "Les bons réflexes.", language: "fr" });
  const mentionsGdpr = course({ id: "mention", title: "Customer data handling", description: "A short note on GDPR among many other topics of customer care and support." });
  const catalog = createCourseIndex(hideAmong([gdprEn, rgpdFr, leadership, management, security, securite, mentionsGdpr], 300, 7));

  it("finds the course whose title names the topic first", () => {
    const result = catalog.search("gdpr");
    expect(result.blank).toBe(false);
    expect(ids(result.courses).slice(0, 2).sort()).toEqual(["gdpr-en", "rgpd-fr"]);
    expect(ids(result.courses)).toContain("mention");
    expect(ids(result.courses).indexOf("mention")).toBeGreaterThan(1);
  });

  it("finds the same courses for GDPR and RGPD, whichever the course says", () => {
    const byGdpr = ids(catalog.search("GDPR", { limit: 10 }).courses).sort();
    const byRgpd = ids(catalog.search("rgpd", { limit: 10 }).courses).sort();
    expect(byGdpr).toEqual(byRgpd);
    expect(byGdpr).toEqual(["gdpr-en", "mention", "rgpd-fr"]);
  });

  it("ignores request words in either language", () => {
    expect(ids(catalog.search("je cherche une formation sur le RGPD").courses).slice(0, 2).sort()).toEqual(["gdpr-en", "rgpd-fr"]);
    expect(ids(catalog.search("find a course on leadership").courses)[0]).toBe("lead");
    expect(catalog.search("courses leadership").courses[0].id).toBe("lead");
  });

  it("finds courses in both languages for a word of either language", () => {
    expect(ids(catalog.search("security").courses).sort()).toEqual(["sec-en", "sec-fr"]);
    expect(ids(catalog.search("sécurité").courses).sort()).toEqual(["sec-en", "sec-fr"]);
    expect(ids(catalog.search("management").courses).sort()).toEqual(["lead", "manage-fr"]);
  });

  it("filters by language", () => {
    expect(ids(catalog.search("security", { language: "fr" }).courses)).toEqual(["sec-fr"]);
    expect(catalog.search("security", { language: "en" }).total).toBe(1);
  });

  it("ranks the reader's language first when asked, without filtering", () => {
    expect(ids(catalog.search("gdpr", { preferLanguage: "fr" }).courses)[0]).toBe("rgpd-fr");
    expect(ids(catalog.search("rgpd", { preferLanguage: "en" }).courses)[0]).toBe("gdpr-en");
    expect(catalog.search("gdpr", { preferLanguage: "fr" }).total).toBe(3);
  });

  it("tolerates a typo in a longer word", () => {
    expect(catalog.search("leadrship").courses[0].id).toBe("lead");
    expect(catalog.search("securty").courses.map((c) => c.id)).toContain("sec-en");
  });

  it("does not drift to a near word when the exact word matches", () => {
    const sales = course({ id: "sales", title: "Sales basics" });
    const scales = course({ id: "scales", title: "Misleading scales in charts" });
    expect(ids(createCourseIndex([sales, scales]).search("sales").courses)).toEqual(["sales"]);
  });

  it("matches the last word as a prefix while the person types", () => {
    expect(catalog.search("lea").courses[0].id).toBe("lead");
    expect(catalog.search("securi").courses.map((c) => c.id)).toEqual(expect.arrayContaining(["sec-en", "sec-fr"]));
    expect(catalog.search("lea ", { prefix: true }).total).toBe(0);
    expect(catalog.search("lea", { prefix: false }).total).toBe(0);
  });

  it("matches a one- or two-letter prefix in titles and tags only, a longer one everywhere", () => {
    const inTitle = course({ id: "title", title: "Zebra care" });
    const inDescription = course({ id: "description", title: "Wildlife", description: "Zoology notes." });
    const index = createCourseIndex([inTitle, inDescription]);
    expect(ids(index.search("z").courses)).toEqual(["title"]);
    expect(ids(index.search("zo").courses)).toEqual([]);
    expect(ids(index.search("zoo").courses)).toEqual(["description"]);
  });

  it("returns total 0 and no courses when nothing matches", () => {
    expect(catalog.search("weather forecast tomorrow")).toEqual({ total: 0, courses: [], blank: false });
  });

  it("pages through the matches with skip and limit", () => {
    const all = catalog.search("g", { limit: 100 });
    expect(all.total).toBeGreaterThan(6);
    const first = catalog.search("g", { limit: 3 });
    const second = catalog.search("g", { skip: 3, limit: 3 });
    expect(first.total).toBe(all.total);
    expect(ids([...first.courses, ...second.courses])).toEqual(ids(all.courses.slice(0, 6)));
    expect(catalog.search("g", { skip: all.total, limit: 3 }).courses).toEqual([]);
  });

  it("uses 5 results per page by default and ignores nonsense paging values", () => {
    expect(catalog.search("g").courses).toHaveLength(5);
    const odd = catalog.search("g", { skip: -4, limit: Number.NaN });
    expect(ids(odd.courses)).toEqual(ids(catalog.search("g").courses));
    expect(catalog.search("g", { limit: 10_000 }).courses.length).toBeLessThanOrEqual(100);
  });

  it("treats a query without a topic as browsing, featured courses first", () => {
    const featured = course({ id: "featured", title: "Featured one", featured: true });
    const index = createCourseIndex([course({ title: "Plain" }), featured]);
    for (const q of ["", "   ", "courses", "je cherche une formation"]) {
      const result = index.search(q);
      expect(result).toMatchObject({ blank: true, total: 2 });
      expect(result.courses[0].id).toBe("featured");
    }
  });
});

describe("createCourseIndex: lookups", () => {
  const gdpr = course({ id: "impacts-of-gdpr", title: "Impacts of GDPR", url: "https://learning.example.com/courses/impacts-of-gdpr", tags: ["gdpr", "privacy"] });
  const rgpd = course({ id: "impacts-du-rgpd", title: "Impacts du RGPD", language: "fr", tags: ["rgpd"] });
  const privacy = course({ id: "privacy", title: "Privacy by design", tags: ["privacy"] });
  const excel = course({ id: "excel", title: "Excel essentials", tags: ["spreadsheet"] });
  const catalog = createCourseIndex([...generatedCatalog(50, 3), gdpr, rgpd, privacy, excel]);

  it("finds a course by id", () => {
    expect(catalog.byId("impacts-of-gdpr")).toBe(gdpr);
    expect(catalog.byId("IMPACTS-OF-GDPR")).toBeUndefined();
    expect(catalog.byId("nope")).toBeUndefined();
  });

  it("finds a course by URL whatever the host case, scheme, trailing slash, query or fragment", () => {
    for (const url of [
      "https://learning.example.com/courses/impacts-of-gdpr",
      "https://Learning.EXAMPLE.com/courses/impacts-of-gdpr/",
      "http://learning.example.com/courses/impacts-of-gdpr?utm_source=teams#intro",
      "https://learning.example.com:443/courses/impacts-of-gdpr",
    ]) {
      expect(catalog.byUrl(url)).toBe(gdpr);
    }
  });

  it("finds no course for another path, host or a non-URL", () => {
    expect(catalog.byUrl("https://learning.example.com/courses/IMPACTS-OF-GDPR")).toBeUndefined();
    expect(catalog.byUrl("https://evil.example.com/courses/impacts-of-gdpr")).toBeUndefined();
    expect(catalog.byUrl("impacts-of-gdpr")).toBeUndefined();
    expect(catalog.byUrl("")).toBeUndefined();
  });

  it("suggests similar courses sharing topics, never the course itself", () => {
    const similar = ids(catalog.similar("impacts-of-gdpr"));
    expect(similar.slice(0, 2).sort()).toEqual(["impacts-du-rgpd", "privacy"]);
    expect(similar).not.toContain("impacts-of-gdpr");
    expect(similar).not.toContain("excel");
  });

  it("limits similar courses and returns none for an unknown id", () => {
    expect(catalog.similar("impacts-of-gdpr", 1)).toHaveLength(1);
    expect(catalog.similar("unknown")).toEqual([]);
  });

  it("exposes the courses in catalog order", () => {
    expect(catalog.size).toBe(54);
    expect(catalog.courses[50]).toBe(gdpr);
  });
});

describe("createCourseIndex: featured", () => {
  const plain = generatedCatalog(10, 11).map((c) => ({ ...c, featured: false }));

  it("returns the featured courses in catalog order", () => {
    const a = course({ id: "a", title: "A", featured: true, language: "fr" });
    const b = course({ id: "b", title: "B", featured: true });
    const catalog = createCourseIndex([plain[0], a, plain[1], b, ...plain.slice(2)]);
    expect(ids(catalog.featured())).toEqual(["a", "b"]);
    expect(ids(catalog.featured(1))).toEqual(["a"]);
    expect(ids(catalog.featured(5, "en"))).toEqual(["b", "a"]);
  });

  it("falls back to the first courses when none is featured", () => {
    const catalog = createCourseIndex(plain);
    expect(catalog.featured(3)).toEqual(plain.slice(0, 3));
  });

  it("returns nothing for an empty catalog", () => {
    const empty = createCourseIndex([]);
    expect(empty.featured()).toEqual([]);
    expect(empty.search("gdpr")).toEqual({ total: 0, courses: [], blank: false });
    expect(empty.search("")).toEqual({ total: 0, courses: [], blank: true });
  });
});
