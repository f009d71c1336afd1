/** Minimal typings for untyped dependencies. */
declare module "snowball-stemmers" {
  export function newStemmer(algorithm: string): { stem(word: string): string };
  export function algorithms(): string[];
}
declare module "stopwords-iso" {
  export const en: string[];
  export const fr: string[];
}
