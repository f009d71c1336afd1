/**
 * HTML policies → blocks, through htmlparser2 (entities decoded, malformed markup tolerated).
 * - `<h1>`–`<h6>` are headings of that level; `<dt>`, `<summary>` and a paragraph whose whole text is
 *   bold (`<p><strong>Cookies</strong></p>`) are headings of level 7 (FAQ pages and CMS exports use them);
 * - `<p>`, `<div>`, `<blockquote>`… are paragraphs, `<li>` are list items, table rows become items
 *   with cells joined by " | ";
 * - scripts, styles, navigation (`<nav>`, `role="navigation"`), forms and hidden elements are skipped;
 *   when the page has a `<main>` (or `role="main"`), only its content is read for sections.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { type Block, collapseWhitespace } from "./blocks";

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument["children"][number];
type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

const SKIP = new Set([
  "script", "style", "noscript", "template", "svg", "iframe", "nav", "button", "select", "form", "head",
  "canvas", "object", "math", "input", "textarea",
]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure",
  "figcaption", "address", "table", "thead", "tbody", "tfoot", "ul", "ol", "dl", "dd", "body", "html", "hr",
  "details", "fieldset", "center", "caption",
]);
const MAX_BOLD_HEADING_WORDS = 12;

/** Result of reading an HTML page. */
export interface HtmlBlocks {
  /** Blocks of the main content, in document order. */
  blocks: Block[];
  /** The page `<title>`, when present (used as the heading of text before the first heading). */
  title?: string;
  /** Text of the whole page, one block a line (where revision dates are looked for, footer included). */
  fullText: string;
}

interface Walk {
  blocks: Block[];
  buffer: string[];
  inItem: number;
}

function isHidden(el: HtmlElement): boolean {
  const a = el.attribs;
  return (
    "hidden" in a || a["aria-hidden"] === "true" || a.role === "navigation" ||
    /display\s*:\s*none/i.test(a.style ?? "")
  );
}

function textOf(node: HtmlNode): string {
  return collapseWhitespace(DomUtils.textContent(node));
}

function flush(w: Walk): void {
  const text = collapseWhitespace(w.buffer.join(""));
  w.buffer = [];
  if (text) w.blocks.push({ kind: w.inItem > 0 ? "item" : "paragraph", text, level: 0 });
}

function pushHeading(w: Walk, text: string, level: number): void {
  flush(w);
  if (text) w.blocks.push({ kind: "heading", text, level });
}

/** A paragraph whose only content is one `<strong>`/`<b>` with a short, title-like text. */
function isBoldHeading(el: HtmlElement): boolean {
  const meaningful = el.children.filter((c) => !(DomUtils.isText(c) && c.data.trim() === ""));
  if (meaningful.length !== 1) return false;
  const only = meaningful[0];
  if (!DomUtils.isTag(only) || (only.name !== "strong" && only.name !== "b")) return false;
  const text = textOf(only);
  return text.length > 0 && text.split(" ").length <= MAX_BOLD_HEADING_WORDS && !/[.,;]$/.test(text);
}

function visitRow(el: HtmlElement, w: Walk): void {
  flush(w);
  const cells = el.children.filter(DomUtils.isTag).map(textOf).filter(Boolean);
  if (cells.length > 0) w.blocks.push({ kind: "item", text: cells.join(" | "), level: 0 });
}

function visitElement(el: HtmlElement, w: Walk): void {
  const name = el.name.toLowerCase();
  if (SKIP.has(name) || isHidden(el)) return;
  const heading = /^h([1-6])$/.exec(name);
  if (heading) return pushHeading(w, textOf(el), Number(heading[1]));
  if (name === "dt" || name === "summary") return pushHeading(w, textOf(el), 7);
  if (name === "p" && isBoldHeading(el)) return pushHeading(w, textOf(el), 7);
  if (name === "tr") return visitRow(el, w);
  if (name === "br") {
    w.buffer.push(" ");
    return;
  }
  const isItem = name === "li";
  const isBlock = isItem || BLOCK.has(name);
  if (isBlock) flush(w);
  if (isItem) w.inItem += 1;
  for (const child of el.children) visit(child, w);
  if (isBlock) flush(w);
  if (isItem) w.inItem -= 1;
}

function visit(node: HtmlNode, w: Walk): void {
  if (DomUtils.isText(node)) w.buffer.push(node.data);
  else if (DomUtils.isTag(node)) visitElement(node, w);
  else if (DomUtils.hasChildren(node)) for (const child of node.children) visit(child, w);
}

function walk(nodes: HtmlNode[]): Block[] {
  const w: Walk = { blocks: [], buffer: [], inItem: 0 };
  for (const node of nodes) visit(node, w);
  flush(w);
  return w.blocks;
}

/**
 * Parses an HTML page into blocks.
 * @example parseHtmlBlocks("<h2>Cookies</h2><p>We use two.</p>").blocks
 * // [{kind: "heading", text: "Cookies", level: 2}, {kind: "paragraph", text: "We use two.", level: 0}]
 */
export function parseHtmlBlocks(html: string): HtmlBlocks {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const main = DomUtils.findOne((el) => el.name === "main" || el.attribs.role === "main", doc.children, true);
  const titleEl = DomUtils.findOne((el) => el.name === "title", doc.children, true);
  const title = titleEl ? textOf(titleEl) : undefined;
  const everything = walk(doc.children);
  const blocks = main ? walk([main]) : everything;
  const footers = DomUtils.findAll((el) => el.name === "footer", doc.children).map(textOf);
  const fullText = [...everything.map((b) => b.text), ...footers].join("\n");
  return { blocks, title: title || undefined, fullText };
}
