import fc from "fast-check";
import { classify } from "../../src/intents/classify";

describe("classify", () => {
  it.each(["help", "aide", "hi", "hello!", "bonjour", "salut", "?"])("recognizes %j as help", (text) => {
    expect(classify(text)).toEqual({ kind: "help" });
  });

  it.each([
    ["courses gdpr", "gdpr"],
    ["course: leadership", "leadership"],
    ["formation rgpd", "rgpd"],
    ["formations", ""],
    ["find a course on leadership", "leadership"],
    ["do you have any training on excel?", "excel"],
    ["je cherche une formation sur le rgpd", "rgpd"],
    ["i want to learn negotiation", "negotiation"],
  ])("recognizes %j as a course search for %j", (text, query) => {
    expect(classify(text)).toEqual({ kind: "courses", query });
  });

  it.each([
    ["privacy cookies", "cookies"],
    ["privacy", ""],
    ["confidentialité qui voit mes données ?", "qui voit mes données ?"],
  ])("recognizes %j as a privacy question", (text, question) => {
    expect(classify(text)).toEqual({ kind: "privacy", question });
  });

  it("leaves free-text questions to the privacy engine", () => {
    expect(classify("how long do you keep my data?")).toEqual({ kind: "unknown", text: "how long do you keep my data?" });
  });

  it("does not take a word that merely starts with a command word", () => {
    expect(classify("coursera certificates").kind).toBe("unknown");
    expect(classify("helpful tips").kind).toBe("unknown");
  });

  it("returns empty for blank text", () => {
    expect(classify("   ")).toEqual({ kind: "empty" });
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
      expect(["help", "privacy", "courses", "unknown", "empty"]).toContain(classify(s.toLowerCase()).kind);
    }));
  });
});
