import { analyzeQuery, fuzzyDistance, MAX_UNITS } from "../../src/catalog/query";

const keys = (q: string, options?: Parameters<typeof analyzeQuery>[1]) => analyzeQuery(q, options).map((u) => u.key);

describe("analyzeQuery", () => {
  it("has no units for a query without a topic", () => {
    for (const q of ["", "  ", "courses", "formations", "je cherche une formation", "find a course", "?!", "le la les"]) {
      expect(analyzeQuery(q, { prefix: false })).toEqual([]);
    }
  });

  it("reads GDPR and RGPD as one concept, once", () => {
    expect(keys("courses gdpr")).toEqual(["~gdpr"]);
    expect(keys("RGPD")).toEqual(["~gdpr"]);
    expect(keys("gdpr rgpd GDPR")).toEqual(["~gdpr"]);
  });

  it("matches the longest vocabulary phrase", () => {
    expect(keys("project management")).toEqual(["~project-management"]);
    expect(keys("management")).toEqual(["~leadership"]);
    expect(keys("prise de parole en public")).toEqual(["~public-speaking"]);
  });

  it("does not read the French \"j'ai\" as AI, but reads AI and IA alike", () => {
    expect(keys("j'ai besoin d'une formation excel")).toEqual(["~excel"]);
    expect(keys("AI")).toEqual(keys("IA"));
  });

  it("keeps a topic word with its English and French stems", () => {
    const [unit] = analyzeQuery("négociations commerciales", { prefix: false });
    expect(unit.concept).toBe("~negotiation");
    const [plain] = analyzeQuery("pivots", { prefix: false });
    expect(plain).toMatchObject({ word: "pivots", prefix: false });
    expect(plain.stems).toContain("pivot");
  });

  it("marks only the last word as a prefix, and only while typing", () => {
    const units = analyzeQuery("budget plann");
    expect(units.map((u) => [u.word, u.prefix])).toEqual([["budget", false], ["plann", true]]);
    expect(analyzeQuery("budget plann ").every((u) => !u.prefix)).toBe(true);
    expect(analyzeQuery("budget plann", { prefix: false }).every((u) => !u.prefix)).toBe(true);
  });

  it("keeps a lone letter or common word being typed as a prefix", () => {
    expect(analyzeQuery("s")).toEqual([{ key: "s*", stems: [], word: "s", prefix: true, fuzzy: 0 }]);
    expect(keys("le")).toEqual(["le*"]);
    expect(keys("le", { prefix: false })).toEqual([]);
  });

  it("allows typos only in longer words", () => {
    expect(fuzzyDistance(4)).toBe(0);
    expect(fuzzyDistance(5)).toBe(1);
    expect(fuzzyDistance(9)).toBe(2);
    expect(analyzeQuery("leadrship", { prefix: false })[0].fuzzy).toBe(2);
    expect(analyzeQuery("leadrship", { fuzzy: false })[0].fuzzy).toBe(0);
  });

  it("bounds the number of units of a long query", () => {
    const long = Array.from({ length: 50 }, (_, i) => `topic${i}`).join(" ");
    expect(analyzeQuery(long)).toHaveLength(MAX_UNITS);
  });
});
