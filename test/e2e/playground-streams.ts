/**
 * The playground's two WebSocket streams, as its web UI uses them (see test/e2e/README.md):
 * - `/_ws_conversation/v1/conversations/stream`: `{action: "createMessage" | "updateMessage", actionConversationId,
 *   message: {messageId, from: {id}, text?, textFormat?, attachments: [{contentType, content}], ...}}` and
 *   `{action: "typing", actionConversationId}`. Bot replies arrive here.
 * - `/_ws/log/stream`: `{logAction: "appendLog", log: {conversationId, activityName, from, to, response?: {statusCode}, level?}}`,
 *   the UI's log panel; we keep only names and status codes (never text) to explain a missing reply.
 * The server buffers messages while no client is connected, so connect before sending.
 */
import WebSocket from "ws";

/** One message the bot sent, as the playground shows it. */
export interface BotMessage {
  /** Conversation the playground files it under (a channel post is `<channel>;messageid=<id>`). */
  conversationId: string;
  messageId: string;
  text?: string;
  attachments: { contentType: string; content: unknown }[];
}

/** What the log stream said about one activity (no text, no names: only routing and status). */
export interface LogNote {
  conversationId?: string;
  activityName?: string;
  direction: string;
  statusCode?: number;
  level?: string;
}

type Waiter = { matches: (conversationId: string) => boolean; onMessage: () => void };

/** Collects bot messages and log notes from a running playground. */
export class PlaygroundStreams {
  readonly messages: BotMessage[] = [];
  readonly notes: LogNote[] = [];
  private readonly sockets: WebSocket[] = [];
  private waiters = new Set<Waiter>();

  private constructor(private readonly botId: string) {}

  /** Opens both streams on `baseUrl` (http://host:port); rejects if either cannot connect within 5 s. */
  static async connect(baseUrl: string, botId: string): Promise<PlaygroundStreams> {
    const streams = new PlaygroundStreams(botId);
    const wsBase = baseUrl.replace(/^http/, "ws");
    await Promise.all([
      streams.open(`${wsBase}/_ws_conversation/v1/conversations/stream`, (data) => streams.onConversation(data)),
      streams.open(`${wsBase}/_ws/log/stream`, (data) => streams.onLog(data)),
    ]);
    return streams;
  }

  /** Calls `onMessage` whenever a bot message arrives in a conversation `matches` accepts; returns the unsubscribe. */
  watch(matches: (conversationId: string) => boolean, onMessage: () => void): () => void {
    const waiter: Waiter = { matches, onMessage };
    this.waiters.add(waiter);
    return () => this.waiters.delete(waiter);
  }

  /** Closes both sockets (terminate: no lingering handles). */
  close(): void {
    for (const socket of this.sockets) socket.terminate();
    this.waiters.clear();
  }

  private open(url: string, onData: (data: unknown) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { handshakeTimeout: 5_000 });
      this.sockets.push(socket);
      socket.on("message", (raw) => onData(parseJson(raw.toString())));
      socket.once("open", () => resolve());
      socket.once("error", (err) => reject(new Error(`Agents Playground stream ${url}: ${err.message}`)));
    });
  }

  private onConversation(data: unknown): void {
    const event = data as { action?: string; actionConversationId?: string; message?: Record<string, unknown> };
    if (event.action !== "createMessage" || !event.message) return;
    const message = event.message as { messageId: string; from?: { id?: string }; text?: string; attachments?: BotMessage["attachments"] };
    if (message.from?.id !== this.botId) return;
    const conversationId = String(event.actionConversationId);
    this.messages.push({ conversationId, messageId: message.messageId, text: message.text, attachments: message.attachments ?? [] });
    for (const waiter of this.waiters) if (waiter.matches(conversationId)) waiter.onMessage();
  }

  private onLog(data: unknown): void {
    const log = (data as { log?: Record<string, unknown> }).log;
    if (!log) return;
    const response = log.response as { statusCode?: number } | undefined;
    this.notes.push({
      conversationId: log.conversationId as string | undefined,
      activityName: log.activityName as string | undefined,
      direction: `${String(log.from)} -> ${String(log.to)}`,
      statusCode: response?.statusCode,
      level: log.level as string | undefined,
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
