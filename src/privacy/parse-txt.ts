/**
 * Plain-text policies → blocks. Structure is read from layout, never from known headings:
 * - a heading is a short line of its own (after a blank line or at the start), with no closing
 *   sentence punctuation (a question mark is fine), starting with a capital or a list number;
 *   it is followed by a blank line, by a more-indented body, or directly by text when very short;
 * - numbered items with an indented body ("  5. Limit Storage of Data" / "    We limit…") are
 *   sub-headings (level 2);
 * - lines starting with a bullet (•, -, *, –, ▪) are list items; a more-indented line continues the item;
 * - other lines are paragraphs; a line that does not end a sentence is joined with the next
 *   (hard-wrapped text).
 * Lines stating a date ("Date of most recent revision: 04/06/2021") are never headings.
 */
import { type Block, collapseWhitespace, LIST_NUMBER } from "./blocks";
import { containsDate } from "./revision-date";

interface Line {
  indent: number;
  text: string;
}

const BULLET = /^[•·▪◦‣∙●○■□➢►–—*+-]\s+/u;
const ENDS_SENTENCE = /[.!?:;…)»"”'’]$/u;
const NO_HEADING_END = /[.,;:…]$/u;
const DANGLING_WORD = /\s(?:and|or|the|of|to|a|an|for|with|in|on|et|ou|de|du|des|la|le|les|à|au|aux|pour|avec|en|sur)$/iu;
const MAX_HEADING_WORDS = 15;
const MAX_RUN_IN_HEADING_WORDS = 8;

/** Splits plain text into {@link Line}s (tabs as 4 spaces, CRLF and BOM handled). */
function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((raw) => {
      const expanded = raw.replace(/\t/g, "    ").replace(/[\u00a0\u202f]/g, " ");
      const text = expanded.trim();
      return { indent: text ? expanded.length - expanded.trimStart().length : 0, text };
    });
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Looks like a title on its own: short, no closing punctuation, capital or number first, no date. */
function isTitleLike(text: string, maxWords: number): boolean {
  const words = wordCount(text);
  if (words === 0 || words > maxWords || text.length > 120) return false;
  if (NO_HEADING_END.test(text) || BULLET.test(text) || DANGLING_WORD.test(text)) return false;
  if (!/\p{L}/u.test(text) || containsDate(text) || /@|https?:\/\//.test(text)) return false;
  const afterNumber = text.replace(LIST_NUMBER, "");
  return /^[\p{Lu}\p{N}«"“(]/u.test(afterNumber);
}

function isHeadingAt(lines: Line[], i: number): boolean {
  const line = lines[i];
  const previous = lines[i - 1];
  if (previous !== undefined && previous.text !== "") return false;
  const next = lines[i + 1];
  if (next === undefined || next.text === "") return isTitleLike(line.text, MAX_HEADING_WORDS);
  if (next.indent > line.indent) return isTitleLike(line.text, MAX_HEADING_WORDS);
  if (/^\p{Ll}/u.test(next.text)) return false;
  return isTitleLike(line.text, MAX_RUN_IN_HEADING_WORDS);
}

function headingLevel(line: Line): number {
  return LIST_NUMBER.test(line.text) && line.indent > 0 ? 2 : 1;
}

/** Reads a list item starting at `i` (bullet line plus more-indented continuation lines). */
function readItem(lines: Line[], i: number): { block: Block; next: number } {
  const parts = [lines[i].text.replace(BULLET, "")];
  let j = i + 1;
  while (j < lines.length && lines[j].text && lines[j].indent > lines[i].indent && !BULLET.test(lines[j].text)) {
    parts.push(lines[j].text);
    j += 1;
  }
  return { block: { kind: "item", text: collapseWhitespace(parts.join(" ")), level: 0 }, next: j };
}

/** Reads a paragraph starting at `i`, joining lines that do not end a sentence. */
function readParagraph(lines: Line[], i: number): { block: Block; next: number } {
  const parts = [lines[i].text];
  let j = i + 1;
  while (j < lines.length && lines[j].text && !ENDS_SENTENCE.test(lines[j - 1].text) && !BULLET.test(lines[j].text)) {
    parts.push(lines[j].text);
    j += 1;
  }
  return { block: { kind: "paragraph", text: collapseWhitespace(parts.join(" ")), level: 0 }, next: j };
}

/**
 * Parses a plain-text policy into blocks.
 * @example parseTxtBlocks("Cookies\n\nWe use two cookies.") // [heading "Cookies", paragraph "We use two cookies."]
 */
export function parseTxtBlocks(text: string): Block[] {
  const lines = toLines(text);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.text) {
      i += 1;
    } else if (BULLET.test(line.text)) {
      const { block, next } = readItem(lines, i);
      blocks.push(block);
      i = next;
    } else if (isHeadingAt(lines, i)) {
      blocks.push({ kind: "heading", text: collapseWhitespace(line.text), level: headingLevel(line) });
      i += 1;
    } else {
      const { block, next } = readParagraph(lines, i);
      blocks.push(block);
      i = next;
    }
  }
  return blocks;
}
