/**
 * Proves the Agents Playground harness on its own, against a tiny echo bot (test/e2e/echo-bot.ts):
 * messages typed through the playground reach the bot with the configured Teams context, replies come
 * back through the WebSocket stream, and close() leaves no process behind.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { startEchoBot, type EchoBot } from "./echo-bot";
import { startPlayground, type PlaygroundClient } from "./playground-client";
import { REPO_ROOT } from "./playground-process";

jest.setTimeout(60_000);

const yml = parse(readFileSync(join(REPO_ROOT, ".m365agentsplayground.yml"), "utf8")) as {
  tenantId: string;
  bot: { id: string };
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("Agents Playground client (echo bot)", () => {
  let bot: EchoBot;
  let playground: PlaygroundClient;

  beforeAll(async () => {
    bot = await startEchoBot();
    playground = await startPlayground({ botEndpoint: bot.endpoint });
  });

  afterAll(async () => {
    await playground?.close();
    await bot?.close();
  });

  it("loads the project's .m365agentsplayground.yml (demo tenant, bot id)", () => {
    expect(playground.config.tenantId).toBe(yml.tenantId);
    expect(playground.config.bot.id).toBe(yml.bot.id);
  });

  it("delivers a personal-chat message as en-US and returns the bot's text reply", async () => {
    const replies = await playground.send("ping one");
    expect(replies.map((r) => r.text)).toEqual(["echo[en-US]: ping one"]);
  });

  it("sends a per-message locale through a custom activity", async () => {
    const replies = await playground.send("bonjour", { locale: "fr-FR" });
    expect(replies.map((r) => r.text)).toEqual(["echo[fr-FR]: bonjour"]);
  });

  it("mentions the bot in the channel and returns the card the bot sent in the post thread", async () => {
    const replies = await playground.send("help", { conversation: "channel" });
    expect(replies).toHaveLength(1);
    expect(replies[0].conversationId.startsWith(playground.config.teams[0].id)).toBe(true);
    expect(replies[0].attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
  });

  it("mentions the bot in the group chat", async () => {
    const replies = await playground.send("ping group", { conversation: "groupChat" });
    expect(replies.map((r) => r.text)).toEqual(["echo[en-US]: ping group"]);
  });

  it("refuses a locale outside the personal chat", async () => {
    await expect(playground.send("x", { conversation: "channel", locale: "fr-FR" })).rejects.toThrow(/personal chat/);
  });

  it("times out with the playground's log when the bot sends nothing", async () => {
    await expect(playground.send("ping two", { minReplies: 2, timeoutMs: 1_500 })).rejects.toThrow(/1 of 2 bot replies.*message/);
  });
});

describe("Agents Playground client lifecycle", () => {
  it("ends the playground process group on close, and close is idempotent", async () => {
    const playground = await startPlayground({ botEndpoint: "http://127.0.0.1:9/api/messages" });
    expect(isAlive(playground.pid)).toBe(true);
    await playground.close();
    await playground.close();
    expect(isAlive(playground.pid)).toBe(false);
  });

  it("refuses a missing config file instead of the CLI's silent built-in fallback", async () => {
    const missing = join(REPO_ROOT, "no-such-dir", ".m365agentsplayground.yml");
    await expect(startPlayground({ botEndpoint: "http://127.0.0.1:9/api/messages", configPath: missing })).rejects.toThrow(missing);
  });

  it("reports the CLI's reason when the config file is invalid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "playground-config-"));
    const bad = join(dir, ".m365agentsplayground.yml");
    writeFileSync(bad, 'version: "0.1.1"\ntenantId: 7d1e8f2a-4b6c-4d3e-9f80-1a2b3c4d5e6f\n');
    try {
      await expect(startPlayground({ botEndpoint: "http://127.0.0.1:9/api/messages", configPath: bad })).rejects.toThrow(/exited after start-up: .*bot/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
