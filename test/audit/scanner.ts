/**
 * Finds any of many values (tens of thousands) in large texts in one pass per text.
 *
 * Written here rather than taken from a library: no multi-pattern search package is installed, and
 * the need is small. Every value is at least {@link KEY} characters; values are indexed by their first
 * {@link KEY} characters (lower-cased), and a text is read once, looking up the {@link KEY} characters
 * at each position, then comparing the few candidates in full. Exact: no value is missed.
 *
 * Each value is also searched in the forms a program may write it in: percent-encoded (URLs),
 * form-encoded (spaces as `+`) and JSON-escaped.
 */

/** Shortest value the scanner accepts. */
export const KEY = 6;

/** One occurrence. */
export interface Hit {
  /** The generated value as it was generated. */
  value: string;
  /** The form found (the value itself, or its encoded form). */
  form: string;
  /** Where: the source label and the offset, with some text around it. */
  where: string;
}

export interface Scanner {
  scan(text: string, label: string): Hit[];
}

/** @throws Error for a value shorter than {@link KEY} (it would make hits meaningless). */
export function createScanner(values: Iterable<string>): Scanner {
  const byKey = new Map<string, { form: string; value: string }[]>();
  const add = (form: string, value: string) => {
    const lower = form.toLowerCase();
    const key = lower.slice(0, KEY);
    const list = byKey.get(key) ?? [];
    if (!list.some((e) => e.form === lower)) list.push({ form: lower, value });
    byKey.set(key, list);
  };
  for (const value of values) {
    if (value.length < KEY) throw new Error(`scanner: value "${value}" is shorter than ${KEY} characters`);
    for (const form of formsOf(value)) add(form, value);
  }
  return {
    scan(text, label) {
      const lower = text.toLowerCase();
      const hits: Hit[] = [];
      for (let i = 0; i + KEY <= lower.length; i++) {
        const candidates = byKey.get(lower.slice(i, i + KEY));
        if (!candidates) continue;
        for (const c of candidates) {
          if (lower.startsWith(c.form, i)) hits.push({ value: c.value, form: c.form, where: `${label} @${i}: …${text.slice(Math.max(0, i - 40), i + c.form.length + 40)}…` });
        }
      }
      return hits;
    },
  };
}

/** The value and the encoded forms it may be written in. */
export function formsOf(value: string): string[] {
  const percent = encodeURIComponent(value);
  return [...new Set([value, percent, percent.replace(/%20/g, "+"), JSON.stringify(value).slice(1, -1)])];
}
