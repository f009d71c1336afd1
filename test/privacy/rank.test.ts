import { coverage, idf, matchedWords, rankSections } from "../../src/privacy/rank";
import type { TermGroup } from "../../src/privacy/terms";

const group = (token: string, ...terms: string[]): TermGroup => ({ token, terms: new Map(terms.map((t) => [t, 1])), corrected: false });

describe("rankSections", () => {
  const refs = [{ section: 0, passage: 0 }, { section: 0, passage: 1 }, { section: 1, passage: 0 }];

  it("scores a section as its best passage and unions the matched terms", () => {
    const ranked = rankSections([
      { id: 0, score: 2, queryTerms: ["a"] },
      { id: 1, score: 5, queryTerms: ["b"] },
      { id: 2, score: 3, queryTerms: ["a", "b"] },
    ], refs);
    expect(ranked.map((r) => [r.section, r.score, r.passage, [...r.matched].sort()])).toEqual([
      [0, 5, 1, ["a", "b"]],
      [1, 3, 0, ["a", "b"]],
    ]);
  });

  it("keeps the earlier passage and section on ties", () => {
    const ranked = rankSections([{ id: 1, score: 2, queryTerms: [] }, { id: 0, score: 2, queryTerms: [] }, { id: 2, score: 2, queryTerms: [] }], refs);
    expect(ranked.map((r) => [r.section, r.passage])).toEqual([[0, 0], [1, 0]]);
  });
});

describe("coverage", () => {
  const df = (term: string) => ({ data: 9, delet: 1, "~delete": 2 } as Record<string, number>)[term] ?? 0;

  it("is 1 when the section matches every word and 0 when it matches none", () => {
    const groups = [group("delete", "delet", "~delete"), group("data", "data")];
    expect(coverage(groups, new Set(["delet", "data"]), df, 10)).toBe(1);
    expect(coverage(groups, new Set(), df, 10)).toBe(0);
  });

  it("weighs rare words above common ones, and unknown words the most", () => {
    const groups = [group("delete", "delet"), group("data", "data"), group("weather", "weather")];
    const onlyDelete = coverage(groups, new Set(["delet"]), df, 10);
    const onlyData = coverage(groups, new Set(["data"]), df, 10);
    expect(onlyDelete).toBeGreaterThan(onlyData);
    expect(onlyDelete).toBeLessThan(0.5);
  });

  it("lets a bare number count only when matched", () => {
    const groups = [group("delete", "delet"), group("15", "15")];
    expect(coverage(groups, new Set(["delet"]), df, 10)).toBe(1);
  });

  it("is 0 for a question without words", () => {
    expect(coverage([], new Set(["x"]), df, 10)).toBe(0);
  });
});

describe("idf", () => {
  it("decreases as a term is found in more passages", () => {
    expect(idf(0, 20)).toBeGreaterThan(idf(1, 20));
    expect(idf(1, 20)).toBeGreaterThan(idf(10, 20));
    expect(idf(20, 20)).toBeGreaterThan(0);
  });
});

describe("matchedWords", () => {
  it("counts words matched by distinct terms, a concept shared by two words once", () => {
    const groups = [group("obtenir", "obten", "~access"), group("copie", "cop", "~access"), group("données", "don")];
    expect(matchedWords(["~access", "don"], groups)).toBe(2);
    expect(matchedWords(["~access", "cop"], groups)).toBe(2);
    expect(matchedWords(["~access", "cop", "don"], groups)).toBe(3);
    expect(matchedWords([], groups)).toBe(0);
  });
});
