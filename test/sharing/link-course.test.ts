import { join } from "node:path";
import { createCourseIndex, loadCatalogFile } from "../../src/catalog";
import { courseForLink } from "../../src/sharing";
import { REPO_ROOT } from "../helpers/paths";

const catalog = createCourseIndex(loadCatalogFile(join(REPO_ROOT, "test", "fixtures", "example-catalog.json")));
const PLATFORM = "https://example.learning.test";

describe("courseForLink", () => {
  it("finds the course of a URL on the tenant's platform", () => {
    expect(courseForLink(catalog, PLATFORM, "https://example.learning.test/courses/impacts-of-gdpr")?.id).toBe("impacts-of-gdpr");
  });

  it("accepts the URL as people paste it: tracking query, fragment, trailing slash, host case", () => {
    for (const url of [
      "https://example.learning.test/courses/impacts-of-gdpr/",
      "https://Example.Learning.Test/courses/impacts-of-gdpr?utm_source=teams#intro",
    ]) {
      expect(courseForLink(catalog, PLATFORM, url)?.id).toBe("impacts-of-gdpr");
    }
  });

  it("ignores URLs of another host, even with a course path", () => {
    expect(courseForLink(catalog, PLATFORM, "https://evil.example/courses/impacts-of-gdpr")).toBeUndefined();
    expect(courseForLink(catalog, PLATFORM, "https://example.learning.test.evil.example/courses/impacts-of-gdpr")).toBeUndefined();
  });

  it("ignores platform URLs that are not a course of the catalog", () => {
    expect(courseForLink(catalog, PLATFORM, "https://example.learning.test/courses/unknown")).toBeUndefined();
    expect(courseForLink(catalog, PLATFORM, "https://example.learning.test/")).toBeUndefined();
  });

  it("ignores a course whose URL is outside a platform path", () => {
    expect(courseForLink(catalog, "https://example.learning.test/other", "https://example.learning.test/courses/impacts-of-gdpr")).toBeUndefined();
  });

  it("never throws on bad input", () => {
    for (const url of [undefined, null, 42, {}, "", "not a url", "javascript:alert(1)", `https://example.learning.test/${"a".repeat(5000)}`]) {
      expect(courseForLink(catalog, PLATFORM, url)).toBeUndefined();
    }
  });
});
