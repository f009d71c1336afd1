/**
 * The baseline of the load benchmark: a bare echo bot on the same stack as the app (restify 11 with
 * the same body parser limit, botbuilder's CloudAdapter in local mode, replies through the Bot
 * Connector client). It answers every message with its text and does nothing else: no tenant gate,
 * no search, no cards, no logging.
 */
import restify from "restify";
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";
import { reportToParent } from "./report";

/** Same limit as the app (src/server MAX_BODY_BYTES), without loading the app's modules. */
const MAX_BODY_BYTES = 256 * 1024;

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const logic = async (context: TurnContext): Promise<void> => {
  if (context.activity.type === ActivityTypes.Message) await context.sendActivity(`echo: ${context.activity.text ?? ""}`);
};

const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));
server.post("/api/messages", async (req, res) => {
  await adapter.process(req, res, logic);
});
server.listen(0, "127.0.0.1", () => reportToParent(server.address().port));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
