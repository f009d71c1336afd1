import type { Block } from "../../src/privacy/blocks";
import { MAX_LIST, MAX_PASSAGE, STUB, toPassages } from "../../src/privacy/passages";

const p = (text: string): Block => ({ kind: "paragraph", text, level: 0 });
const li = (text: string): Block => ({ kind: "item", text, level: 0 });
const sentence = (i: number) => `Sentence number ${i} explains one more detail about how the service handles data.`;

describe("toPassages", () => {
  it("keeps a paragraph of normal length whole", () => {
    const text = sentence(1).repeat(3);
    expect(toPassages([p(text)], "en")).toEqual([text]);
  });

  it("cuts a long paragraph at sentence boundaries", () => {
    const text = Array.from({ length: 20 }, (_, i) => sentence(i)).join(" ");
    const passages = toPassages([p(text)], "en");
    expect(passages.length).toBeGreaterThan(2);
    for (const passage of passages) expect(passage.length).toBeLessThanOrEqual(MAX_PASSAGE);
    expect(passages.join(" ")).toBe(text);
    for (const passage of passages) expect(passage).toMatch(/^Sentence number \d+/);
  });

  it("keeps a short list together with the sentence that introduces it", () => {
    expect(toPassages([p("You have the following rights:"), li("access"), li("erasure")], "en")).toEqual([
      "You have the following rights:\n• access\n• erasure",
    ]);
  });

  it("splits a long list into chunks of items", () => {
    const items = Array.from({ length: 12 }, (_, i) => li(`cookie ${i}: ${sentence(i)}`));
    const passages = toPassages([p("Cookies we use:"), ...items], "en");
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) expect(passage.length).toBeLessThanOrEqual(MAX_LIST);
    expect(passages[0].startsWith("Cookies we use:\n• cookie 0")).toBe(true);
  });

  it("merges a very short passage with its neighbour", () => {
    const passages = toPassages([p("We keep your data safe."), p(sentence(1).repeat(2))], "en");
    expect(passages).toHaveLength(1);
    expect(passages[0].startsWith("We keep your data safe.\n")).toBe(true);
    expect("We keep your data safe.".length).toBeLessThan(STUB);
  });

  it("returns no passage for an empty body", () => {
    expect(toPassages([], "en")).toEqual([]);
  });
});
