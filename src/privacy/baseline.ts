/**
 * The evaluation baseline: plain BM25 over the same sections with MiniSearch's defaults (its own
 * tokenizer and lower-casing, no stopwords, no stemming, no vocabulary, no fuzzy matching, no field
 * boost). It answers with the best section whenever any word matches, as such systems do.
 */
import MiniSearch from "minisearch";
import type { Answerer } from "./evaluation";
import type { PolicyDocument } from "./types";

/** Builds the baseline answerer over the sections of `doc` that have text. */
export function createBaseline(doc: PolicyDocument): Answerer {
  const sections = doc.sections.filter((s) => s.passages.length > 0);
  const search = new MiniSearch<{ id: number; heading: string; body: string }>({ fields: ["heading", "body"] });
  search.addAll(sections.map((s, id) => ({ id, heading: s.heading, body: s.passages.join("\n") })));
  return {
    answer(question) {
      const [top] = search.search(question);
      return top ? { answered: true, heading: sections[top.id as number].heading, score: top.score } : { answered: false };
    },
  };
}
