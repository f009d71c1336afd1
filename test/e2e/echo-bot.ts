/**
 * Test utility: a tiny unauthenticated echo bot (botbuilder CloudAdapter on restify) used to prove the
 * Agents Playground harness independently of the real server.
 *
 * It answers every `message` activity with one text reply `echo[<locale>]: <text>` (so a test can see
 * which locale the playground delivered), and `help` with one Adaptive Card attachment. It logs nothing.
 * Source for the local, unauthenticated mode: an empty `MicrosoftAppId` makes botbuilder skip JWT
 * validation, which is how Agents Playground and the Bot Framework Emulator talk to a local bot.
 */
import { AddressInfo } from "node:net";
import * as restify from "restify";
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
} from "botbuilder";

/** A running echo bot: `endpoint` is `http://127.0.0.1:<port>/api/messages`. */
export interface EchoBot {
  endpoint: string;
  close(): Promise<void>;
}

class EchoHandler extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context: TurnContext, next) => {
      const text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? "";
      if (text.toLowerCase() === "help") {
        const card = CardFactory.adaptiveCard({
          type: "AdaptiveCard",
          version: "1.4",
          body: [{ type: "TextBlock", text: "Echo bot help", wrap: true }],
        });
        await context.sendActivity({ attachments: [card] });
      } else {
        await context.sendActivity(`echo[${context.activity.locale ?? "none"}]: ${text}`);
      }
      await next();
    });
  }
}

/** Starts the echo bot on a free loopback port (port 0). Rejects if restify cannot listen. */
export async function startEchoBot(): Promise<EchoBot> {
  const auth = new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context) => {
    await context.sendActivity("echo bot error");
  };
  const handler = new EchoHandler();
  const server = restify.createServer({ name: "echo-bot" });
  server.use(restify.plugins.bodyParser());
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, (context) => handler.run(context));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
