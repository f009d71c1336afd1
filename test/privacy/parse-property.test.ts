import fc from "fast-check";
import { parseHtmlBlocks } from "../../src/privacy/parse-html";
import { parseMarkdownBlocks } from "../../src/privacy/parse-markdown";
import { parsePolicy } from "../../src/privacy/parse-policy";
import { PolicyError } from "../../src/privacy/policy-error";
import { parseTxtBlocks } from "../../src/privacy/parse-txt";
import type { PolicyFormat } from "../../src/privacy/types";

/** Text built from policy-like pieces, so generated documents often have structure. */
const policyLike = fc
  .array(fc.oneof(
    fc.constantFrom("Cookies", "How long do you keep my data?", "  1. Be Fair", "## 2. Rights", "<h2>Contact</h2>", "• item", "- item", "\n", "\n\n", "    indented body."),
    fc.string({ unit: "grapheme", maxLength: 60 }),
  ), { maxLength: 30 })
  .map((parts) => parts.join("\n"));

describe("parsing never throws anything but a PolicyError", () => {
  it.each(["txt", "md", "html"] as PolicyFormat[])("for %s", (format) => {
    fc.assert(fc.property(fc.oneof(policyLike, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
      try {
        const doc = parsePolicy(text, { format, language: "en", source: "gen" });
        expect(doc.sections.length).toBeGreaterThan(0);
        expect(doc.sections.some((s) => s.passages.length > 0)).toBe(true);
        const ids = doc.sections.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const section of doc.sections) expect(section.heading.trim()).not.toBe("");
      } catch (err) {
        expect(err).toBeInstanceOf(PolicyError);
        expect((err as Error).message.startsWith("gen: ")).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it("block readers return trimmed, non-empty texts", () => {
    fc.assert(fc.property(policyLike, (text) => {
      const all = [...parseTxtBlocks(text), ...parseMarkdownBlocks(text).blocks, ...parseHtmlBlocks(text).blocks];
      for (const block of all) {
        expect(block.text).toBe(block.text.trim());
        expect(block.text).not.toBe("");
      }
    }), { numRuns: 200 });
  });
});
