import { pinnedConfig, readPinned } from "../../src/tab/pin";

const ORIGIN = "https://tabs.example.test";

describe("pinnedConfig", () => {
  it("pins a course by id in contentUrl, websiteUrl and entityId", () => {
    expect(pinnedConfig({ kind: "course", id: "impacts-of-gdpr", title: "Impacts of GDPR" }, ORIGIN)).toEqual({
      entityId: "course:impacts-of-gdpr",
      contentUrl: `${ORIGIN}/tab/pinned?course=impacts-of-gdpr`,
      websiteUrl: `${ORIGIN}/tab/pinned?course=impacts-of-gdpr`,
      suggestedDisplayName: "Impacts of GDPR",
    });
  });

  it("pins a topic, encoding it in the URL", () => {
    const config = pinnedConfig({ kind: "topic", topic: "sécurité & RGPD" }, ORIGIN);
    expect(config.entityId).toBe("topic:sécurité & RGPD");
    expect(new URL(config.contentUrl).searchParams.get("topic")).toBe("sécurité & RGPD");
    expect(config.suggestedDisplayName).toBe("sécurité & RGPD");
  });

  it("shortens a long display name", () => {
    const name = pinnedConfig({ kind: "course", id: "x", title: "A".repeat(80) }, ORIGIN).suggestedDisplayName;
    expect(name).toHaveLength(40);
    expect(name.endsWith("…")).toBe(true);
  });
});

describe("readPinned", () => {
  it("reads the query string first", () => {
    expect(readPinned("?course=phishing-awareness", "topic:gdpr")).toEqual({ kind: "course", id: "phishing-awareness" });
    expect(readPinned("?topic=leadership", undefined)).toEqual({ kind: "topic", topic: "leadership" });
  });

  it("falls back to the entityId", () => {
    expect(readPinned("", "course:agile-fundamentals")).toEqual({ kind: "course", id: "agile-fundamentals" });
    expect(readPinned("?course=", "topic:excel")).toEqual({ kind: "topic", topic: "excel" });
  });

  it("round-trips what pinnedConfig saved", () => {
    for (const choice of [{ kind: "course" as const, id: "a-b", title: "T" }, { kind: "topic" as const, topic: "gestion du temps" }]) {
      const saved = pinnedConfig(choice, ORIGIN);
      const url = new URL(saved.contentUrl);
      const fromUrl = readPinned(url.search, undefined);
      expect(fromUrl).toEqual(readPinned("", saved.entityId));
      expect(fromUrl).toEqual(choice.kind === "course" ? { kind: "course", id: "a-b" } : { kind: "topic", topic: "gestion du temps" });
    }
  });

  it("says nothing is pinned otherwise", () => {
    expect(readPinned("", undefined)).toEqual({ kind: "none" });
    expect(readPinned("?other=1", "conversations")).toEqual({ kind: "none" });
  });
});
