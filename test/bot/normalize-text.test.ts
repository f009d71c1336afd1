import fc from "fast-check";
import { normalizeText } from "../../src/bot/normalize-text";

const BOT = "28:bot-id";
const mention = (text: string, id = BOT) => ({ type: "mention", text, mentioned: { id, name: "x" } });

describe("normalizeText", () => {
  it("removes the bot's mention as written in the entity, even when the display name differs from the manifest", () => {
    expect(normalizeText({ text: "<at>Courses (beta)</at> help\n", entities: [mention("<at>Courses (beta)</at>")], recipient: { id: BOT } })).toBe("help");
  });
  it("turns non-breaking spaces into spaces and collapses whitespace", () => {
    expect(normalizeText({ text: "privacy\u00a0policy   cookies\n", recipient: { id: BOT } })).toBe("privacy policy cookies");
  });
  it("decodes HTML entities", () => {
    expect(normalizeText({ text: "Q&amp;A about cookies&nbsp;?", recipient: { id: BOT } })).toBe("q&a about cookies ?");
  });
  it("removes a leading bot mention tag even without an entity", () => {
    expect(normalizeText({ text: "<at>Course Companion</at> courses gdpr" })).toBe("courses gdpr");
  });
  it("keeps the names of other people mentioned but drops their tags", () => {
    expect(normalizeText({ text: "<at>Bot</at> ask <at>Alex</at>", entities: [mention("<at>Bot</at>"), mention("<at>Alex</at>", "29:alex")], recipient: { id: BOT } })).toBe("ask alex");
  });
  it("returns an empty string when there is no text", () => {
    expect(normalizeText({ text: undefined, entities: [mention("<at>Bot</at>")], recipient: { id: BOT } })).toBe("");
  });
  it("tolerates malformed entities", () => {
    expect(normalizeText({ text: "help", entities: [null, { type: "mention" }, { type: "mention", text: 3 }] as any, recipient: null })).toBe("help");
  });
  it("never throws and never keeps NBSP or leading/trailing space", () => {
    fc.assert(fc.property(fc.anything(), fc.string(), (entities, text) => {
      const out = normalizeText({ text, entities, recipient: { id: BOT } });
      expect(out).toBe(out.trim());
      expect(out).not.toMatch(/\u00a0|\s{2}/);
    }));
  });
});
