/**
 * End to end with Microsoft 365 Agents Playground: the real server (src/server.ts, built-in demo
 * registry, local unauthenticated mode) and the playground CLI (`--dt`, `TEAMSAPPTESTER_BROWSER=none`),
 * talking over HTTP as in `npm run dev`. Messages are typed through the playground's UI API; replies are
 * read from its WebSocket stream (test/e2e/README.md).
 *
 * Expected answers are read from the demo data, never written here: the policy document and links from
 * data/demo/registry.json, the GDPR course from the demo catalog, interface strings from src/i18n.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { adaptiveCards, cardTexts, cardUrls } from "./card-reading";
import { startPlayground, type PlaygroundClient } from "./playground-client";
import { REPO_ROOT } from "./playground-process";

jest.setTimeout(60_000);

/** What this test reads from the app (loaded lazily so a missing server fails with a clear message). */
function app() {
  if (!existsSync(join(REPO_ROOT, "src", "server.ts"))) {
    throw new Error("src/server.ts is missing: the playground e2e test needs the real server (startServer, loadConfig).");
  }
  return {
    server: require("../../src/server") as typeof import("../../src/server"),
    config: require("../../src/config") as typeof import("../../src/config"),
    demo: require("../../src/tenants/demo") as typeof import("../../src/tenants/demo"),
    registryFile: require("../../src/tenants/registry-file") as typeof import("../../src/tenants/registry-file"),
    i18n: require("../../src/i18n") as typeof import("../../src/i18n"),
    privacy: require("../../src/privacy") as typeof import("../../src/privacy"),
  };
}

type App = ReturnType<typeof app>;

/** The demo tenant's registry entry, its policy's section headings (as the privacy parser reads them) and catalog. */
function demoData(a: App, tenantId: string) {
  const registryPath = a.demo.demoRegistryPath();
  const entry = a.registryFile.readRegistryFile(registryPath).find((e) => e.tenantId.toLowerCase() === tenantId.toLowerCase());
  if (!entry) throw new Error(`${registryPath} has no tenant ${tenantId} (the tenant in .m365agentsplayground.yml)`);
  const base = dirname(registryPath);
  const policyFile = entry.policyFiles[entry.defaultLanguage];
  if (!policyFile) throw new Error(`${registryPath}: tenant ${tenantId} has no policy in its default language`);
  const policy = a.privacy.loadPolicyFile(resolve(base, policyFile), entry.defaultLanguage);
  const headings = policy.sections.map((section) => section.heading);
  const catalog = JSON.parse(readFileSync(resolve(base, entry.catalogFile), "utf8")) as { title: string; url: string; language: string; tags?: string[] }[];
  return { entry, headings, catalog };
}

const RETENTION = /\b(keep|keeps|kept|retain|retained|retention|storage|store|stored)\b/i;

describe("Agents Playground end to end (real server, demo tenant)", () => {
  let a: App;
  let data: ReturnType<typeof demoData>;
  let server: { url: string; close(): Promise<void> } | undefined;
  let playground: PlaygroundClient | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "e2e-data-")); // the server's usage-counter storage, private to this run

  beforeAll(async () => {
    a = app();
    const config = { ...a.config.loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: dataDir }), port: 0 };
    server = await a.server.startServer(config, { host: "127.0.0.1" });
    playground = await startPlayground({ botEndpoint: `${server.url}/api/messages` });
    data = demoData(a, playground.config.tenantId);
  });

  afterAll(async () => {
    await playground?.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends the demo tenant id that the built-in registry serves", () => {
    expect(playground!.config.tenantId).toBe(a.demo.DEMO_TENANT_ID);
  });

  /** Sends `text`, expects exactly one reply holding one Adaptive Card, returns that card. */
  async function oneCard(text: string, options?: Parameters<PlaygroundClient["send"]>[1]) {
    const replies = await playground!.send(text, options);
    expect(replies).toHaveLength(1);
    const cards = adaptiveCards(replies);
    expect(cards).toHaveLength(1);
    return cards[0];
  }

  /** Texts of the card that are section headings of the demo policy, exactly as written there. */
  function policyHeadings(card: unknown): string[] {
    return cardTexts(card).filter((t) => data.headings.includes(t));
  }

  it('answers "how long do you keep my data?" with the demo policy\'s retention section', async () => {
    const card = await oneCard("how long do you keep my data?");
    expect(cardTexts(card)).toContain(a.i18n.t("en", "privacy.answerTitle"));
    const shown = policyHeadings(card);
    expect(shown).toHaveLength(1); // one section answers
    expect(shown[0]).toMatch(RETENTION); // and it is the one about keeping data
    if (data.entry.policyUrl) expect(cardUrls(card)).toContain(data.entry.policyUrl);
  });

  it("answers the same question in French (locale fr-FR) with the same section and French interface text", async () => {
    const english = policyHeadings(await oneCard("how long do you keep my data?"));
    const card = await oneCard("combien de temps gardez-vous mes données ?", { locale: "fr-FR" });
    expect(cardTexts(card)).toContain(a.i18n.t("fr", "privacy.answerTitle"));
    expect(english).toHaveLength(1);
    expect(policyHeadings(card)).toEqual(english);
  });

  it('answers "courses gdpr" with a card linking to the GDPR course', async () => {
    const gdprUrls = data.catalog.filter((c) => /\bgdpr\b/i.test(c.title) && c.language === "en").map((c) => c.url);
    expect(gdprUrls.length).toBeGreaterThan(0); // the demo catalog must have the GDPR course
    const card = await oneCard("courses gdpr");
    expect(cardUrls(card).filter((u) => gdprUrls.includes(u)).length).toBeGreaterThan(0);
  });

  it('answers "help" in the channel (bot @mentioned) with the help card', async () => {
    const card = await oneCard("help", { conversation: "channel" });
    expect(cardTexts(card)).toContain(a.i18n.t("en", "help.title"));
  });
});
