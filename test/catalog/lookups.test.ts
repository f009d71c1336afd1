import MiniSearch from "minisearch";
import { memoLookup, runLookup, SHORT_PREFIX, type Alternative } from "../../src/catalog/lookups";
import { documentTerms } from "../../src/catalog/terms";
import type { Course } from "../../src/catalog";
import { course, generatedCatalog } from "./helpers";

const courses: Course[] = [
  ...generatedCatalog(60, 11),
  course({ title: "Leadership essentials", tags: ["leadership"] }),
  course({ title: "Leading teams", description: "Leadership for new managers." }),
  course({ title: "Sécurité au travail", language: "fr" }),
];

/** The same engine shape as catalog/course-index: positions as ids, analyzed fields. */
function engine(list: Course[]): MiniSearch {
  const mini = new MiniSearch({
    idField: "index",
    fields: ["title", "tags", "description"],
    tokenize: (text) => text.split(" ").filter((t) => t !== ""),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 3, tags: 2, description: 1 } },
  });
  mini.addAll(list.map((c, index) => ({ index, title: documentTerms(c.title, c.language).join(" "), tags: c.tags.flatMap((t) => documentTerms(t, c.language)).join(" "), description: documentTerms(c.description, c.language).join(" ") })));
  return mini;
}

const mini = engine(courses);
const pairs = (hits: { ids: Int32Array; scores: Float64Array }) => [...hits.ids].map((id, k) => [id, hits.scores[k]]);

describe("runLookup", () => {
  it("returns MiniSearch's scores for every matching course, unfiltered", () => {
    const expected = mini.search("leadership", { prefix: false, fuzzy: 0 }).map((r) => [r.id, r.score]);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(pairs(runLookup(mini, { term: "leadership", prefix: false, fuzzy: 0 }))).toEqual(expected);
  });

  it("looks up prefixes shorter than SHORT_PREFIX in titles and tags only", () => {
    const term = "leadership".slice(0, SHORT_PREFIX - 1);
    const expected = mini.search(term, { prefix: true, fuzzy: 0, fields: ["title", "tags"] }).map((r) => [r.id, r.score]);
    expect(pairs(runLookup(mini, { term, prefix: true, fuzzy: 0 }))).toEqual(expected);
  });
});

describe("memoLookup", () => {
  const alts: Alternative[] = [
    { term: "leadership", prefix: false, fuzzy: 0 },
    { term: "lead", prefix: true, fuzzy: 0 },
    { term: "leadrship", prefix: false, fuzzy: 1 },
    { term: "securite", prefix: false, fuzzy: 0 },
  ];

  it("gives the same hits as an uncached lookup, and the kept ones on a repeat", () => {
    const lookup = memoLookup(mini);
    for (const alt of alts) {
      const first = lookup(alt);
      expect(pairs(first)).toEqual(pairs(runLookup(mini, alt)));
      expect(lookup(alt)).toBe(first);
    }
  });

  it("tells prefix, fuzzy and exact lookups of one term apart", () => {
    const lookup = memoLookup(mini);
    const exact = lookup({ term: "lead", prefix: false, fuzzy: 0 });
    const prefix = lookup({ term: "lead", prefix: true, fuzzy: 0 });
    expect(pairs(exact)).toEqual(pairs(runLookup(mini, { term: "lead", prefix: false, fuzzy: 0 })));
    expect(prefix.ids.length).toBeGreaterThan(exact.ids.length);
  });

  it("drops the least recently used lookups beyond its size and never keeps one larger than it", () => {
    const a = { term: "leadership", prefix: false, fuzzy: 0 };
    const b = { term: "securite", prefix: false, fuzzy: 0 };
    const size = runLookup(mini, a).ids.length + 1 + runLookup(mini, b).ids.length + 1;
    const lookup = memoLookup(mini, size);
    const firstA = lookup(a);
    const firstB = lookup(b);
    expect(lookup(a)).toBe(firstA); // a is now the most recent
    lookup({ term: "lead", prefix: true, fuzzy: 0 }); // larger than what fits beside a: evicts b, then a
    expect(lookup(b)).not.toBe(firstB);
    const tiny = memoLookup(mini, 1);
    expect(tiny(a)).not.toBe(tiny(a));
  });

  it("bounds the number of lookups kept, even of lookups matching nothing", () => {
    const lookup = memoLookup(mini, 1_000, 2);
    const none = (term: string) => ({ term, prefix: false, fuzzy: 0 });
    const first = lookup(none("zzqx"));
    expect(first.ids.length).toBe(0);
    expect(lookup(none("zzqx"))).toBe(first);
    lookup(none("zzqy"));
    lookup(none("zzqz")); // third entry: the least recently used one goes
    expect(lookup(none("zzqx"))).not.toBe(first);
  });
});
