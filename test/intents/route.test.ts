import type { Course } from "../../src/catalog/types";
import { route, type AnswerSources } from "../../src/intents/route";
import type { PrivacyAnswer } from "../../src/privacy/types";

const course: Course = { id: "gdpr", title: "Impacts of GDPR", description: "d", url: "https://x.test/c/gdpr", language: "en", tags: ["gdpr"] };
const declined: PrivacyAnswer = { answered: false, documentLanguage: "en", suggestions: [{ heading: "Sharing", sectionId: "sharing" }], score: 0.2 };
const answered: PrivacyAnswer = { answered: true, heading: "Retention", passage: "p", sectionId: "retention", documentLanguage: "en", suggestions: [], score: 0.9 };

function sources(answer: PrivacyAnswer): AnswerSources & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    catalog: {
      search: (q) => (q.includes("gdpr") ? { total: 1, courses: [course] } : q.includes("courses") ? { total: 1, courses: [course], blank: true } : { total: 0, courses: [] }),
      featured: () => [course],
    },
    policies: {
      answer: (q) => (asked.push(q), answer),
      outline: () => ({ sections: [{ heading: "Retention", sectionId: "retention" }], documentLanguage: "en", revisionDate: "2021" }),
    },
  };
}

describe("route", () => {
  it("answers help and empty messages without asking the engines", () => {
    const s = sources(answered);
    expect(route("help", s, "en")).toEqual({ kind: "help" });
    expect(route("", s, "en")).toEqual({ kind: "empty" });
    expect(s.asked).toEqual([]);
  });

  it("searches the catalog for a topic and offers featured courses without one", () => {
    expect(route("courses gdpr", sources(answered), "en")).toMatchObject({ kind: "courses", query: "gdpr", result: { total: 1 } });
    expect(route("courses", sources(answered), "en")).toEqual({ kind: "featured-courses", courses: [course] });
  });

  it("gives the policy outline for 'privacy' alone", () => {
    expect(route("privacy", sources(answered), "fr")).toEqual({ kind: "privacy-overview", sections: [{ heading: "Retention", sectionId: "retention" }], revisionDate: "2021" });
  });

  it("sends free text to the privacy engine and keeps its answer", () => {
    const s = sources(answered);
    expect(route("how long do you keep my data?", s, "en")).toEqual({ kind: "privacy", answer: answered });
    expect(s.asked).toEqual(["how long do you keep my data?"]);
  });

  it.each(["who do you share my info with?", "can my boss see my results?", "est-ce que vous vendez mes données ?"])(
    "declines %j honestly, with the closest sections, when the engine has no confident answer",
    (text) => {
      expect(route(text, sources(declined), "en")).toEqual({ kind: "privacy", answer: declined });
    },
  );

  it.each(["what's the weather in paris tomorrow?", "tell me a joke", "quel est le menu de la cantine ?"])("falls back for %j", (text) => {
    expect(route(text, sources(declined), "en")).toEqual({ kind: "fallback" });
  });
});
