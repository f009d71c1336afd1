import { courseOnPlatform, normalizeCourseUrl } from "../../src/catalog";

describe("normalizeCourseUrl", () => {
  it("lower-cases the host and drops query, fragment, default port and trailing slashes", () => {
    expect(normalizeCourseUrl("HTTP://Learning.Example.COM:80/courses/Abc//?a=1#x")).toBe("https://learning.example.com/courses/Abc");
    expect(normalizeCourseUrl(" https://learning.example.com/ ")).toBe("https://learning.example.com");
  });

  it("keeps a non-default port and the path's case", () => {
    expect(normalizeCourseUrl("https://localhost:8443/Courses/X")).toBe("https://localhost:8443/Courses/X");
  });

  it("returns undefined for what is not an http(s) URL", () => {
    for (const value of ["", "courses/x", "ftp://example.com/x", "mailto:a@b.c", "javascript:alert(1)"]) {
      expect(normalizeCourseUrl(value)).toBeUndefined();
    }
  });
});

describe("courseOnPlatform", () => {
  const at = (url: string) => ({ url });

  it("accepts a course on the platform host, whatever the case or trailing slash", () => {
    expect(courseOnPlatform(at("https://example.learning.test/courses/impacts-of-gdpr"), "https://Example.Learning.test/")).toBe(true);
  });

  it("rejects another host, including a look-alike suffix", () => {
    expect(courseOnPlatform(at("https://other.test/courses/x"), "https://example.learning.test")).toBe(false);
    expect(courseOnPlatform(at("https://example.learning.test.evil.com/x"), "https://example.learning.test")).toBe(false);
  });

  it("honours a path prefix by whole segments", () => {
    expect(courseOnPlatform(at("https://lms.test/learn/courses/x"), "https://lms.test/learn")).toBe(true);
    expect(courseOnPlatform(at("https://lms.test/learning/x"), "https://lms.test/learn")).toBe(false);
  });

  it("rejects an invalid platform URL", () => {
    expect(courseOnPlatform(at("https://lms.test/x"), "not a url")).toBe(false);
  });
});
