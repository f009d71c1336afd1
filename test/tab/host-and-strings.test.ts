import { withTimeout } from "../../src/tab/host/with-timeout";
import { langFromLocale, translator } from "../../src/tab/i18n/i18n";
import { en } from "../../src/tab/i18n/strings-en";
import { fr } from "../../src/tab/i18n/strings-fr";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();

describe("withTimeout (the race of app.initialize against 3 s)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("gives the value when the promise settles first", async () => {
    await expect(withTimeout(Promise.resolve("ok"), 3000)).resolves.toEqual({ ok: true, value: "ok" });
  });

  it("says failed when the promise rejects first", async () => {
    await expect(withTimeout(Promise.reject(new Error("No Parent window found.")), 3000)).resolves.toEqual({ ok: false, reason: "failed" });
  });

  it("says timeout when nothing answers in time", async () => {
    const raced = withTimeout(new Promise(() => undefined), 3000);
    jest.advanceTimersByTime(3000);
    await expect(raced).resolves.toEqual({ ok: false, reason: "timeout" });
  });

  it("leaves no unhandled rejection when the promise rejects after the timeout", async () => {
    const unhandled = jest.fn();
    process.on("unhandledRejection", unhandled);
    let reject!: (e: Error) => void;
    const raced = withTimeout(new Promise((_resolve, r) => (reject = r)), 3000);
    jest.advanceTimersByTime(3000);
    await expect(raced).resolves.toEqual({ ok: false, reason: "timeout" });
    reject(new Error("late"));
    jest.useRealTimers();
    await new Promise((r) => setTimeout(r, 10));
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe("tab strings", () => {
  it("maps any fr* locale to French, everything else to English", () => {
    expect(langFromLocale("fr-CA")).toBe("fr");
    expect(langFromLocale("FR")).toBe("fr");
    expect(langFromLocale("en-GB")).toBe("en");
    expect(langFromLocale("de-DE")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
    expect(langFromLocale("fries")).toBe("en");
  });

  it("has the same keys in English and French, each translated", () => {
    expect(keys(fr)).toEqual(keys(en));
    const t = translator("fr");
    for (const key of keys(en).filter((k) => !k.startsWith("common.appName"))) expect(t(key, { count: 2 })).not.toBe(key);
  });

  it("chooses singular and plural forms", () => {
    expect(translator("fr")("courses.results", { count: 2, query: "rgpd" })).toBe("2 formations pour « rgpd »");
    expect(translator("en")("courses.results", { count: 1, query: "gdpr" })).toBe("1 course for “gdpr”");
  });
});
