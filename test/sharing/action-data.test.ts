import { feedbackData, knownSection, MAX_ID_LENGTH, similarCoursesData } from "../../src/sharing";
import type { Lang } from "../../src/i18n/language";

describe("similarCoursesData", () => {
  it("accepts {courseId}", () => {
    expect(similarCoursesData({ courseId: "impacts-of-gdpr" })).toEqual({ ok: true, value: { courseId: "impacts-of-gdpr" } });
  });

  it.each([
    [undefined, "data must be an object"],
    [null, "data must be an object"],
    ["impacts-of-gdpr", "data must be an object"],
    [["impacts-of-gdpr"], "data must be an object"],
    [{}, "courseId is required (a non-empty string)"],
    [{ courseId: "" }, "courseId is required (a non-empty string)"],
    [{ courseId: 42 }, "courseId is required (a non-empty string)"],
    [{ courseId: "x".repeat(MAX_ID_LENGTH + 1) }, `courseId is too long (at most ${MAX_ID_LENGTH} characters)`],
  ])("refuses %p with a message naming the field", (data, problem) => {
    expect(similarCoursesData(data)).toEqual({ ok: false, problem });
  });
});

describe("feedbackData", () => {
  it("accepts {sectionId, helpful} with a boolean", () => {
    expect(feedbackData({ sectionId: "s1", helpful: true })).toEqual({ ok: true, value: { sectionId: "s1", helpful: true } });
    expect(feedbackData({ sectionId: "s1", helpful: false })).toEqual({ ok: true, value: { sectionId: "s1", helpful: false } });
  });

  it.each([
    [{ sectionId: "s1" }],
    [{ sectionId: "s1", helpful: "true" }],
    [{ sectionId: "s1", helpful: 1 }],
    [{ sectionId: "s1", helpful: null }],
  ])("refuses a helpful that is not a boolean: %p", (data) => {
    expect(feedbackData(data)).toEqual({ ok: false, problem: "helpful must be true or false" });
  });

  it("refuses a missing section and data that is not an object", () => {
    expect(feedbackData({ helpful: true })).toEqual({ ok: false, problem: "sectionId is required (a non-empty string)" });
    expect(feedbackData(true)).toEqual({ ok: false, problem: "data must be an object" });
  });

  it("never echoes the received value in a problem", () => {
    const secret = "jordan.sample@example.org";
    const result = feedbackData({ sectionId: secret, helpful: secret });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});

describe("knownSection", () => {
  const outlines: Record<Lang, { sections: { heading: string; sectionId: string }[] }> = {
    en: { sections: [{ heading: "1. Scope", sectionId: "1-scope" }] },
    fr: { sections: [{ heading: "Conservation", sectionId: "conservation" }] },
  };
  const policies = { outline: (lang: Lang) => outlines[lang] };

  it("finds a section of any of the tenant's documents", () => {
    expect(knownSection(policies, "1-scope")).toEqual({ heading: "1. Scope", sectionId: "1-scope" });
    expect(knownSection(policies, "conservation")?.heading).toBe("Conservation");
  });

  it("knows nothing of other ids", () => {
    expect(knownSection(policies, "1. Scope")).toBeUndefined();
    expect(knownSection(policies, "")).toBeUndefined();
  });
});
