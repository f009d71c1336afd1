/**
 * Composition root: configuration → logger → tenant registry → bot → restify server.
 *
 * Routes: `POST /api/messages` (Bot Framework activities), `GET /healthz` (process up),
 * `GET /readyz` (tenants and storage loaded, src/ops), `GET /go/:tenantId/:courseId` (counting redirect
 * of course Open buttons, src/go).
 * The tab routes and APIs are mounted by src/api.
 *
 * @example
 *   const server = await startServer(loadConfig(process.env));
 *   console.log(server.url); // http://127.0.0.1:3978
 *   await server.close();
 */
import restify from "restify";
import type { AppConfig } from "./config";
import { createBot, type BotDeps } from "./bot/create-bot";
import { cardActionHandlers } from "./bot/card-actions";
import { messageExtensionHandlers } from "./bot/message-extension";
import { createLogger, type Logger } from "./logging/logger";
import { restifyLogger } from "./logging/restify-logger";
import { registerTabRoutes, type TabRouteOptions } from "./api";
import { browseAllCoursesActions } from "./tab-links/browse-all";
import { loadRegistry } from "./tenants/load";
import { demoRegistryPath } from "./tenants/demo";
import type { TenantRegistry } from "./tenants/registry";
import { reloadableRegistry, type ReloadReport } from "./tenants/reloadable-registry";
import { neutralizeErrorBody } from "./http/error-body";
import { setUpOperations } from "./ops/operations";
import { startUsage, type UsageCounter } from "./usage";
import { goLinks, registerGoRoute } from "./go";
import type { CounterStore } from "./storage";

/** Options for tests and tools; production passes none. */
export interface ServerOptions {
  logger?: Logger;
  /** Use this registry instead of loading `config.tenantsFile` (or the demo registry). */
  registry?: TenantRegistry;
  /** Interface to listen on (default 0.0.0.0; tests use 127.0.0.1). */
  host?: string;
  adapterOverrides?: BotDeps["adapterOverrides"];
  /** Tab API settings (tests: loopback JWKS URL, bundle folder). */
  tab?: TabRouteOptions;
  /** Where anonymous usage counts go (default: the configured storage through the buffered counter, src/usage/setup). */
  usage?: UsageCounter;
  /** Use this counter store instead of the configured one (tests: a failing store). Ignored when `usage` is given. */
  counterStore?: CounterStore;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3978. */
  url: string;
  server: restify.Server;
  close(): Promise<void>;
  /** Reloads the tenant registry, catalogs and policies (SIGHUP); keeps the last good version of a broken file. */
  reload(): ReloadReport;
  /** Graceful stop (SIGTERM): `/readyz` 503, no new connections, turns in flight finish (≤ `graceMs`, default 10 s), then close. */
  shutdown(graceMs?: number): Promise<boolean>;
}

/** Maximum accepted request body, in bytes (Bot Framework activities are a few KB). */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Builds and starts the app.
 * @throws RegistryError / catalog or policy errors naming the file and entry; start-up stops.
 */
export async function startServer(config: AppConfig, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.logger ?? createLogger(config.logLevel);
  const registry = reloadableRegistry(options.registry ?? loadRegistry(config.tenantsFile, log.child("tenants")));
  const usageRuntime = options.usage ? undefined : startUsage(config, log, options.counterStore);
  const usage = options.usage ?? usageRuntime!.counter;
  const courseOpenUrl = goLinks(config.tabEndpoint);
  const bot = createBot({
    auth: config.bot,
    registry,
    log,
    adapterOverrides: options.adapterOverrides,
    rateLimit: config.rateLimit,
    extras: { courseListActions: browseAllCoursesActions(config.teamsAppId), courseOpenUrl },
    usage,
    invokeHandlers: messageExtensionHandlers(log.child("message-extension"), { usage, courseOpenUrl }),
    cardActions: cardActionHandlers({ log: log.child("card-actions"), usage, courseOpenUrl }),
  });
  const server = createHttpServer(log.child("http"));
  server.post("/api/messages", async (req, res) => {
    await bot.handle(req, res);
  });
  server.get("/healthz", (_req, res, next) => {
    res.send(200, { status: "ok" });
    next();
  });
  registerGoRoute(server, { registry, usage, log: log.child("go") });
  registerTabRoutes(server, { config, registry, log, options: options.tab });
  const registryPath = options.registry ? undefined : (config.tenantsFile ?? demoRegistryPath());
  const ops = setUpOperations(server, { registry, registryPath, store: usageRuntime?.store, log: log.child("ops") });
  const host = options.host ?? config.host;
  await new Promise<void>((resolve) => server.listen(config.port, host, resolve));
  const address = server.address();
  const url = `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${address.port}`;
  log.info({ event: "startup", port: address.port, count: registry.size, outcome: config.bot.mode }, "server listening");
  const close = async (): Promise<void> => {
    await closeServer(server);
    await usageRuntime?.close(); // last flush of the usage counters, then the store closes
  };
  return { url, server, close, reload: () => ops.reload(), shutdown: (graceMs) => ops.shutdown(close, graceMs) };
}

function createHttpServer(log: Logger): restify.Server {
  // restify's own logger is replaced: its default pino would print whole requests (headers, address) on some errors
  const server = restify.createServer({ name: "course-companion", handleUncaughtExceptions: false, log: restifyLogger(log) as never });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.on("restifyError", (req, res, err, callback) => {
    neutralizeErrorBody(err); // restify's messages can quote the body (malformed JSON): fixed text per status
    log.warn({ event: "http-error", route: req.getRoute()?.path?.toString(), status: err.statusCode ?? 500, err }, "request failed");
    callback();
  });
  return server;
}

async function closeServer(server: restify.Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.server.closeAllConnections?.();
  });
}
