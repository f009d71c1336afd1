/**
 * The `value` of a `composeExtension/query` invoke, read defensively (any JSON can arrive).
 * Source: "Respond to search command": `{commandId, parameters: [{name, value}], queryOptions: {skip, count}}`;
 * on the initial run Teams sends the parameter `initialRun` with value "true" instead of the query.
 */

/** What the search handler needs from the invoke. */
export interface SearchInvoke {
  /** The manifest command id, when sent. */
  commandId?: string;
  /** The text typed ("" when none). */
  query: string;
  initialRun: boolean;
  /** Untrusted paging values, normalized by sharing/pageOf. */
  skip: unknown;
  count: unknown;
}

/** Name of the search command's parameter in the manifest. */
export const QUERY_PARAMETER = "query";

type Parameter = { name?: unknown; value?: unknown };

/**
 * @example parseSearchInvoke({ commandId: "searchCourses", parameters: [{ name: "query", value: "gdpr" }], queryOptions: { skip: 0, count: 25 } })
 *   // { commandId: "searchCourses", query: "gdpr", initialRun: false, skip: 0, count: 25 }
 */
export function parseSearchInvoke(value: unknown): SearchInvoke {
  const v = (value !== null && typeof value === "object" ? value : {}) as { commandId?: unknown; parameters?: unknown; queryOptions?: unknown };
  const parameters: Parameter[] = Array.isArray(v.parameters) ? v.parameters.filter((p): p is Parameter => p !== null && typeof p === "object") : [];
  const initial = parameters.find((p) => p.name === "initialRun");
  const named = parameters.find((p) => p.name === QUERY_PARAMETER);
  const query = named?.value;
  const options = (v.queryOptions !== null && typeof v.queryOptions === "object" ? v.queryOptions : {}) as { skip?: unknown; count?: unknown };
  return {
    commandId: typeof v.commandId === "string" ? v.commandId : undefined,
    query: typeof query === "string" ? query : "",
    initialRun: initial !== undefined && (initial.value === true || String(initial.value).toLowerCase() === "true"),
    skip: options.skip,
    count: options.count,
  };
}
