import { assertCoursesOnPlatform, CatalogError, validateCatalog } from "../../src/catalog";

const good = (fields: Record<string, unknown> = {}) => ({
  id: "impacts-of-gdpr",
  title: "Impacts of GDPR",
  description: "What the regulation changes.",
  url: "https://learning.example.com/courses/impacts-of-gdpr",
  language: "en",
  ...fields,
});

/** The error thrown by `fn`, failing the test when nothing is thrown. */
function errorOf(fn: () => unknown): CatalogError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogError);
    return e as CatalogError;
  }
  throw new Error("expected a CatalogError");
}

/** Validates a catalog whose entry 1 is `bad` (entry 0 is valid) and returns the message. */
function messageFor(bad: unknown): string {
  return errorOf(() => validateCatalog([good({ id: "ok", url: "https://learning.example.com/courses/ok" }), bad], "catalog.json")).message;
}

describe("validateCatalog", () => {
  it("returns courses with trimmed text and tags defaulting to an empty list", () => {
    const [c] = validateCatalog([good({ title: "  Impacts of GDPR  " })], "catalog.json");
    expect(c).toEqual({ ...good(), tags: [] });
  });

  it("keeps the optional fields it is given", () => {
    const full = good({ tags: ["gdpr"], durationMinutes: 45, featured: true, thumbnailUrl: "https://cdn.example.com/a.png" });
    expect(validateCatalog([full], "catalog.json")[0]).toEqual(full);
  });

  it("rejects a value that is not an array, naming the source", () => {
    expect(errorOf(() => validateCatalog({ courses: [] }, "catalog.json")).message).toBe(
      'catalog.json: must be a JSON array of courses ([{"id": …, "title": …}, …]), not an object',
    );
    expect(errorOf(() => validateCatalog(null, "x.json")).message).toMatch(/^x\.json: must be a JSON array .*not null$/);
  });

  it("rejects an empty catalog", () => {
    expect(errorOf(() => validateCatalog([], "catalog.json")).message).toBe("catalog.json: is an empty list: add at least one course");
  });

  it("rejects an entry that is not an object, naming its index", () => {
    expect(messageFor("a string")).toBe("catalog.json: entry 1: must be an object with the course fields");
  });

  it("names a missing required field and what to put there", () => {
    const { title: _omit, ...noTitle } = good();
    expect(messageFor(noTitle)).toBe('catalog.json: entry 1 (id "impacts-of-gdpr"): "title" is required: the course title');
  });

  it("names a field of the wrong type", () => {
    expect(messageFor(good({ description: 42 }))).toBe(
      'catalog.json: entry 1 (id "impacts-of-gdpr"): "description" must be a string: a short description of the course',
    );
  });

  it("rejects an empty title", () => {
    expect(messageFor(good({ title: "   " }))).toContain('"title" must not be empty');
  });

  it("rejects a url that is not https, with an example of a good one", () => {
    expect(messageFor(good({ url: "http://learning.example.com/courses/x" }))).toBe(
      'catalog.json: entry 1 (id "impacts-of-gdpr"): "url" must be an https URL (the course page on the learning platform), e.g. "https://learning.example.com/courses/my-course"',
    );
    expect(messageFor(good({ url: "not a url" }))).toContain('"url" must be an https URL');
  });

  it("rejects a thumbnail that is not an https URL", () => {
    expect(messageFor(good({ thumbnailUrl: "ftp://x/y.png" }))).toContain('"thumbnailUrl" must be an https URL (an image of the course)');
  });

  it("rejects an unsupported language, listing the supported ones", () => {
    expect(messageFor(good({ language: "de" }))).toBe('catalog.json: entry 1 (id "impacts-of-gdpr"): "language" must be one of "en", "fr"');
  });

  it("rejects an id that is not URL-safe, naming the entry by index only when the id is unreadable", () => {
    expect(messageFor(good({ id: "a b" }))).toContain('entry 1 (id "a b"): "id" must use only letters, digits');
    expect(messageFor(good({ id: 7 }))).toBe('catalog.json: entry 1: "id" must be a unique string such as "impacts-of-gdpr"');
  });

  it("rejects tags that are not a list of strings, naming the item", () => {
    expect(messageFor(good({ tags: "gdpr" }))).toContain('"tags" must be a list of strings');
    expect(messageFor(good({ tags: ["gdpr", 3] }))).toContain('"tags" item 1 must be a string: a tag word or phrase');
  });

  it("rejects a duration that is not a positive whole number of minutes", () => {
    expect(messageFor(good({ durationMinutes: 1.5 }))).toContain('"durationMinutes" must be a whole number of minutes');
    expect(messageFor(good({ durationMinutes: 0 }))).toContain('"durationMinutes" must be a positive number of minutes');
    expect(messageFor(good({ durationMinutes: "45" }))).toContain('"durationMinutes" must be a whole number of minutes, e.g. 45');
  });

  it("rejects a featured flag that is not a boolean", () => {
    expect(messageFor(good({ featured: "yes" }))).toContain('"featured" must be true or false');
  });

  it("rejects a field too long for a card", () => {
    expect(messageFor(good({ title: "x".repeat(201) }))).toContain('"title" is too long (at most 200 characters)');
  });

  it("rejects an unknown field, suggesting a spelling check", () => {
    expect(messageFor(good({ durationMinute: 45 }))).toMatch(
      /entry 1 \(id "impacts-of-gdpr"\): "durationMinute" is not a course field \(allowed: id, title, .*durationMinutes.*\): check its spelling/,
    );
  });

  it("rejects a repeated id, naming both entries", () => {
    const err = errorOf(() => validateCatalog([good(), good({ url: "https://learning.example.com/courses/other" })], "catalog.json"));
    expect(err.message).toBe('catalog.json: entry 1 (id "impacts-of-gdpr"): "id" duplicates the id of entry 0: every course needs its own id');
  });

  it("rejects two entries for the same course page, whatever the URL's trailing slash or host case", () => {
    const err = errorOf(() => validateCatalog([good(), good({ id: "b", url: "https://LEARNING.example.com/courses/impacts-of-gdpr/" })], "c.json"));
    expect(err.message).toBe('c.json: entry 1 (id "b"): "url" is the same course page as entry 0: each course needs its own URL');
  });

  it("states the first problem in the message and lists every problem", () => {
    const err = errorOf(() => validateCatalog([good({ language: "de" }), good({ id: "b", url: "nope" }), "x"], "c.json"));
    expect(err.message).toMatch(/^c\.json: entry 0 .*"language".* \(and 2 more problems\)$/);
    expect(err.details()).toEqual([
      expect.stringContaining('c.json: entry 0 (id "impacts-of-gdpr"): "language"'),
      expect.stringContaining('c.json: entry 1 (id "b"): "url"'),
      "c.json: entry 2: must be an object with the course fields",
    ]);
    expect(err.problems.map((p) => p.entry)).toEqual([0, 1, 2]);
  });
});

describe("assertCoursesOnPlatform", () => {
  const courses = validateCatalog([good(), good({ id: "elsewhere", url: "https://other.example.org/courses/elsewhere" })], "c.json");

  it("names each course whose URL is not on the organization's platform", () => {
    expect(() => assertCoursesOnPlatform(courses, "https://learning.example.com", "c.json")).toThrow(
      'c.json: entry 1 (id "elsewhere"): "url" must be on the organization\'s platform https://learning.example.com',
    );
  });

  it("accepts a catalog entirely on the platform", () => {
    expect(() => assertCoursesOnPlatform(courses.slice(0, 1), "https://Learning.Example.com/", "c.json")).not.toThrow();
  });
});
