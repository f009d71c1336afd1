import { parseTxtBlocks } from "../../src/privacy/parse-txt";

const kinds = (text: string) => parseTxtBlocks(text).map((b) => `${b.kind}:${b.text}`);

describe("parseTxtBlocks", () => {
  it("reads a line of its own between blank lines as a heading", () => {
    expect(kinds("Cookies\n\nWe use two cookies.")).toEqual(["heading:Cookies", "paragraph:We use two cookies."]);
  });

  it("reads question-form headings", () => {
    const blocks = parseTxtBlocks("How long do we keep data?\n\nFor a month.");
    expect(blocks[0]).toEqual({ kind: "heading", text: "How long do we keep data?", level: 1 });
  });

  it("keeps a heading directly followed by another heading", () => {
    expect(kinds("Our Policy\n\nData Privacy\n\nWe are the provider.")).toEqual([
      "heading:Our Policy", "heading:Data Privacy", "paragraph:We are the provider.",
    ]);
  });

  it("reads numbered items with an indented body as level-2 headings", () => {
    const blocks = parseTxtBlocks("Principles\n\n  1. Be Fair\n    We process data fairly.\n\n  2. Be Brief\n    We keep little.");
    expect(blocks.filter((b) => b.kind === "heading").map((b) => [b.text, b.level])).toEqual([
      ["Principles", 1], ["1. Be Fair", 2], ["2. Be Brief", 2],
    ]);
    expect(blocks[2]).toEqual({ kind: "paragraph", text: "We process data fairly.", level: 0 });
  });

  it("reads bullet lines as list items without their marker", () => {
    expect(kinds("Rights\n\nYou have:\n  • The right of access\n  - The right to erasure")).toEqual([
      "heading:Rights", "paragraph:You have:", "item:The right of access", "item:The right to erasure",
    ]);
  });

  it("never takes a dated line for a heading", () => {
    const blocks = parseTxtBlocks("Changes\n\nWe may change this.\n\nDate of most recent revision: 04/06/2021\n");
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["Changes"]);
  });

  it("does not take a sentence or a lower-case line for a heading", () => {
    const blocks = parseTxtBlocks("Intro\n\nWe keep it short.\n\nsee below for details\n");
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["Intro"]);
  });

  it("joins hard-wrapped lines of one paragraph", () => {
    const blocks = parseTxtBlocks("Retention\n\nWe keep your data while your\naccount exists and erase it\nafter a month.\n");
    expect(blocks[1].text).toBe("We keep your data while your account exists and erase it after a month.");
  });

  it("does not take the first line of a wrapped paragraph for a heading", () => {
    const text = "Retention\n\nWe keep your data while your account exists on the\nplatform and erase it after a month.";
    expect(parseTxtBlocks(text).filter((b) => b.kind === "heading")).toHaveLength(1);
  });

  it("accepts a short heading directly followed by its text", () => {
    expect(kinds("Cookies\nWe use two cookies.")).toEqual(["heading:Cookies", "paragraph:We use two cookies."]);
  });

  it("handles CRLF line ends, tabs and no-break spaces", () => {
    expect(kinds("Cookies\r\n\r\n\tWe\u00a0use two.\r\n")).toEqual(["heading:Cookies", "paragraph:We use two."]);
  });
});
