import type { Course } from "../../src/catalog/types";
import { courseItems, courseListCard, directUrl, expandCourseItems, EXPANDED_PER_COURSE, type OpenUrlOf } from "../../src/cards/course-cards";
import { cardProblems, cardText } from "../helpers/adaptive-cards";

const course = (id: string, extra: Partial<Course> = {}): Course => ({
  id,
  title: `Course ${id}`,
  description: `What ${id} teaches, in one line.`,
  url: `https://learning.example.org/courses/${id}`,
  language: "en",
  tags: ["privacy"],
  ...extra,
});

const redirect: OpenUrlOf = (c) => `https://app.example.org/go/tenant-1/${encodeURIComponent(c.id)}`;

const courses = [
  course("gdpr-basics", { durationMinutes: 45 }),
  course("rgpd", { language: "fr", title: "Impacts du RGPD", description: "Ce que **change** le règlement <b>RGPD</b>." }),
  course("no-duration", { description: "A [link](https://evil.example) and a ${title} in the text." }),
];

describe("courseItems (expanded once per course, language and Open URL)", () => {
  it.each([
    ["en", directUrl],
    ["fr", directUrl],
    ["en", redirect],
    ["fr", redirect],
  ] as const)("equals a fresh template expansion (%s), first and cached", (lang, openUrlOf) => {
    const expected = expandCourseItems(courses, lang, openUrlOf);
    expect(courseItems(courses, lang, openUrlOf)).toEqual(expected);
    expect(courseItems(courses, lang, openUrlOf)).toEqual(expected);
    expect(courseItems([courses[2], courses[0]], lang, openUrlOf)).toEqual(expandCourseItems([courses[2], courses[0]], lang, openUrlOf));
  });

  it("gives each card its own copy", () => {
    const first = courseItems(courses, "en");
    (first[0] as { items: unknown[] }).items.length = 0;
    expect(courseItems(courses, "en")).toEqual(expandCourseItems(courses, "en"));
  });

  it("serves a reloaded catalog's courses, not the old cards", () => {
    const before = course("reloaded", { title: "Old title", durationMinutes: 30 });
    courseItems([before], "en");
    const after = { ...before, title: "New title", url: "https://learning.example.org/courses/moved" };
    const text = JSON.stringify(courseItems([after], "en"));
    expect(text).toContain("New title");
    expect(text).toContain("courses/moved");
    expect(text).not.toContain("Old title");
  });

  it("follows the Open URL builder of each call", () => {
    const c = course("two-routes");
    courseItems([c], "en", directUrl);
    expect(JSON.stringify(courseItems([c], "en", redirect))).toContain("/go/tenant-1/two-routes");
    expect(JSON.stringify(courseItems([c], "en", directUrl))).toContain("learning.example.org/courses/two-routes");
  });

  it("stays correct past the kept entries per course", () => {
    const c = course("many-urls");
    for (let i = 0; i <= EXPANDED_PER_COURSE + 2; i++) {
      const open: OpenUrlOf = () => `https://app.example.org/go/t${i}/many-urls`;
      expect(courseItems([c], "en", open)).toEqual(expandCourseItems([c], "en", open));
    }
  });

  it("refuses a non-https Open URL even when the course is already expanded", () => {
    const c = course("checked");
    courseItems([c], "en");
    expect(() => courseItems([c], "en", () => "http://app.example.org/go/checked")).toThrow("course checked: Open needs an https URL");
  });
});

describe("courseListCard", () => {
  it("is a valid card listing the courses with the template's Containers", () => {
    const c = courseListCard({ lang: "en", query: "gdpr", courses, total: 7 });
    expect(cardProblems(c)).toEqual([]);
    expect(c.body.slice(1, 1 + courses.length)).toEqual(expandCourseItems(courses, "en"));
    expect(cardText(c)).toContain("Course gdpr-basics");
  });
});
