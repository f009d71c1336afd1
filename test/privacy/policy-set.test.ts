import { resolve } from "node:path";
import { createPolicySet, loadPolicySet } from "../../src/privacy/policy-set";
import { PolicyError } from "../../src/privacy/policy-error";

const FIXTURES = resolve(__dirname, "fixtures");
const files = { en: "fabrikam-privacy-notice.md", fr: "contoso-politique-confidentialite.html" };

describe("loadPolicySet", () => {
  const set = loadPolicySet(files, "en", FIXTURES);

  it("answers from the document in the user's language and says which", () => {
    const fr = set.answer("Combien de temps conservez-vous mes données ?", "fr");
    expect(fr).toMatchObject({ answered: true, heading: "Durée de conservation", documentLanguage: "fr", revisionDate: "3 février 2025" });
    const en = set.answer("How long do you keep my data?", "en");
    expect(en).toMatchObject({ answered: true, heading: "5. Retention periods", documentLanguage: "en", revisionDate: "12 March 2024" });
  });

  it("lists its languages and serves each one's document and outline", () => {
    expect(set.languages).toEqual(["en", "fr"]);
    expect(set.document("fr").format).toBe("html");
    const outline = set.outline("en");
    expect(outline.documentLanguage).toBe("en");
    expect(outline.revisionDate).toBe("12 March 2024");
    expect(outline.sections[1]).toEqual({ heading: "1. Who we are", sectionId: "who-we-are" });
  });

  it("falls back to the default language, and a French question still finds the English section", () => {
    const englishOnly = loadPolicySet({ en: files.en }, "en", FIXTURES);
    const answer = englishOnly.answer("Combien de temps gardez-vous mon historique de formation ?", "fr");
    expect(answer).toMatchObject({ answered: true, heading: "5. Retention periods", documentLanguage: "en" });
    expect(englishOnly.engineFor("fr").document.language).toBe("en");
  });

  it("falls back to the only document when the default language has none", () => {
    const frenchOnly = loadPolicySet({ fr: files.fr }, "en", FIXTURES);
    expect(frenchOnly.answer("How can I delete my account?", "en")).toMatchObject({ heading: "Fermer votre compte", documentLanguage: "fr" });
  });

  it("names the missing file, resolved against the base directory", () => {
    expect(() => loadPolicySet({ en: "nope.md" }, "en", FIXTURES)).toThrow(`${resolve(FIXTURES, "nope.md")}: policy file not found`);
  });

  it("names the base directory when no file is given", () => {
    expect(() => loadPolicySet({}, "en", FIXTURES)).toThrow(new PolicyError(FIXTURES, "no policy document configured (give at least one language)"));
  });

  it("builds from parsed documents too", () => {
    expect(() => createPolicySet({}, "fr")).toThrow(/^policy set: no policy document/);
  });
});
