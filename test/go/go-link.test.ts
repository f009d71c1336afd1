import { goLinks, goUrl } from "../../src/go";
import type { Course } from "../../src/catalog/types";

const T = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
const course = { id: "impacts-of-gdpr", url: "https://example.learning.test/courses/impacts-of-gdpr" } as Course;

describe("go links", () => {
  it("builds /go/<tenant>/<course> under the public base, lower-casing the tenant", () => {
    expect(goUrl("https://cc.example/", T.toUpperCase(), "impacts-of-gdpr")).toBe(`https://cc.example/go/${T}/impacts-of-gdpr`);
  });

  it("encodes what is not URL-safe", () => {
    expect(goUrl("https://cc.example", T, "a b/c")).toBe(`https://cc.example/go/${T}/a%20b%2Fc`);
  });

  it("is used only with an https public base", () => {
    expect(goLinks(undefined)).toBeUndefined();
    expect(goLinks("http://localhost:3978")).toBeUndefined();
    expect(goLinks("https://cc.example")!(T, course)).toBe(`https://cc.example/go/${T}/impacts-of-gdpr`);
  });
});
