import { allowedTypos, buildSpeller, isMisspelledStopword, osaDistance } from "../../src/privacy/spelling";

describe("osaDistance", () => {
  it.each([
    ["retain", "retain", 0],
    ["retian", "retain", 1],
    ["acount", "account", 1],
    ["cookis", "cookies", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%s → %s is %i", (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(osaDistance(b, a)).toBe(d);
  });
});

describe("buildSpeller", () => {
  const speller = buildSpeller([
    ["account", { stem: "account", weight: 3 }],
    ["information", { stem: "inform", weight: 5 }],
    ["retain", { stem: "retain", weight: 1 }],
    ["germany", { stem: "germani", weight: 1 }],
    ["données", { stem: "don", weight: 1 }],
  ]);

  it("corrects one typo, or two in long words, swaps included", () => {
    expect(speller.correct("acount")).toEqual({ token: "account", stem: "account" });
    expect(speller.correct("retian")).toEqual({ token: "retain", stem: "retain" });
    expect(speller.correct("informaton")).toEqual({ token: "information", stem: "inform" });
    expect(speller.correct("infromaton")).toEqual({ token: "information", stem: "inform" });
    expect(allowedTypos("retian")).toBe(1);
    expect(allowedTypos("informaton")).toBe(2);
  });

  it("ignores accents", () => {
    expect(speller.correct("donnes")).toEqual({ token: "donnees", stem: "don" });
  });

  it("does not take another form of a word, a changed first letter or a far word for a typo", () => {
    expect(speller.correct("german")).toBeUndefined();
    expect(speller.correct("bccount")).toBeUndefined();
    expect(speller.correct("weather")).toBeUndefined();
  });
});

describe("isMisspelledStopword", () => {
  it("recognizes misspelled function words", () => {
    expect(isMisspelledStopword("wich", "en")).toBe(true);
    expect(isMisspelledStopword("abuot", "en")).toBe(true);
    expect(isMisspelledStopword("pourqoui", "fr")).toBe(true);
  });

  it("leaves real content words alone", () => {
    expect(isMisspelledStopword("weather", "en")).toBe(false);
    expect(isMisspelledStopword("cantine", "fr")).toBe(false);
    expect(isMisspelledStopword("wat", "en")).toBe(false);
  });
});
