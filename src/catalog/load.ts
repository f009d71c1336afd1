/** Reading a catalog file from disk (once, at start-up). */
import { readFileSync } from "node:fs";
import { CatalogError } from "./errors";
import type { Course } from "./types";
import { validateCatalog } from "./validate";

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

function syntaxMessage(text: string, error: Error): string {
  const at = /position (\d+)/.exec(error.message);
  if (!at) return `is not valid JSON (${error.message}): check commas, quotes and brackets`;
  const { line, column } = lineAndColumn(text, Number(at[1]));
  return `is not valid JSON at line ${line}, column ${column} (${error.message}): check commas, quotes and brackets`;
}

/**
 * Reads, parses and validates a catalog file (UTF-8 JSON, a leading byte-order mark is accepted).
 * Messages start with `path` as given (`data/catalog.json: entry 3 (id "x"): "url" must be an https URL …`).
 * @param path path of the JSON file: an array of courses (see catalog/validate).
 * @returns the validated courses, in file order.
 * @throws {CatalogError} when the file cannot be read, is not JSON, or is not a valid catalog.
 * @example createCourseIndex(loadCatalogFile("data/demo/catalog.json"))
 */
export function loadCatalogFile(path: string): Course[] {
  const source = path;
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "read error";
    const hint = code === "ENOENT" ? "the file does not exist: check the path (relative paths start at the registry file's folder)" : "check the path and the file's permissions";
    throw new CatalogError(source, [{ message: `cannot be read (${code}): ${hint}` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CatalogError(source, [{ message: syntaxMessage(text, e as Error) }]);
  }
  return validateCatalog(data, source);
}
