import { indexTerms, joinedCompounds, type QueryContext, queryGroups } from "../../src/privacy/terms";

const boosts = { concept: 0.7, cross: 0.5, corrected: 0.8 };
const context = (known: string[], docLang: "en" | "fr" = "en"): QueryContext => ({
  docLang,
  df: (term) => (known.includes(term) ? 1 : 0),
  correct: (token) => (token === "acount" ? { token: "account", stem: "account" } : undefined),
  misspelledStopword: (token) => token === "wich",
});

describe("indexTerms", () => {
  it("gives stems and concept terms of content words", () => {
    expect(indexTerms("We keep your data", "en", false)).toEqual(["keep", "~retain", "data", "~data"]);
  });

  it("turns question words into concepts in headings only", () => {
    expect(indexTerms("Where is my data?", "en", true)).toEqual(["~location", "data", "~data"]);
    expect(indexTerms("Where is my data?", "en", false)).toEqual(["where", "data", "~data"]);
  });

  it("indexes hyphenated words whole as well as by parts", () => {
    expect(joinedCompounds("our sub-contractors, e-mail and Anti-CSRF")).toEqual(["subcontractors", "email", "anticsrf"]);
    expect(indexTerms("our sub-contractors", "en", false)).toEqual(["contractor", "subcontractor", "~recipient"]);
  });

  it("adds the infinitive stem of French 'nous' forms", () => {
    expect(indexTerms("Nous déposons deux cookies", "fr", false)).toEqual(expect.arrayContaining(["deposon", "depos"]));
  });
});

describe("queryGroups", () => {
  it("makes one group per content word, repeated words once", () => {
    const groups = queryGroups("delete delete my account", "en", context(["delet", "account"]), boosts);
    expect(groups.map((g) => g.token)).toEqual(["delete", "account"]);
    expect(Object.fromEntries(groups[0].terms)).toEqual({ delet: 1, "~delete": 0.7 });
  });

  it("weighs a question word's concept like a word and its concept together", () => {
    const [where] = queryGroups("where?", "en", context([]), boosts);
    expect(Object.fromEntries(where.terms)).toEqual({ "~location": 1.7 });
  });

  it("adds the document language's stem of a foreign word (cognates)", () => {
    const [group] = queryGroups("application", "fr", context(["applic"]), boosts);
    expect(group.terms.get("applic")).toBe(0.5);
  });

  it("corrects unknown words and drops misspelled stopwords", () => {
    const groups = queryGroups("wich acount", "en", context([]), boosts);
    expect(groups.map((g) => [g.token, g.corrected])).toEqual([["acount", true]]);
    expect(groups[0].terms.get("account")).toBe(0.8);
  });

  it("reads a hyphenated word whole when the policy knows it whole, and splits the others", () => {
    expect(queryGroups("send an e-mail", "en", context(["email"]), boosts).map((g) => g.token)).toEqual(["send", "email"]);
    expect(queryGroups("Collectez-vous mes données ?", "fr", context(["collect"]), boosts).map((g) => g.token)).toEqual(["collectez", "données"]);
  });

  it("keeps unknown words as they are, so they lower the confidence", () => {
    const [group] = queryGroups("weather", "en", context([]), boosts);
    expect(group).toMatchObject({ token: "weather", corrected: false });
  });
});
