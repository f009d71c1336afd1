/**
 * A loopback stand-in for the Bot Connector service: records every activity the bot sends
 * (`POST /v3/conversations/{conversationId}/activities[/{replyToId}]`, and PUT for updates) and
 * answers `201 {"id": "..."}` like the real service.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  path: string;
  /** Decoded conversation id from the path. */
  conversationId: string;
  /** Authorization header the bot sent (its outgoing credentials), if any. */
  authorization?: string;
  body: any;
}

export interface FakeConnector {
  /** serviceUrl to put in activities, with a trailing slash. */
  serviceUrl: string;
  calls: RecordedCall[];
  /** Activities sent (bodies of POST/PUT calls). */
  sent(): any[];
  reset(): void;
  close(): Promise<void>;
  /** TCP connections accepted so far (keep-alive reuse shows as fewer connections than calls). */
  connections(): number;
  /** Optional hook to answer a call differently (status, body); return undefined for the default 201. */
  respond?: (call: RecordedCall) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: RecordedCall[] = [];
  let counter = 0;
  let connections = 0;
  const connector: FakeConnector = {
    serviceUrl: "",
    calls,
    sent: () => calls.map((c) => c.body),
    reset: () => void calls.splice(0),
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? "");
    const call: RecordedCall = { method: req.method ?? "", path: req.url ?? "", conversationId: match ? decodeURIComponent(match[1]) : "", authorization: req.headers.authorization, body };
    calls.push(call);
    const custom = connector.respond?.(call);
    const status = custom?.status ?? 201;
    res.writeHead(status, { "content-type": "application/json", ...custom?.headers });
    res.end(JSON.stringify(custom?.body ?? { id: `activity-${++counter}` }));
  });
  server.on("connection", () => void connections++);
  // Node's default (5 s): clients drop a kept-alive socket 1 s before the server's announced timeout,
  // so a 1 s timeout would defeat connection reuse. close() still ends idle sockets at once.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  connector.serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return connector;
}

/** Reads the body with events: `for await` over the request destroys it, closing a kept-alive socket. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", resolve);
    req.on("error", reject);
  });
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
