import fc from "fast-check";
import type { Lang } from "../../src/i18n/language";
import type { Lookup } from "../../src/catalog/lookups";
import type { QueryUnit } from "../../src/catalog/query";
import { alternatives, best, byRank, PREFERRED_LANGUAGE_BOOST, rank, type RankOptions, type Ranked } from "../../src/catalog/ranking";

const rankedList = fc.uniqueArray(fc.record({ index: fc.nat(500), score: fc.oneof(fc.constantFrom(1, 2, 2.5), fc.double({ min: 0.01, max: 50, noNaN: true })) }), { selector: (r) => r.index, maxLength: 300 });

describe("best", () => {
  it("equals sorting everything and taking the first `count`", () => {
    fc.assert(
      fc.property(rankedList, fc.oneof(fc.nat(400), fc.constant(Infinity)), (ranked: Ranked[], count) => {
        const expected = [...ranked].sort(byRank).slice(0, count);
        expect(best([...ranked], count)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("breaks score ties by catalog order", () => {
    const ranked = [{ index: 7, score: 1 }, { index: 2, score: 1 }, { index: 5, score: 3 }, { index: 1, score: 1 }];
    expect(best(ranked, 3).map((r) => r.index)).toEqual([5, 1, 2]);
    expect(best(ranked, 0)).toEqual([]);
  });
});

/**
 * `rank` keeps its per-course scores in reused typed arrays (src/catalog/ranking). It must give
 * exactly what the plain Map-based ranking below gives, whatever the catalog size from one call to
 * the next (the arrays grow), the page size (short list, full sort, 0, Infinity), ties, language
 * filters and exclusions; and a ranking interrupted by an exception must not leak into the next.
 */
describe("rank", () => {
  const TERMS = ["a", "b", "c", "~x", "~y"];
  type Table = Record<string, Array<[number, number]>>;

  /** A lookup over generated hits: exact/prefix lookups by term, typo lookups from their own table. */
  function lookupOf(exact: Table, typo: Table): Lookup {
    const hits = (pairs: Array<[number, number]> = []) => ({ ids: Int32Array.from(pairs, (p) => p[0]), scores: Float64Array.from(pairs, (p) => p[1]) });
    return (alt) => hits(alt.fuzzy > 0 ? typo[alt.term] : exact[alt.term]);
  }

  /** The ranking as it was written before the typed arrays: Maps, one object per match, sort and slice. */
  function reference(lookup: Lookup, units: QueryUnit[], languageOf: (i: number) => Lang, options: RankOptions, top: number) {
    const accept = (i: number) => !options.exclude?.has(i) && (options.language === undefined || languageOf(i) === options.language);
    const boostOf = (i: number) => (options.preferLanguage !== undefined && languageOf(i) === options.preferLanguage ? PREFERRED_LANGUAGE_BOOST : 1);
    const sums = new Map<number, { score: number; units: number }>();
    for (const unit of units) {
      const bestOf = new Map<number, number>();
      const add = ({ ids, scores }: ReturnType<Lookup>) => {
        for (let k = 0; k < ids.length; k++) if (scores[k] > (bestOf.get(ids[k]) ?? 0) && accept(ids[k])) bestOf.set(ids[k], scores[k]);
      };
      for (const alt of alternatives(unit)) add(lookup(alt));
      if (bestOf.size === 0 && unit.word !== "" && unit.fuzzy > 0) add(lookup({ term: unit.word, prefix: unit.prefix, fuzzy: unit.fuzzy }));
      for (const [index, score] of bestOf) {
        const entry = sums.get(index) ?? { score: 0, units: 0 };
        sums.set(index, { score: entry.score + score, units: entry.units + 1 });
      }
    }
    const ranked = [...sums].map(([index, { score, units: n }]) => ({ index, score: score * n * boostOf(index) }));
    return { total: ranked.length, best: ranked.sort(byRank).slice(0, Math.max(0, top)) };
  }

  const scenario = fc.integer({ min: 1, max: 3000 }).chain((size) =>
    fc.record({
      size: fc.constant(size),
      languages: fc.array(fc.constantFrom<Lang>("en", "fr"), { minLength: size, maxLength: size }),
      exact: fc.dictionary(fc.constantFrom(...TERMS), fc.uniqueArray(fc.tuple(fc.nat(size - 1), fc.constantFrom(1, 2, 0.5, 3.25)), { selector: (p) => p[0], maxLength: 400 })),
      typo: fc.dictionary(fc.constantFrom(...TERMS), fc.uniqueArray(fc.tuple(fc.nat(size - 1), fc.double({ min: 0.01, max: 9, noNaN: true })), { selector: (p) => p[0], maxLength: 200 })),
      units: fc.array(
        fc.record({
          key: fc.string(),
          concept: fc.option(fc.constantFrom("~x", "~y"), { nil: undefined }),
          stems: fc.uniqueArray(fc.constantFrom("a", "b", "c"), { maxLength: 2 }),
          word: fc.constantFrom("", "a", "b", "c"),
          prefix: fc.boolean(),
          fuzzy: fc.constantFrom(0, 1, 2),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      options: fc.record({
        language: fc.option(fc.constantFrom<Lang>("en", "fr"), { nil: undefined }),
        preferLanguage: fc.option(fc.constantFrom<Lang>("en", "fr"), { nil: undefined }),
        exclude: fc.option(fc.uniqueArray(fc.nat(size - 1), { maxLength: 5 }).map((a) => new Set(a)), { nil: undefined }),
      }),
      top: fc.oneof(fc.constantFrom(0, 1, 5, 128, 129, Infinity), fc.nat(300)),
    }),
  );

  it("equals the plain Map ranking, call after call on catalogs of different sizes", () => {
    fc.assert(
      fc.property(scenario, ({ languages, exact, typo, units, options, top }) => {
        const lookup = lookupOf(exact, typo);
        const languageOf = (i: number) => languages[i];
        expect(rank(lookup, units, languageOf, options, top)).toEqual(reference(lookup, units, languageOf, options, top));
      }),
      { numRuns: 400 },
    );
  });

  it("leaves nothing behind when a lookup throws half-way, and refuses a nested call", () => {
    const exact: Table = { a: [[0, 1], [5, 2], [9, 3]], b: [[5, 1], [7, 4]] };
    const units: QueryUnit[] = [
      { key: "a", stems: ["a"], word: "", prefix: false, fuzzy: 0 },
      { key: "b", stems: ["b"], word: "", prefix: false, fuzzy: 0 },
    ];
    const languageOf = (): Lang => "en";
    const good = lookupOf(exact, {});
    const clean = rank(good, units, languageOf);
    let calls = 0;
    const failing: Lookup = (alt) => {
      if (++calls === 2) throw new Error("index unavailable");
      return good(alt);
    };
    expect(() => rank(failing, units, languageOf)).toThrow("index unavailable");
    expect(rank(good, units, languageOf)).toEqual(clean);
    const nested: Lookup = (alt) => {
      rank(good, units, languageOf);
      return good(alt);
    };
    expect(() => rank(nested, units, languageOf)).toThrow(/not re-entrant/);
    expect(rank(good, units, languageOf)).toEqual(clean);
  });
});
