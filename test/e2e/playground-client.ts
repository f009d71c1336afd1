/**
 * Test client for Microsoft 365 Agents Playground: starts the CLI against a bot endpoint, types user
 * messages through the same HTTP API as the playground's web UI, and collects the bot's replies from
 * its WebSocket stream. How and why: test/e2e/README.md.
 *
 * @example
 *   const playground = await startPlayground({ botEndpoint: "http://127.0.0.1:3978/api/messages" });
 *   const replies = await playground.send("help", { conversation: "channel" });
 *   await playground.close();
 */
import { spawnPlayground, type PlaygroundProcess, type PlaygroundProcessOptions } from "./playground-process";
import { PlaygroundStreams, type BotMessage } from "./playground-streams";

export type { BotMessage } from "./playground-streams";

/** Where a message is typed: the personal chat, the team's General channel, or the group chat. */
export type ConversationKind = "personal" | "channel" | "groupChat";

/** Options of {@link PlaygroundClient.send}. */
export interface SendOptions {
  /** Default "personal". In "channel" and "groupChat" the bot is @mentioned, as Teams requires. */
  conversation?: ConversationKind;
  /**
   * Locale of the activity (e.g. "fr-FR"). The playground types every UI message as "en-US" (hard-coded),
   * so a locale is sent through its custom-activity API instead; personal chat only.
   */
  locale?: string;
  /** Wait for at least this many bot messages (default 1). */
  minReplies?: number;
  /** After the last reply, wait this long for more (ms, default 400). */
  settleMs?: number;
  /** Give up after this long (ms, default 15 000). */
  timeoutMs?: number;
}

/** The mocked Teams context the playground loaded from `.m365agentsplayground.yml` (GET /_internal/v1/testConfig). */
export interface PlaygroundConfig {
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: { id: string };
  personalChat: { id: string };
  groupChats: { id: string }[];
  teams: { id: string; channels: { id: string }[] }[];
}

/** A playground under test control. */
export interface PlaygroundClient {
  /** Playground web UI and API base, `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly pid: number;
  readonly config: PlaygroundConfig;
  /** Types `text` as the configured current user; resolves with the bot's replies to it. */
  send(text: string, options?: SendOptions): Promise<BotMessage[]>;
  /** Closes the streams and ends the playground's process group. Idempotent. */
  close(): Promise<void>;
}

/** Starts the playground against `botEndpoint` and connects to its streams. */
export async function startPlayground(options: PlaygroundProcessOptions): Promise<PlaygroundClient> {
  const proc = await spawnPlayground(options);
  try {
    const config = (await getJson(`${proc.baseUrl}/_internal/v1/testConfig`)).config as PlaygroundConfig;
    const streams = await PlaygroundStreams.connect(proc.baseUrl, config.bot.id);
    return new Client(proc, config, streams);
  } catch (err) {
    await proc.stop();
    throw err;
  }
}

class Client implements PlaygroundClient {
  readonly url: string;
  readonly pid: number;

  constructor(private readonly proc: PlaygroundProcess, readonly config: PlaygroundConfig, private readonly streams: PlaygroundStreams) {
    this.url = proc.baseUrl;
    this.pid = proc.pid;
  }

  async send(text: string, options: SendOptions = {}): Promise<BotMessage[]> {
    const kind = options.conversation ?? "personal";
    const conversationId = this.conversationId(kind);
    if (options.locale && kind !== "personal") {
      throw new Error(`send: a locale can only be set in the personal chat, not "${kind}"`);
    }
    // A channel message starts a post; the bot answers in the post's conversation `<channel>;messageid=<id>`.
    const matches = (id: string) => id === conversationId || (kind === "channel" && id.startsWith(`${conversationId};messageid=`));
    const collected = this.collect(matches, options);
    try {
      if (options.locale) await this.postCustomMessage(conversationId, text, options.locale);
      else await this.postTypedMessage(conversationId, text, kind !== "personal");
    } catch (err) {
      collected.cancel();
      throw err;
    }
    return collected.done;
  }

  async close(): Promise<void> {
    this.streams.close();
    await this.proc.stop();
  }

  private conversationId(kind: ConversationKind): string {
    if (kind === "personal") return this.config.personalChat.id;
    if (kind === "groupChat") return this.config.groupChats[0].id;
    return this.config.teams[0].id; // the General channel's id is the team id
  }

  /** POST /_conversation/v1/conversations/{id}/messages: what the UI does when the user presses Send. */
  private async postTypedMessage(conversationId: string, text: string, mention: boolean): Promise<void> {
    const at = `<at>${this.config.bot.name}</at>`;
    const body = {
      from: { id: this.config.currentUser.id },
      text: mention ? `${at} ${text}` : text,
      textFormat: "plain",
      ...(mention ? { mentions: [{ mentioned: { id: this.config.bot.id }, text: at }] } : {}),
    };
    await postJson(`${this.url}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, body);
  }

  /** The UI's "custom activity": the playground's own template for the chat, made a message in `locale`. */
  private async postCustomMessage(conversationId: string, text: string, locale: string): Promise<void> {
    const template = await getJson(`${this.url}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`);
    const activity = {
      ...template,
      type: "message",
      text,
      textFormat: "plain",
      locale,
      entities: [{ type: "clientInfo", locale }],
      channelData: { tenant: { id: this.config.tenantId } },
    };
    await postJson(`${this.url}/_internal/v1/customActivities`, activity);
  }

  /** Resolves with the bot messages that arrive in matching conversations, once `minReplies` came and `settleMs` passed quietly. */
  private collect(matches: (conversationId: string) => boolean, options: SendOptions): { done: Promise<BotMessage[]>; cancel: () => void } {
    const { minReplies = 1, settleMs = 400, timeoutMs = 15_000 } = options;
    const start = this.streams.messages.length;
    const fresh = () => this.streams.messages.slice(start).filter((m) => matches(m.conversationId));
    let cancel = () => {};
    const done = new Promise<BotMessage[]>((resolve, reject) => {
      let settle: NodeJS.Timeout | undefined;
      const finish = (err?: Error) => {
        unwatch();
        clearTimeout(timer);
        clearTimeout(settle);
        if (err) reject(err);
        else resolve(fresh());
      };
      const unwatch = this.streams.watch(matches, () => {
        if (fresh().length < minReplies) return;
        clearTimeout(settle);
        settle = setTimeout(() => finish(), settleMs);
      });
      const timer = setTimeout(() => finish(this.timeoutError(matches, fresh().length, minReplies, timeoutMs)), timeoutMs);
      cancel = () => finish(new Error("send cancelled"));
    });
    done.catch(() => {}); // on cancel the caller gets the POST error instead; no unhandled rejection
    return { done, cancel };
  }

  /** Explains a missing reply with what the playground's log stream recorded (activity names and HTTP statuses only). */
  private timeoutError(matches: (conversationId: string) => boolean, got: number, wanted: number, timeoutMs: number): Error {
    const notes = this.streams.notes
      .filter((n) => n.conversationId === undefined || matches(n.conversationId))
      .map((n) => `${n.activityName ?? "?"} ${n.direction} status=${n.statusCode ?? "-"}${n.level ? ` ${n.level}` : ""}`);
    return new Error(
      `Agents Playground: ${got} of ${wanted} bot replies within ${timeoutMs} ms. ` +
        `Playground log: ${notes.length ? notes.join("; ") : "(nothing: did the bot endpoint answer?)"}`,
    );
  }
}

async function getJson(url: string): Promise<Record<string, unknown>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

async function postJson<T = Record<string, unknown>>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url}: HTTP ${res.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}
