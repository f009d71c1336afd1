/**
 * The intermediate shape every policy format is reduced to before sections are built:
 * a flat list of headings, paragraphs and list items in document order.
 */

/** What a block is, structurally. */
export type BlockKind = "heading" | "paragraph" | "item";

/** One structural unit of a policy document. */
export interface Block {
  kind: BlockKind;
  /** Text with whitespace collapsed (list markers removed from items). */
  text: string;
  /** Heading level (1 = top); 0 for paragraphs and items. */
  level: number;
}

/**
 * Collapses runs of whitespace (including no-break and narrow no-break spaces, which Word and
 * web editors put before French punctuation) into one space and trims.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007\u200b]+/gu, " ").trim();
}

/** Matches a leading list number as policies write them: "1. ", "2) ", "2.1 ", "IV. ", "a) ". */
export const LIST_NUMBER = /^(?:\d+(?:\.\d+)+\.?|\d+[.)]|[ivxlc]+[.)]|[a-z][.)])\s+/i;

/**
 * The heading without its leading list number, whitespace collapsed: "5. Limit Storage of Data"
 * → "Limit Storage of Data". Used to compare headings with evaluation `accept` lists.
 */
export function headingWithoutNumber(heading: string): string {
  const text = collapseWhitespace(heading);
  const stripped = text.replace(LIST_NUMBER, "");
  return stripped.length > 0 ? stripped : text;
}
