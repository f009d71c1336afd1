import { stem } from "../../src/text/analyzer";
import { conceptsOf, cueConceptsOf, frenchVerbStem, isVocabularyWord, vocabularyWords, withFrenchForms } from "../../src/privacy/lexicon";
import { CONCEPTS } from "../../src/privacy/lexicon-data";

const concepts = (word: string, lang: "en" | "fr") => conceptsOf(word, stem(word, lang), lang);

describe("the privacy vocabulary", () => {
  it("has unique ids and words in both languages for every concept", () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of CONCEPTS) {
      expect(concept.en.length).toBeGreaterThan(0);
      expect(concept.fr.length).toBeGreaterThan(0);
    }
  });

  it("brings English and French words of one idea together", () => {
    expect(concepts("delete", "en")).toContain("~delete");
    expect(concepts("effacer", "fr")).toContain("~delete");
    expect(concepts("kept", "en")).toContain("~retain");
    expect(concepts("conservons", "fr")).toContain("~retain");
    expect(concepts("sell", "en")).toContain("~share");
    expect(concepts("vendues", "fr")).toContain("~share");
  });

  it("matches '=' words exactly, not through their stem", () => {
    expect(concepts("provider", "en")).toContain("~identity");
    expect(concepts("provide", "en")).not.toContain("~identity");
    expect(concepts("Teams".toLowerCase(), "en")).toContain("~teams");
    expect(concepts("team", "en")).not.toContain("~teams");
    expect(concepts("profiling", "en")).not.toContain("~account");
  });

  it("knows question words as cues only", () => {
    expect(cueConceptsOf("where", "en")).toEqual(["~location"]);
    expect(cueConceptsOf("où", "fr")).toEqual(["~location"]);
    expect(cueConceptsOf("pourquoi", "fr")).toEqual(["~purpose"]);
    expect(concepts("where", "en")).toEqual([]);
    expect(isVocabularyWord("where", "en")).toBe(false);
    expect(isVocabularyWord("données", "fr")).toBe(true);
  });

  it("returns nothing for words outside the domain", () => {
    expect(concepts("weather", "en")).toEqual([]);
    expect(concepts("blague", "fr")).toEqual([]);
  });

  it("lists its words with their stems for spelling correction", () => {
    expect(vocabularyWords("en").get("account")).toBe("account");
    expect(vocabularyWords("fr").get("donnees")).toBe("don");
  });
});

describe("French verb forms", () => {
  it("adds regular forms of -er, -re and -ir verbs", () => {
    expect(withFrenchForms("vendre")).toEqual(expect.arrayContaining(["vendre", "vendons", "vendu", "vendues"]));
    expect(withFrenchForms("supprimer")).toEqual(expect.arrayContaining(["supprimons", "supprimées"]));
    expect(withFrenchForms("données")).toEqual(["données"]);
  });

  it("reads 'nous'/'ils' forms as the infinitive, and leaves nouns in -ions and adverbs alone", () => {
    expect(frenchVerbStem("déposons", stem("déposons", "fr"))).toBe(stem("déposer", "fr"));
    expect(frenchVerbStem("quittent", stem("quittent", "fr"))).toBe(stem("quitter", "fr"));
    expect(frenchVerbStem("informations", stem("informations", "fr"))).toBeUndefined();
    expect(frenchVerbStem("clairement", stem("clairement", "fr"))).toBeUndefined();
  });
});
