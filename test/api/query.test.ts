import { ApiError } from "../../src/api/http-errors";
import { answerQuery, coursesQuery, DEFAULT_PAGE, MAX_PAGE, parseQuery, policyQuery } from "../../src/api/query";

function badRequest(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(400);
    return e as ApiError;
  }
  throw new Error("expected a 400");
}

describe("coursesQuery", () => {
  it("fills defaults: empty query, all languages, first page", () => {
    expect(parseQuery(coursesQuery, {})).toEqual({ q: "", lang: undefined, skip: 0, limit: DEFAULT_PAGE });
    expect(parseQuery(coursesQuery, undefined)).toEqual({ q: "", lang: undefined, skip: 0, limit: DEFAULT_PAGE });
  });

  it("reads text, language and paging given as strings", () => {
    expect(parseQuery(coursesQuery, { q: "  gdpr ", lang: "fr", skip: "10", limit: "5" })).toEqual({ q: "gdpr", lang: "fr", skip: 10, limit: 5 });
  });

  it("treats an empty lang as no filter", () => {
    expect(parseQuery(coursesQuery, { lang: "" }).lang).toBeUndefined();
  });

  it.each([
    [{ lang: "de" }, "lang"],
    [{ limit: "0" }, "limit"],
    [{ limit: String(MAX_PAGE + 1) }, "limit"],
    [{ limit: "-1" }, "limit"],
    [{ skip: "1.5" }, "skip"],
    [{ skip: "abc" }, "skip"],
    [{ q: "x".repeat(201) }, "q"],
    [{ q: ["a", "b"] }, "q"],
  ])("refuses %j naming the parameter", (raw, name) => {
    expect(badRequest(() => parseQuery(coursesQuery, raw)).message).toContain(`"${name}"`);
  });
});

describe("answerQuery", () => {
  it("requires a question", () => {
    expect(badRequest(() => parseQuery(answerQuery, {})).message).toMatch(/"q" is required/);
    expect(badRequest(() => parseQuery(answerQuery, { q: "   " })).message).toMatch(/"q" is required/);
  });

  it("refuses a question over 500 characters", () => {
    expect(badRequest(() => parseQuery(answerQuery, { q: "why ".repeat(200) })).message).toContain("500");
  });

  it("keeps the trimmed question and the language", () => {
    expect(parseQuery(answerQuery, { q: " can I delete my account? ", lang: "en" })).toEqual({ q: "can I delete my account?", lang: "en" });
  });
});

describe("policyQuery", () => {
  it("accepts en, fr or nothing", () => {
    expect(parseQuery(policyQuery, { lang: "fr" })).toEqual({ lang: "fr" });
    expect(parseQuery(policyQuery, {})).toEqual({});
    badRequest(() => parseQuery(policyQuery, { lang: "FR-fr" }));
  });
});
