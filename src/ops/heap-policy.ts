/**
 * The server process's garbage-collection policy: how far V8 lets the old generation grow past
 * the live heap before its next full (mark-compact) collection.
 *
 * Why: V8 picks that growing factor itself, between 1.1 and 4, and picks high values when the
 * program allocates fast, as a bot under load does (every turn allocates request, card and HTTP
 * objects, some promoted because 50 turns are in flight). With about 85 MB live (Node, botbuilder,
 * teamsfx and a 10,000-course catalog), the load benchmark saw the heap reach about 400 MB and the
 * process about 500 MB RSS before a full collection, for the same live data. A fixed factor of
 * 1 + `percent`/100 keeps the peak near the live heap, and unlike a hard `--max-old-space-size`
 * cap it follows the live heap when more tenants or larger catalogs are loaded, so it never runs
 * the process out of memory. Full collections come more often; in the benchmark the cost was
 * within run-to-run noise (docs/performance.md, "Memory").
 *
 * How: V8's `--heap-growing-percent` flag ("specifies heap growing factor as
 * (1 + heap_growing_percent/100)", `node --v8-options`), set at run time with
 * `v8.setFlagsFromString`; V8 reads it each time it recomputes the limit after a full collection
 * (heap.cc `Heap::RecomputeLimits`), so setting it after start-up takes effect; `--trace-gc-verbose`
 * shows the factor in force ("[HeapController] Limit: … (1.2)"), and test/ops/heap-policy.test.ts
 * checks it on the running Node. It is not allowed in NODE_OPTIONS, hence in code; Node documents
 * run-time flag changes as unsupported in general, so start-up logs the policy it applied.
 * 0 leaves V8's own heuristic.
 *
 * The factor applies from the first full collection on. Until then V8's start-up limit holds, and
 * a load arriving right after start-up could take the heap to about 250 MB before that first
 * collection (the load benchmark's 332 MB peaks): {@link settleHeap} runs one full collection once
 * start-up is done, so the policy's limit is in force from the first request.
 *
 * Called by the process entry (src/index.ts) and by the load benchmark's app process, which runs
 * the app as `npm start` does.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Accepted percentages: 0, or {@link MIN_PERCENT}–{@link MAX_PERCENT}. */
export const MIN_PERCENT = 10;
export const MAX_PERCENT = 100;

/**
 * @param percent `HEAP_GROWTH_PERCENT` (config): 10–100 fixes the growing factor at 1 + percent/100
 *   (below 10, V8 would collect almost continuously: its own factors start at 1.1; above 100 the
 *   point of the policy is lost, and the flag overrides V8's memory-saving modes too); 0 keeps V8's
 *   heuristic. Other values throw a RangeError (config validation keeps them out).
 * @returns the factor now in force, or undefined for V8's heuristic (for the start-up log line).
 */
export function applyHeapPolicy(percent: number): number | undefined {
  if (!Number.isInteger(percent) || (percent !== 0 && (percent < MIN_PERCENT || percent > MAX_PERCENT))) {
    throw new RangeError(`heap growth percent must be 0 or a whole number from ${MIN_PERCENT} to ${MAX_PERCENT}`);
  }
  if (percent === 0) return undefined;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return 1 + percent / 100;
}

/**
 * One full garbage collection now (about 50 to 100 ms, once): the catalogs and policies loaded at
 * start-up are then the live heap V8 sizes its next limit from, under the policy. Uses the
 * documented V8 route for code that was not started with `--expose-gc`: the flag, then the `gc`
 * function of a new context (the app's own global gets no `gc`).
 */
export function settleHeap(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}
