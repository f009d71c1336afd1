import { detectLanguage, functionWordCounts } from "../../src/text/detect-language";

describe("detectLanguage", () => {
  it.each([
    ["Combien de temps gardez-vous mes données ?", "fr"],
    ["Quels sont mes droits ?", "fr"],
    ["How long do you keep my data?", "en"],
    ["Can I delete my account?", "en"],
  ])("reads %j as %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("stays undecided without enough evidence", () => {
    expect(detectLanguage("cookies")).toBeUndefined();
    expect(detectLanguage("RGPD GDPR")).toBeUndefined();
    expect(detectLanguage("")).toBeUndefined();
  });

  it("counts function words of both languages", () => {
    expect(functionWordCounts("the data de la plateforme")).toEqual({ en: 1, fr: 2 });
  });
});
