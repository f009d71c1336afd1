/** Minimal typings for untyped dependencies. */
declare module "snowball-stemmers" {
  export function newStemmer(algorithm: string): { stem(word: string): string };
  export function algorithms(): string[];
}
declare module "stopwords-iso" {
  export const en: string[];
  export const fr: string[];
}
/** MiniSearch's radix tree (fuzzy lookup) is a package subpath export that `moduleResolution: node` cannot see. */
declare module "minisearch/SearchableMap" {
  import SearchableMap from "minisearch/dist/cjs/SearchableMap.cjs";
  export default SearchableMap;
}
