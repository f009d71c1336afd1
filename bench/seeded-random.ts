/**
 * Deterministic pseudo-random numbers for the benchmarks' generated catalogs, so every run measures
 * the same data: mulberry32 (a 32-bit generator, enough for test data; not for anything secret).
 * @returns a function giving numbers in [0, 1).
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
