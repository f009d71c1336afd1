/**
 * Blocks → sections: every heading opens a section that runs to the next heading; its body
 * blocks become passages. A heading directly followed by another heading gives a section without
 * passages (kept, so the whole-policy view shows the document's outline; the engine skips it).
 */
import { foldAccents } from "../text/analyzer";
import type { Block } from "./blocks";
import { headingWithoutNumber } from "./blocks";
import { toPassages } from "./passages";
import type { PolicySection } from "./types";

interface Draft {
  heading: string;
  level: number;
  body: Block[];
}

const PREAMBLE_WORDS = 8;

/** URL-safe slug of a heading, list number dropped: "5. Limit Storage of Data" → "limit-storage-of-data". */
export function slugify(heading: string): string {
  return foldAccents(headingWithoutNumber(heading).toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** Heading for text that comes before the first heading: the document title, else its first words. */
function preambleHeading(body: Block[], title: string | undefined): string {
  if (title) return title;
  const words = body[0].text.split(" ");
  return words.length > PREAMBLE_WORDS ? `${words.slice(0, PREAMBLE_WORDS).join(" ")}…` : body[0].text;
}

function drafts(blocks: Block[], title: string | undefined): Draft[] {
  const out: Draft[] = [];
  const firstHeading = blocks.findIndex((b) => b.kind === "heading");
  const preamble = firstHeading < 0 ? blocks : blocks.slice(0, firstHeading);
  if (preamble.length > 0) out.push({ heading: preambleHeading(preamble, title), level: 1, body: [...preamble] });
  for (const block of blocks.slice(preamble.length)) {
    if (block.kind === "heading") out.push({ heading: block.text, level: block.level, body: [] });
    else out[out.length - 1].body.push(block);
  }
  return out;
}

/**
 * Builds sections with unique ids (slug, then "-2", "-3"… on repeats; "section-N" when the heading
 * has no letters or digits).
 * @param locale language of the document, for sentence segmentation.
 */
export function buildSections(blocks: Block[], locale: string, title?: string): PolicySection[] {
  const used = new Set<string>();
  return drafts(blocks, title).map((draft, index) => {
    const base = slugify(draft.heading) || `section-${index + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return { id, heading: draft.heading, level: draft.level, passages: toPassages(draft.body, locale) };
  });
}
