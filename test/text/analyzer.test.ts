import fc from "fast-check";
import { analyze, analyzeTokens, foldAccents, isStopword, stem, tokenize } from "../../src/text/analyzer";

describe("tokenize", () => {
  it("splits on punctuation, apostrophes and hyphens, in lower case", () => {
    expect(tokenize("L'application Teams utilise-t-elle mes DONNÉES ?")).toEqual(["l", "application", "teams", "utilise", "t", "elle", "mes", "données"]);
  });

  it("keeps digits with letters", () => {
    expect(tokenize("Book a room for 3pm")).toEqual(["book", "a", "room", "for", "3pm"]);
  });

  it("never throws and returns lower-case word tokens for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => {
      for (const token of tokenize(text)) expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
    }));
  });
});

describe("foldAccents", () => {
  it("removes diacritics", () => {
    expect(foldAccents("données hébergées à Noël, garçon")).toBe("donnees hebergees a Noel, garcon");
  });

  it("never throws, and is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => {
      expect(foldAccents(foldAccents(text))).toBe(foldAccents(text));
    }));
  });
});

describe("stopwords and stems", () => {
  it("drops function words but keeps words that matter in privacy questions", () => {
    expect(isStopword("the", "en")).toBe(true);
    expect(isStopword("vous", "fr")).toBe(true);
    for (const word of ["keep", "long", "delete", "share", "years", "time"]) expect(isStopword(word, "en")).toBe(false);
    for (const word of ["droits", "garder", "personnelles"]) expect(isStopword(word, "fr")).toBe(false);
  });

  it("stems English and French with Snowball, folding accents", () => {
    expect(stem("deleted", "en")).toBe(stem("deleting", "en"));
    expect(stem("conservez", "fr")).toBe(stem("conserver", "fr"));
    expect(stem("hébergées", "fr")).toBe("heberg");
  });
});

describe("analyze / analyzeTokens", () => {
  it("returns stems of the content words, in order", () => {
    expect(analyze("How long do you keep my data?", "en")).toEqual(["long", "keep", "data"]);
    expect(analyze("Combien de temps conservez-vous mes données ?", "fr")).toEqual(["temp", "conserv", "don"]);
  });

  it("keeps stopwords the caller asks for", () => {
    expect(analyzeTokens("Why do you need it?", "en", (t) => t === "why").map((t) => t.token)).toEqual(["why"]);
  });

  it("never throws on arbitrary text and yields non-empty stems", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.constantFrom("en" as const, "fr" as const), (text, lang) => {
      for (const term of analyze(text, lang)) expect(term.length).toBeGreaterThan(0);
    }));
  });
});
