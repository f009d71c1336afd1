/**
 * `t` (src/i18n): strings without variables are kept after their first lookup; every one must be
 * what i18next itself gives, in both languages, first and later calls alike.
 */
import i18next from "i18next";
import { t } from "../../src/i18n";
import { en } from "../../src/i18n/strings/en";
import { fr } from "../../src/i18n/strings/fr";

/** Every dot path to a string in a strings tree. */
function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

const reference = i18next.createInstance();
void reference.init({ resources: { en: { translation: en }, fr: { translation: fr } }, lng: "en", fallbackLng: "en", initAsync: false, interpolation: { escapeValue: false } });

describe("t", () => {
  const all = keys(en);

  it("gives i18next's string for every key in both languages, on the first and the second call", () => {
    expect(all.length).toBeGreaterThan(20);
    for (const lang of ["en", "fr"] as const) {
      for (const key of all) {
        const expected = reference.t(key, { lng: lang });
        expect(t(lang, key)).toBe(expected);
        expect(t(lang, key)).toBe(expected);
      }
    }
    expect(t("fr", "courses.open")).not.toBe(t("en", "courses.open"));
  });

  it("interpolates variables on every call (nothing of them is kept)", () => {
    const withVar = all.find((k) => /\{\{\w+\}\}/.test(reference.t(k, { lng: "en", interpolation: { skipOnVariables: true } }) as string));
    expect(withVar).toBeDefined();
    const variable = /\{\{(\w+)\}\}/.exec(reference.t(withVar!, { lng: "en" }) as string)?.[1] ?? "";
    const first = t("en", withVar!, { [variable]: "ALPHA" });
    const second = t("en", withVar!, { [variable]: "BETA" });
    expect(first).toContain("ALPHA");
    expect(second).toContain("BETA");
    expect(second).not.toContain("ALPHA");
  });

  it("interpolates like i18next's own t for every string with variables, whatever the values", () => {
    const values = ["Contoso", "", "a & b <i>x</i>", "$& $1 $$", "{{org}}", "l'été – 2024", "🙂", "12"];
    let checked = 0;
    for (const lang of ["en", "fr"] as const) {
      for (const key of all) {
        const names = [...(reference.t(key, { lng: lang }) as string).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((n) => n !== "count");
        if (names.length === 0) continue;
        for (const value of values) {
          const vars = Object.fromEntries(names.map((n) => [n, value]));
          expect(t(lang, key, vars)).toBe(reference.t(key, { ...vars, lng: lang }));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("takes i18next's plural forms with count (French: 1 autre, 2 autres)", () => {
    expect(t("fr", "courses.more", { count: 1 })).toBe(reference.t("courses.more", { count: 1, lng: "fr" }));
    expect(t("fr", "courses.more", { count: 1 })).toMatch(/^1 autre sur/);
    expect(t("fr", "courses.more", { count: 2 })).toMatch(/^2 autres sur/);
    expect(t("en", "courses.more", { count: 7 })).toBe("7 more on the learning platform.");
  });

  it("answers an unknown key with the key, as i18next does", () => {
    expect(t("en", "no.such.key")).toBe("no.such.key");
  });
});
