/**
 * Finds the revision / "last updated" date a policy states, in English or French wordings:
 * "Last updated: 12 March 2024", "Date of most recent revision: 04/06/2021",
 * "The last update on 18/05/2021", "Dernière mise à jour : 3 février 2025", "Mis à jour le 01/02/2024",
 * "Effective date: 2024-01-31", "En vigueur à compter du 1er mars 2023".
 *
 * Why own code: no maintained library extracts a *revision* date (as opposed to any date) from
 * policy prose; this is a handful of phrase patterns next to a date pattern.
 */

const MONTHS_EN = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
const MONTHS_FR = [
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];
const MONTH_ALTERNATION = [
  ...MONTHS_EN,
  ...MONTHS_FR,
  "fevrier", "aout", "decembre", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
].join("|");

/** A date as policies write it: ISO, numeric with / . or -, or with an English or French month name. */
const DATE_SOURCE =
  `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}` +
  `|(?:\\d{1,2}(?:st|nd|rd|th|er)?\\s+)?(?:${MONTH_ALTERNATION})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4})`;

const PHRASES = [
  "last\\s+(?:updated|updates?|revised|revisions?|modified|modifications?|amended|changed|reviewed)",
  "date\\s+of\\s+(?:the\\s+)?(?:most\\s+recent|last|latest)\\s+(?:revisions?|updates?|modifications?|changes?)",
  "most\\s+recent(?:ly)?\\s+(?:revised|updated|revisions?|updates?)",
  "(?:updated|revised|modified|amended)\\s+(?:on|as\\s+of)",
  "effective\\s+(?:date|from|as\\s+of|on)",
  "revision\\s+date",
  "version\\s+(?:of|dated)",
  "derni[eè]re\\s+(?:mise\\s+[àa]\\s+jour|modification|r[ée]vision|version)",
  "mis(?:e)?\\s+[àa]\\s+jour",
  "date\\s+de\\s+(?:la\\s+)?(?:derni[eè]re\\s+)?(?:mise\\s+[àa]\\s+jour|r[ée]vision|modification)",
  "(?:r[ée]vis|modifi)[ée]e?\\s+le",
  "en\\s+vigueur\\s+(?:le|depuis|[àa]\\s+compter\\s+du|au)",
  "version\\s+du",
];

const REVISION_SOURCE = `(?:${PHRASES.join("|")})[^\\n]{0,40}?(${DATE_SOURCE})`;

/** True when `text` contains something that looks like a date. */
export function containsDate(text: string): boolean {
  return new RegExp(DATE_SOURCE, "iu").test(text);
}

/** True when `text` contains a revision statement followed by a date. */
export function isRevisionStatement(text: string): boolean {
  return new RegExp(REVISION_SOURCE, "iu").test(text);
}

/**
 * The revision date stated in `text`, exactly as written, or `undefined`.
 * When several are stated (a date near the top and another at the end), the most recent one wins;
 * numeric dates are read day-first unless the document's own dates show month-first (a second
 * number above 12), since the served organizations are mostly European.
 */
export function findRevisionDate(text: string): string | undefined {
  const found = [...text.matchAll(new RegExp(REVISION_SOURCE, "giu"))].map((m) => m[1].trim());
  if (found.length <= 1) return found[0];
  const dayFirst = readsDayFirst(found);
  let best = found[0];
  let bestTime = dateValue(best, dayFirst) ?? -Infinity;
  for (const candidate of found.slice(1)) {
    const time = dateValue(candidate, dayFirst) ?? -Infinity;
    if (time > bestTime) [best, bestTime] = [candidate, time];
  }
  return best;
}

function numericParts(date: string): number[] | undefined {
  const m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$/.exec(date);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function readsDayFirst(dates: string[]): boolean {
  const numeric = dates.map(numericParts).filter((p): p is number[] => p !== undefined);
  if (numeric.some(([a]) => a > 12)) return true;
  return !numeric.some(([, b]) => b > 12);
}

/** Milliseconds since the epoch (UTC) of a date as matched by the date pattern, or undefined. */
export function dateValue(date: string, dayFirst = true): number | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
  if (iso) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const numeric = numericParts(date);
  if (numeric) {
    const [a, b, y] = numeric;
    const [day, month] = dayFirst ? [a, b] : [b, a];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return Date.UTC(y < 100 ? 2000 + y : y, month - 1, day);
  }
  return textualDateValue(date.toLowerCase());
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

const FOLDED_MONTHS = [...MONTHS_EN, ...MONTHS_FR].map(fold);

/** Month index 0–11 of a full or abbreviated English or French month name ("sept", "févr." …). */
function monthIndex(word: string): number {
  const folded = fold(word);
  const exact = FOLDED_MONTHS.indexOf(folded);
  if (exact >= 0) return exact % 12;
  const prefixed = FOLDED_MONTHS.findIndex((name) => folded.length >= 3 && name.startsWith(folded));
  return prefixed >= 0 ? prefixed % 12 : -1;
}

function textualDateValue(date: string): number | undefined {
  const year = /(\d{4})$/.exec(date);
  const word = /\p{L}{3,}/u.exec(date.replace(/\d+(?:st|nd|rd|th|er)\b/g, ""));
  const month = word ? monthIndex(word[0]) : -1;
  if (!year || month < 0) return undefined;
  const day = /^(\d{1,2})/.exec(date) ?? /\s(\d{1,2})(?:st|nd|rd|th)?,?\s+\d{4}$/.exec(date);
  return Date.UTC(Number(year[1]), month, day ? Number(day[1]) : 1);
}
