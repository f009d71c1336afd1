import { feedbackElements, feedbackThanksCard, FEEDBACK_VERB } from "../../src/cards/feedback-card";
import { privacyAnswerCard } from "../../src/cards/privacy-card";
import type { PrivacyAnswer } from "../../src/privacy/types";
import { cardActions, cardProblems, cardText } from "../helpers/adaptive-cards";

const answer = (extra: Partial<PrivacyAnswer> = {}): PrivacyAnswer => ({
  answered: true,
  heading: "5. Limit Storage of Data",
  passage: "We keep data no longer than needed.",
  sectionId: "5-limit-storage-of-data",
  documentLanguage: "en",
  suggestions: [],
  score: 1,
  ...extra,
});

describe("answer feedback", () => {
  it("adds Was this helpful? Yes / No to an answer card, as Action.Execute with the section id only", () => {
    const c = privacyAnswerCard(answer(), "en", { policyUrl: "https://learning.example.org/privacy" });
    expect(cardProblems(c)).toEqual([]);
    expect(cardText(c)).toContain("Was this helpful?");
    const votes = cardActions(c).filter((a) => a.type === "Action.Execute");
    expect(votes).toEqual([
      { type: "Action.Execute", title: "Yes", verb: FEEDBACK_VERB, data: { sectionId: "5-limit-storage-of-data", helpful: true } },
      { type: "Action.Execute", title: "No", verb: FEEDBACK_VERB, data: { sectionId: "5-limit-storage-of-data", helpful: false } },
    ]);
  });

  it("offers no vote when the answer names no section", () => {
    const c = privacyAnswerCard(answer({ sectionId: undefined }), "en", {});
    expect(cardActions(c)).toEqual([]);
  });

  it("asks in French", () => {
    const els = feedbackElements("s", "fr");
    expect(cardText(els)).toBe("Cette réponse vous a-t-elle aidé ?");
    expect(cardActions(els).map((a) => a.title)).toEqual(["Oui", "Non"]);
  });

  it("thanks with the section heading and the policy link", () => {
    const c = feedbackThanksCard({ lang: "en", heading: "5. Limit Storage of Data", policyUrl: "https://learning.example.org/privacy" });
    expect(cardProblems(c)).toEqual([]);
    expect(cardText(c)).toContain("Thank you for your feedback");
    expect(cardText(c)).toContain("About: 5. Limit Storage of Data");
    expect(cardActions(c)).toEqual([{ type: "Action.OpenUrl", title: "Read the full policy", url: "https://learning.example.org/privacy" }]);
  });

  it("thanks without heading or link when there is none", () => {
    const c = feedbackThanksCard({ lang: "fr" });
    expect(cardProblems(c)).toEqual([]);
    expect(cardText(c)).toContain("Merci pour votre avis");
    expect(cardActions(c)).toEqual([]);
  });
});
