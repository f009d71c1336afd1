import { parseMarkdownBlocks, splitFrontMatter } from "../../src/privacy/parse-markdown";

describe("parseMarkdownBlocks", () => {
  it("keeps numbered ## headings with their number", () => {
    const { blocks } = parseMarkdownBlocks("# Notice\n\n## 1. Who we are\n\nWe run it.\n\n### 2.1 Details\n\nMore.");
    expect(blocks.filter((b) => b.kind === "heading").map((b) => [b.text, b.level])).toEqual([
      ["Notice", 1], ["1. Who we are", 2], ["2.1 Details", 3],
    ]);
  });

  it("reads setext headings, emphasis, links and lists as text", () => {
    const { blocks } = parseMarkdownBlocks("Cookies\n=======\n\nWe use **two** [cookies](https://x.test):\n\n- session\n- *language*\n");
    expect(blocks.map((b) => `${b.kind}:${b.text}`)).toEqual([
      "heading:Cookies", "paragraph:We use two cookies:", "item:session", "item:language",
    ]);
  });

  it("removes YAML front matter and keeps its title", () => {
    expect(splitFrontMatter("---\ntitle: \"Acme notice\"\nlast_updated: 2024\n---\n# A\n")).toEqual({ body: "# A\n", title: "Acme notice" });
    expect(parseMarkdownBlocks("---\ntitle: T\n---\n## S\n\nText.").blocks[0]).toEqual({ kind: "heading", text: "S", level: 2 });
  });
});
