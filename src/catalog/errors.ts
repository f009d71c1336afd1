/** The one error type of the catalog room: bad catalog data, named by file, entry and field. */

/** Where a problem is, and what to do about it. */
export interface CatalogProblem {
  /** 0-based index of the entry in the catalog array, when the problem is in an entry. */
  entry?: number;
  /** The entry's id, when it has a readable one. */
  id?: string;
  /** Field name, when the problem is in a field. */
  field?: string;
  /** What is wrong and how to fix it, e.g. `must be an https URL (https://…)`. */
  message: string;
}

/** Formats a problem as `<source>: entry 3 (id "x"): "url" must be an https URL`. */
export function formatProblem(source: string, p: CatalogProblem): string {
  const entry = p.entry === undefined ? "" : `entry ${p.entry}${p.id === undefined ? "" : ` (id ${JSON.stringify(p.id)})`}: `;
  const field = p.field === undefined ? "" : `${JSON.stringify(p.field)} `;
  return `${source}: ${entry}${field}${p.message}`;
}

/**
 * Thrown when a catalog file or value is not a valid catalog. `message` states the first problem
 * (and how many more there are); `problems` lists them all, each formatted like the message.
 */
export class CatalogError extends Error {
  /** File name or other label of the catalog (as given by the caller). */
  readonly source: string;
  readonly problems: readonly CatalogProblem[];

  constructor(source: string, problems: CatalogProblem[]) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    super(formatProblem(source, problems[0] ?? { message: "invalid catalog" }) + more);
    this.name = "CatalogError";
    this.source = source;
    this.problems = problems;
  }

  /** Every problem, formatted, one a line. */
  details(): string[] {
    return this.problems.map((p) => formatProblem(this.source, p));
  }
}
