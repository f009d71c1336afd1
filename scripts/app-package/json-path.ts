/**
 * JSON paths in the notation the Teams localization schema uses for its keys
 * (`bots[0].commandLists[1].commands[0].title`), so a problem and a localization key name a field the same way.
 */

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Formats segments as a path.
 * @example formatPath(["bots", 0, "botId"]) // "bots[0].botId"
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

/**
 * Turns an ajv `instancePath` (JSON Pointer, RFC 6901) into the same notation.
 * @example pointerToPath("/bots/0/botId") // "bots[0].botId"
 */
export function pointerToPath(pointer: string): string {
  if (pointer === "") return "";
  const segments = pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  return formatPath(segments);
}

/** A string leaf of a JSON document with its path. */
export interface StringLeaf {
  path: string;
  segments: PathSegment[];
  value: string;
}

/** Lists every string value of a JSON document, depth first, with its path. */
export function stringLeaves(value: unknown, segments: PathSegment[] = []): StringLeaf[] {
  if (typeof value === "string") return [{ path: formatPath(segments), segments, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...segments, i]));
  if (isObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...segments, key]));
  }
  return [];
}

/** True for a plain JSON object (not an array, not null, not an Error). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Error);
}

/** Reads `value.a.b[0]` style paths given as segments; `undefined` when any step is missing. */
export function getAt(value: unknown, segments: readonly PathSegment[]): unknown {
  let current: unknown = value;
  for (const segment of segments) {
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : undefined;
    else current = isObject(current) ? current[segment] : undefined;
  }
  return current;
}
