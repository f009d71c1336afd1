/**
 * Markdown policies → blocks: rendered to HTML by markdown-it (CommonMark: ATX and setext headings,
 * lists, tables, emphasis, links, inline HTML), then read like any HTML page
 * ({@link parseHtmlBlocks}), so both formats share one structural reader.
 * A YAML front-matter block at the top is removed; its `title:` is kept as the document title.
 */
import MarkdownIt from "markdown-it";
import { parseHtmlBlocks, type HtmlBlocks } from "./parse-html";

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits off a YAML front-matter block, returning the body and the `title:` value if any. */
export function splitFrontMatter(text: string): { body: string; title?: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text.replace(/^\uFEFF/, "") };
  const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(match[1])?.[1];
  return { body: text.slice(match[0].length), title };
}

/**
 * Parses a Markdown policy into blocks.
 * @example parseMarkdownBlocks("## 1. Cookies\n\nWe use two.").blocks[0] // {kind: "heading", text: "1. Cookies", level: 2}
 */
export function parseMarkdownBlocks(text: string): HtmlBlocks {
  const { body, title } = splitFrontMatter(text);
  const html = parseHtmlBlocks(markdown.render(body));
  return { ...html, title: title ?? html.title, fullText: `${text}\n${html.fullText}` };
}
