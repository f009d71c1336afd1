/**
 * A section's body blocks → passages: the units the engine ranks and quotes.
 * - a paragraph up to {@link MAX_PASSAGE} characters is one passage; a longer one is cut at sentence
 *   boundaries (Intl.Segmenter) into chunks of about {@link TARGET_CHUNK} characters;
 * - a list is kept together with the sentence introducing it ("The cookies we use include:") when
 *   the whole fits in {@link MAX_LIST}; otherwise its items are packed into chunks;
 * - a very short passage ("We keep your data safe.") is merged with its neighbour so a quote
 *   carries enough context.
 */
import type { Block } from "./blocks";

/** Longest paragraph kept whole, in characters. */
export const MAX_PASSAGE = 600;
/** Size aimed at when cutting a long paragraph or list, in characters. */
export const TARGET_CHUNK = 400;
/** Longest list (with its lead-in) kept as one passage, in characters. */
export const MAX_LIST = 700;
/** Passages shorter than this are merged with a neighbour, in characters. */
export const STUB = 120;

type Unit = { kind: "paragraph"; text: string } | { kind: "list"; leadIn?: string; items: string[] };

function toUnits(blocks: Block[]): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    const last = units[units.length - 1];
    if (block.kind === "item" && last?.kind === "list") last.items.push(block.text);
    else if (block.kind === "item" && last?.kind === "paragraph" && /:\s*$/.test(last.text)) {
      units[units.length - 1] = { kind: "list", leadIn: last.text, items: [block.text] };
    } else if (block.kind === "item") units.push({ kind: "list", items: [block.text] });
    else units.push({ kind: "paragraph", text: block.text });
  }
  return units;
}

/** Packs pieces into chunks of about `target` characters, joined by `separator`. */
function pack(pieces: string[], target: number, separator: string): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current && current.length + separator.length + piece.length > target) {
      chunks.push(current);
      current = piece;
    } else current = current ? `${current}${separator}${piece}` : piece;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Splits text into sentences with the platform's Unicode segmenter. */
export function sentences(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

/** A paragraph or list line longer than {@link MAX_PASSAGE}, cut into sentence chunks. */
function cut(text: string, locale: string): string[] {
  return text.length <= MAX_PASSAGE ? [text] : pack(sentences(text, locale), TARGET_CHUNK, " ");
}

function listPassages(unit: Extract<Unit, { kind: "list" }>, locale: string): string[] {
  const lines = unit.items.map((item) => `• ${item}`);
  const all = unit.leadIn ? [unit.leadIn, ...lines] : lines;
  if (all.join("\n").length <= MAX_LIST) return [all.join("\n")];
  return pack(all.flatMap((line) => cut(line, locale)), TARGET_CHUNK, "\n");
}

function mergeStubs(passages: string[]): string[] {
  const out: string[] = [];
  for (const passage of passages) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length < STUB && last.length + passage.length < MAX_PASSAGE) {
      out[out.length - 1] = `${last}\n${passage}`;
    } else out.push(passage);
  }
  const tail = out[out.length - 1];
  if (out.length > 1 && tail.length < STUB && out[out.length - 2].length + tail.length < MAX_PASSAGE) {
    out.splice(out.length - 2, 2, `${out[out.length - 2]}\n${tail}`);
  }
  return out;
}

/**
 * Turns body blocks into passages, in document order.
 * @param locale BCP 47 language for sentence segmentation ("en", "fr").
 * @example toPassages([{kind: "paragraph", text: "We keep data safe.", level: 0}], "en") // ["We keep data safe."]
 */
export function toPassages(blocks: Block[], locale: string): string[] {
  const passages: string[] = [];
  for (const unit of toUnits(blocks)) {
    if (unit.kind === "list") passages.push(...listPassages(unit, locale));
    else passages.push(...cut(unit.text, locale));
  }
  return mergeStubs(passages);
}
