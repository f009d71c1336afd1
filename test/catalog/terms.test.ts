import { buildPhraseTable, concepts, documentTerms, matchPhrase, words } from "../../src/catalog/terms";

describe("documentTerms", () => {
  it("indexes stems, folded surface words and concept tokens", () => {
    expect(documentTerms("Security basics", "en")).toEqual(["secur", "security", "basic", "basics", "~security"]);
    expect(documentTerms("La sécurité au quotidien", "fr")).toEqual(expect.arrayContaining(["secur", "securite", "~security"]));
  });

  it("drops stopwords of the text's language but keeps topic words stopword lists contain", () => {
    expect(documentTerms("the and of", "en")).toEqual([]);
    expect(documentTerms("AI for HR", "en")).toEqual(expect.arrayContaining(["ai", "hr", "~ai"]));
    expect(documentTerms("J'ai appris", "fr")).not.toContain("~ai");
  });

  it("finds concepts of the text's language only", () => {
    expect(documentTerms("Le management", "fr")).toContain("~leadership");
    expect(documentTerms("IA", "en")).not.toContain("~ai");
    expect(documentTerms("IA générative", "fr")).toContain("~ai");
  });
});

describe("phrases", () => {
  const table = buildPhraseTable([
    { tokens: ["data"], concept: "~data" },
    { tokens: ["data", "protection"], concept: "~privacy" },
  ]);

  it("prefers the longest phrase at a position", () => {
    expect(matchPhrase(table, ["data", "protection"], 0)?.concept).toBe("~privacy");
    expect(matchPhrase(table, ["data", "science"], 0)?.concept).toBe("~data");
    expect(matchPhrase(table, ["protection"], 0)).toBeUndefined();
  });

  it("does not let phrases overlap", () => {
    expect(concepts(["data", "protection", "data"], table)).toEqual(["~privacy", "~data"]);
  });

  it("splits words on apostrophes and hyphens, folding accents", () => {
    expect(words("L’équipe e-mail")).toEqual([
      { text: "l", folded: "l" },
      { text: "équipe", folded: "equipe" },
      { text: "e", folded: "e" },
      { text: "mail", folded: "mail" },
    ]);
  });
});
