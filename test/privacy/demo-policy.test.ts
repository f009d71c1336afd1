import { resolve } from "node:path";
import { loadPolicySet } from "../../src/privacy/policy-set";

const DEMO_DIR = resolve(__dirname, "../../data/demo");

describe("the demo policy (data/demo/privacy-policy.en.md)", () => {
  const set = loadPolicySet({ en: "privacy-policy.en.md" }, "en", DEMO_DIR);

  it("answers 'how long do you keep my data?' with its retention section, in English and in French", () => {
    const en = set.answer("how long do you keep my data?", "en");
    const fr = set.answer("combien de temps gardez-vous mes données ?", "fr");
    expect(en).toMatchObject({ answered: true, heading: "4. How long we keep your data", revisionDate: "2 September 2024" });
    expect(fr).toMatchObject({ answered: true, heading: en.heading, documentLanguage: "en" });
    expect(en.passage).toMatch(/within one month/);
  });

  it("says the Teams app only uses the tenant ID", () => {
    const answer = set.answer("What does the Teams app know about me?", "en");
    expect(answer.heading).toBe("14. The Microsoft Teams app");
    expect(answer.passage).toMatch(/only uses the tenant ID/);
  });

  it("has a heading and text in every section", () => {
    for (const section of set.document("en").sections) expect(section.passages.length).toBeGreaterThan(0);
  });
});
