/**
 * Problems found while building the app package, and how they are printed.
 *
 * Every check returns plain {@link Problem} objects; the CLI prints one line per problem,
 * naming the package file, the field inside it and the fix, so an admin can act on each line alone.
 */

/** One thing that would make Teams (or the upload service) reject the package. */
export interface Problem {
  /** File of the package the problem is in, as named in the zip: `manifest.json`, `fr.json`, `outline.png`. */
  file: string;
  /** Field inside that file as a JSON path (`bots[0].botId`, `name.short`); `""` for the whole file. */
  field: string;
  /** What is wrong, one sentence, no line breaks. */
  message: string;
  /** What to change, one sentence, no line breaks. */
  fix: string;
}

/** Result of one named check, for the "what was checked" summary. */
export interface CheckResult {
  /** Short name, e.g. `schema v1.30 (offline)`. */
  name: string;
  /** What was looked at when it passed, e.g. `3 static tabs, 1 configurable tab`. */
  detail: string;
  problems: Problem[];
}

/** Builds a problem; `field` may be `""` when the whole file is concerned. */
export function problem(file: string, field: string, message: string, fix: string): Problem {
  return { file, field, message: oneLine(message), fix: oneLine(fix) };
}

/**
 * Formats a problem as one line: `<file> <field>: <message> Fix: <fix>`.
 * @example formatProblem(problem("manifest.json", "id", "is not a GUID.", "set TEAMS_APP_ID."))
 *   // "manifest.json id: is not a GUID. Fix: set TEAMS_APP_ID."
 */
export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.file} ${p.field}` : p.file;
  return `${where}: ${p.message} Fix: ${p.fix}`;
}

/** Removes problems already reported for the same file and field (first one wins). */
export function dedupeByField(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.field}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Shows a value in a message: strings quoted and cut at 80 characters. */
export function show(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
