import fc from "fast-check";
import { best, byRank, type Ranked } from "../../src/catalog/ranking";

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
