/**
 * Policy documents (.txt, .md, .html) → {@link PolicyDocument}: sections from the document's own
 * structure, passages, and the stated revision date. Parsing happens once, when a tenant's policy
 * is loaded; answering never re-reads the file.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { Lang } from "../i18n/language";
import { detectLanguage } from "../text/detect-language";
import type { Block } from "./blocks";
import { buildSections } from "./build-sections";
import { parseHtmlBlocks } from "./parse-html";
import { parseMarkdownBlocks } from "./parse-markdown";
import { parseTxtBlocks } from "./parse-txt";
import { PolicyError } from "./policy-error";
import { findRevisionDate } from "./revision-date";
import type { PolicyDocument, PolicyFormat } from "./types";

/** Options of {@link parsePolicy}. */
export interface ParseOptions {
  format: PolicyFormat;
  /** Language the document is written in. */
  language: Lang;
  /** File path or label, used in error messages and kept as `PolicyDocument.source`. */
  source: string;
}

const EXTENSIONS: Record<string, PolicyFormat> = {
  ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
};

const STRUCTURE_HINT: Record<PolicyFormat, string> = {
  txt: "headings on lines of their own, separated from the text by blank lines",
  md: "Markdown headings (# Title, ## 1. Section)",
  html: "HTML headings (<h1>–<h6>)",
};

/** Format of a policy file from its extension; throws a {@link PolicyError} naming the file otherwise. */
export function formatFromPath(path: string): PolicyFormat {
  const format = EXTENSIONS[extname(path).toLowerCase()];
  if (!format) {
    throw new PolicyError(path, `unsupported policy format "${extname(path) || "(no extension)"}": use .txt, .md or .html`);
  }
  return format;
}

function readBlocks(text: string, format: PolicyFormat): { blocks: Block[]; title?: string; fullText: string } {
  if (format === "txt") return { blocks: parseTxtBlocks(text), fullText: text };
  return format === "md" ? parseMarkdownBlocks(text) : parseHtmlBlocks(text);
}

/**
 * Parses a policy held in memory.
 * @throws PolicyError (message starts with `options.source`) when the text is empty, binary, or has
 *   no recognizable structure (no headings, or headings with no text under any of them).
 * @example parsePolicy("Cookies\n\nWe use two cookies.", {format: "txt", language: "en", source: "p.txt"}).sections[0].heading // "Cookies"
 */
export function parsePolicy(text: string, options: ParseOptions): PolicyDocument {
  const { format, language, source } = options;
  if (text.includes("\u0000")) throw new PolicyError(source, "is not a text file (it contains NUL bytes); save the policy as UTF-8 .txt, .md or .html");
  if (text.trim() === "") throw new PolicyError(source, "the policy document is empty");
  const { blocks, title, fullText } = readBlocks(text, format);
  if (!blocks.some((b) => b.kind === "heading")) {
    throw new PolicyError(source, `no recognizable structure: no headings found (expected ${STRUCTURE_HINT[format]}), so the policy cannot be split into sections`);
  }
  const sections = buildSections(blocks, language, title);
  if (!sections.some((s) => s.passages.length > 0)) {
    throw new PolicyError(source, "no recognizable structure: headings were found but no text under any of them");
  }
  const revisionDate = findRevisionDate(fullText);
  return { language, sections, source, format, ...(revisionDate ? { revisionDate } : {}) };
}

/**
 * Reads and parses a policy file; the format comes from the extension (.txt, .md, .html).
 * @throws PolicyError naming `path` when the file is missing, unreadable, of another format, or unusable.
 */
export function loadPolicyFile(path: string, language: Lang): PolicyDocument {
  const format = formatFromPath(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? "policy file not found" : `cannot read the policy file (${code ?? "error"})`;
    throw new PolicyError(path, problem, { cause: err });
  }
  return parsePolicy(text, { format, language, source: path });
}

/**
 * The language a policy file reads as (from its function words), for operator tools that are not
 * told; undefined when unclear or unreadable (loading the file then reports the problem).
 */
export function guessPolicyLanguage(path: string): Lang | undefined {
  try {
    return detectLanguage(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}
