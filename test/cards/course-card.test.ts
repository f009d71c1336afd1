import type { Course } from "../../src/catalog/types";
import { cardBytes } from "../../src/cards/card";
import { courseCard, similarCoursesCard, SIMILAR_COURSES_VERB, SIMILAR_SHOWN } from "../../src/cards/course-card";
import { coursePreview, PREVIEW_TEXT_MAX, THUMBNAIL_CARD_CONTENT_TYPE } from "../../src/cards/course-preview";
import { cardActions, cardProblems, cardText } from "../helpers/adaptive-cards";

const course = (id: string, extra: Partial<Course> = {}): Course => ({
  id,
  title: `Course ${id}`,
  description: `What ${id} teaches, in one line.`,
  url: `https://learning.example.org/courses/${id}`,
  language: "en",
  tags: ["privacy", "gdpr"],
  ...extra,
});

describe("courseCard", () => {
  it("is a valid 1.4 card with title, description and facts", () => {
    const c = courseCard(course("gdpr-basics", { durationMinutes: 45 }), "en");
    expect(cardProblems(c)).toEqual([]);
    expect(c.version).toBe("1.4");
    const text = cardText(c);
    expect(text).toContain("Course gdpr-basics");
    expect(text).toContain("What gdpr-basics teaches");
    const facts = JSON.stringify(c.body);
    expect(facts).toContain("45 min");
    expect(facts).toContain("privacy, gdpr");
  });

  it("has Open to the course URL and Similar courses as Action.Execute with the course id", () => {
    const actions = cardActions(courseCard(course("gdpr-basics"), "en"));
    expect(actions).toEqual([
      { type: "Action.OpenUrl", title: "Open", url: "https://learning.example.org/courses/gdpr-basics" },
      { type: "Action.Execute", title: "Similar courses", verb: SIMILAR_COURSES_VERB, data: { courseId: "gdpr-basics" } },
    ]);
  });

  it("speaks French", () => {
    const c = courseCard(course("rgpd", { language: "fr" }), "fr");
    expect(cardActions(c).map((a) => a.title)).toEqual(["Ouvrir", "Formations similaires"]);
    expect(JSON.stringify(c.body)).toContain("français");
  });

  it("leaves out the duration when unknown and the topics when untagged", () => {
    const facts = JSON.stringify(courseCard(course("x", { tags: [] }), "en").body);
    expect(facts).not.toContain("Duration");
    expect(facts).not.toContain("Topics");
  });

  it("makes markup in catalog text inert", () => {
    const c = courseCard(course("x", { title: "<at>Everyone</at> [click](https://evil.example)" }), "en");
    expect(cardText(c)).not.toMatch(/<at>|\]\(/);
  });

  it("stays under the size limit with the longest fields the catalog allows", () => {
    const long = course("long", { title: "T".repeat(200), description: "D ".repeat(1000), tags: Array.from({ length: 30 }, (_, i) => `tag${i}`.padEnd(60, "x")) });
    const c = courseCard(long, "en");
    expect(cardProblems(c)).toEqual([]);
    expect(cardBytes(c)).toBeLessThan(4000);
  });
});

describe("similarCoursesCard", () => {
  it("keeps the course and lists the similar ones, each with Open, and no Similar button", () => {
    const similar = [course("a"), course("b"), course("c"), course("d")];
    const c = similarCoursesCard(course("main"), similar, "en");
    expect(cardProblems(c)).toEqual([]);
    const text = cardText(c);
    expect(text).toContain("Course main");
    for (const id of ["a", "b", "c"]) expect(text).toContain(`Course ${id}`);
    expect(text).not.toContain("Course d");
    const actions = cardActions(c);
    expect(actions.filter((a) => a.type === "Action.Execute")).toEqual([]);
    // body first (each similar course's Open), then the card's own Open
    expect(actions.map((a) => a.url)).toEqual([
      ...["a", "b", "c"].slice(0, SIMILAR_SHOWN).map((id) => `https://learning.example.org/courses/${id}`),
      "https://learning.example.org/courses/main",
    ]);
  });

  it("never lists the course itself", () => {
    const c = similarCoursesCard(course("main"), [course("main"), course("a")], "en");
    expect(cardActions(c).map((a) => a.url)).toEqual(["https://learning.example.org/courses/a", "https://learning.example.org/courses/main"]);
  });

  it("says so when there is no similar course", () => {
    const c = similarCoursesCard(course("main"), [], "fr");
    expect(cardProblems(c)).toEqual([]);
    expect(cardText(c)).toContain("Pas encore de formation similaire");
  });
});

describe("coursePreview", () => {
  it("is a thumbnail card with title, one line and the thumbnail", () => {
    const p = coursePreview(course("x", { thumbnailUrl: "https://learning.example.org/img/x.png" }));
    expect(p.contentType).toBe(THUMBNAIL_CARD_CONTENT_TYPE);
    expect(p.content).toEqual({ title: "Course x", text: "What x teaches, in one line.", images: [{ url: "https://learning.example.org/img/x.png", alt: "Course x" }] });
  });

  it("has no image without a thumbnail and cuts a long description to one short line", () => {
    const p = coursePreview(course("x", { description: `${"word ".repeat(60)}\nsecond line` }));
    expect(p.content.images).toBeUndefined();
    expect(p.content.text!.length).toBeLessThanOrEqual(PREVIEW_TEXT_MAX);
    expect(p.content.text).not.toContain("second line");
    expect(p.content.text!.endsWith("…")).toBe(true);
  });

  it("escapes markup in the title", () => {
    expect(coursePreview(course("x", { title: "<b>Bold</b>" })).content.title).toBe("‹b›Bold‹/b›");
  });
});
