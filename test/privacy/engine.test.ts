import fc from "fast-check";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createPolicyEngine, DEFAULT_ENGINE_OPTIONS } from "../../src/privacy/engine";
import { loadPolicyFile, parsePolicy } from "../../src/privacy/parse-policy";

const SHARED_POLICY = resolve(__dirname, "../../../shared/fixtures/policy/coorpacademy-privacy-policy.txt");
const doc = loadPolicyFile(SHARED_POLICY, "en");
const engine = createPolicyEngine(doc);
const sectionOf = (heading: string | undefined) => doc.sections.find((s) => s.heading === heading);

describe("PolicyEngine.answer on the published policy", () => {
  it("answers a retention question with the section heading as written, one of its passages and the revision date", () => {
    const answer = engine.answer("How long do you keep my data?", "en");
    expect(answer).toMatchObject({ answered: true, heading: "How long will you keep my data?", revisionDate: "04/06/2021", documentLanguage: "en", suggestions: [] });
    const section = sectionOf(answer.heading);
    expect(section?.passages).toContain(answer.passage);
    expect(answer.sectionId).toBe(section?.id);
    expect(answer.score).toBeGreaterThanOrEqual(DEFAULT_ENGINE_OPTIONS.minCoverage);
  });

  it("finds the English section for a French question and quotes it in English", () => {
    const answer = engine.answer("Combien de temps conservez-vous mes données ?", "fr");
    expect(answer.answered).toBe(true);
    expect(["How long will you keep my data?", "5. Limit Storage of Data"]).toContain(answer.heading);
    expect(answer.documentLanguage).toBe("en");
    expect(answer.passage).toMatch(/\b(keep|kept)\b/);
  });

  it("reads a question written in French as French even when the user's language is English", () => {
    expect(engine.answer("Comment supprimer mon compte ?", "en").heading).toBe("Can I delete my data?");
  });

  it("quotes the passage that answers, not the start of the section", () => {
    const answer = engine.answer("What is the anti-CSRF cookie for?", "en");
    expect(answer.heading).toBe("Our Cookie Policy");
    expect(answer.passage).toContain("CSRF");
    expect(answer.passage).not.toBe(sectionOf("Our Cookie Policy")?.passages[0]);
  });

  it("weighs headings above body text", () => {
    const text = "Cookies\n\nWe set one small file in your browser.\n\nContact\n\nWrite to us about anything, cookies included.\n";
    const small = createPolicyEngine(parsePolicy(text, { format: "txt", language: "en", source: "t" }));
    expect(small.answer("cookies", "en").heading).toBe("Cookies");
  });

  it.each([
    ["can i delet my acount", "Can I delete my data?"],
    ["hw long do you retian my informaton?", "How long will you keep my data?"],
    ["wich cookis do you use?", "Our Cookie Policy"],
  ])("tolerates typos: %j", (question, heading) => {
    expect(engine.answer(question, "en").heading).toBe(heading);
  });

  it.each([
    ["What's the weather in Paris tomorrow?", "en"],
    ["Peux-tu me raconter une blague ?", "fr"],
    ["Book a meeting room for 3pm", "en"],
  ] as const)("declines %j honestly, offering the three closest sections", (question, lang) => {
    const answer = engine.answer(question, lang);
    expect(answer.answered).toBe(false);
    expect(answer).not.toHaveProperty("heading");
    expect(answer).not.toHaveProperty("passage");
    expect(answer.suggestions).toHaveLength(3);
    for (const s of answer.suggestions) expect(sectionOf(s.heading)?.id).toBe(s.sectionId);
    expect(answer.score).toBeLessThan(DEFAULT_ENGINE_OPTIONS.minCoverage);
  });

  it("declines empty and stopword-only questions with sections that have text", () => {
    for (const question of ["", "   ", "?!", "what is it?"]) {
      const answer = engine.answer(question, "en");
      expect(answer.answered).toBe(false);
      expect(answer.score).toBe(0);
      expect(answer.suggestions.map((s) => sectionOf(s.heading)?.passages.length)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
      for (const s of answer.suggestions) expect(sectionOf(s.heading)?.passages.length).toBeGreaterThan(0);
    }
  });

  it("reads a very long message only up to its first characters", () => {
    const long = `How long do you keep my data?${" ".repeat(2000)}weather tomorrow football`;
    expect(engine.answer(long, "en").heading).toBe("How long will you keep my data?");
    expect(engine.answer(`${"blah ".repeat(20000)}`, "en").answered).toBe(false);
  });

  it("exposes every section in document order, those without text included", () => {
    expect(engine.sections).toBe(doc.sections);
    expect(engine.sections.map((s) => s.heading)).toContain("Privacy And Your Activity");
  });

  it("never answers with a section without text", () => {
    expect(engine.answer("privacy and your activity", "en").heading).not.toBe("Privacy And Your Activity");
  });
});

describe("createPolicyEngine", () => {
  it("indexes once: answering never reads the policy file again", () => {
    const dir = mkdtempSync(join(tmpdir(), "engine-"));
    const copy = join(dir, "policy.txt");
    copyFileSync(SHARED_POLICY, copy);
    const local = createPolicyEngine(loadPolicyFile(copy, "en"));
    rmSync(dir, { recursive: true });
    expect(local.answer("Can I delete my account?", "en").heading).toBe("Can I delete my data?");
  });

  it("omits revisionDate when the document states none", () => {
    const plain = createPolicyEngine(parsePolicy("Cookies\n\nWe use a session cookie.", { format: "txt", language: "en", source: "t" }));
    const answer = plain.answer("which cookies?", "en");
    expect(answer.answered).toBe(true);
    expect(answer).not.toHaveProperty("revisionDate");
  });

  it("takes the threshold from its options", () => {
    expect(createPolicyEngine(doc, { minCoverage: 1.01 }).answer("How long do you keep my data?", "en").answered).toBe(false);
    expect(createPolicyEngine(doc, { minCoverage: 0 }).answer("weather in Paris and my data", "en").answered).toBe(true);
  });

  it("answers anything without throwing, with consistent shapes", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), fc.constantFrom("en" as const, "fr" as const), (question, lang) => {
      const answer = engine.answer(question, lang);
      expect(answer.documentLanguage).toBe("en");
      expect(answer.score).toBeGreaterThanOrEqual(0);
      expect(answer.score).toBeLessThanOrEqual(1);
      if (answer.answered) expect(sectionOf(answer.heading)?.passages).toContain(answer.passage);
      else expect(answer.suggestions.length).toBe(3);
    }), { numRuns: 300 });
  });
});
