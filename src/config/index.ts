/**
 * Configuration, read once at start-up from the environment (and `.env` through dotenv) and validated.
 *
 * @example
 *   const config = loadConfig(process.env); // throws ConfigError naming each bad variable and its fix
 */
import { envSchema } from "./schema";
import { storageConfig, usageConfig, type StorageConfig, type UsageConfig } from "./storage";

export type { StorageConfig, UsageConfig } from "./storage";

/** How the bot authenticates with Bot Framework. */
export type BotAuth =
  | { mode: "local" }
  | { mode: "MultiTenant"; appId: string; password: string }
  | { mode: "SingleTenant"; appId: string; password: string; tenantId: string }
  | { mode: "UserAssignedMsi"; appId: string; tenantId: string };

/** Validated application configuration, passed down from the composition root. */
export interface AppConfig {
  nodeEnv: "development" | "production" | "test";
  /** TCP port of the HTTP server. */
  port: number;
  /** Interface to listen on: `HOST`, else 127.0.0.1 in local mode (unauthenticated: this machine only), else 0.0.0.0. */
  host: string;
  bot: BotAuth;
  /** Path of the tenant registry JSON file; undefined: the built-in demo registry. */
  tenantsFile?: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Public base URL where the tabs are served (e.g. https://host); undefined: derived per request. */
  tabEndpoint?: string;
  /** Teams app id (manifest `id`), used for deep links to the personal tabs. */
  teamsAppId?: string;
  /** Tab SSO (Entra app registration); undefined: no SSO (local mode only). */
  sso?: { clientId: string; tenantId?: string };
  /** Where the anonymous usage counters live (`STORAGE`, `DATA_DIR`, `AZURE_TABLES_*`). */
  storage: StorageConfig;
  /** Counter retention and flush period (`USAGE_RETENTION_DAYS`, `USAGE_FLUSH_SECONDS`). */
  usage: UsageConfig;
  /** Per-tenant turn limit (`RATE_LIMIT_PER_TENANT` turns per `RATE_LIMIT_WINDOW_SECONDS`). */
  rateLimit: { perTenant: number; windowSeconds: number };
  /** `HEAP_GROWTH_PERCENT`: old-generation growth allowed past the live heap before a full GC, in % (0: V8's heuristic); see src/ops/heap-policy. */
  heapGrowthPercent: number;
}

/** Thrown when the environment is invalid; `problems` has one line per variable, naming it and the fix. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Validates `env` and builds the {@link AppConfig}.
 * @param env usually `process.env` after `dotenv.config()`.
 * @throws ConfigError listing every problem (unknown BOT_TYPE, bad GUID, missing password, local mode in production,
 *   STORAGE=azure-tables without a connection…).
 */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`));
  }
  const e = parsed.data;
  const bot = botAuth(e);
  const problems: string[] = [];
  const storage = storageConfig(e, problems);
  if (problems.length) throw new ConfigError(problems);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (bot.mode === "local" ? "127.0.0.1" : "0.0.0.0"),
    bot,
    tenantsFile: e.TENANTS_FILE,
    logLevel: e.LOG_LEVEL,
    tabEndpoint: e.TAB_ENDPOINT?.replace(/\/+$/, ""),
    teamsAppId: e.TEAMS_APP_ID,
    sso: e.AAD_APP_CLIENT_ID ? { clientId: e.AAD_APP_CLIENT_ID, tenantId: e.AAD_APP_TENANT_ID } : undefined,
    storage,
    usage: usageConfig(e),
    rateLimit: { perTenant: e.RATE_LIMIT_PER_TENANT, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    heapGrowthPercent: e.HEAP_GROWTH_PERCENT,
  };
}

function botAuth(e: ReturnType<typeof envSchema.parse>): BotAuth {
  const problems: string[] = [];
  if (!e.BOT_ID) {
    if (e.NODE_ENV === "production") {
      problems.push("BOT_ID is empty while NODE_ENV=production: set BOT_ID to the Azure Bot's app id (local mode is unauthenticated and refused in production)");
    }
    if (problems.length) throw new ConfigError(problems);
    return { mode: "local" };
  }
  const needsPassword = e.BOT_TYPE === "MultiTenant" || e.BOT_TYPE === "SingleTenant";
  if (needsPassword && !e.BOT_PASSWORD) {
    problems.push(`BOT_PASSWORD is required when BOT_TYPE=${e.BOT_TYPE}: set it to the client secret of the bot's app registration (keep it in a git-ignored .env.*.user file)`);
  }
  if (e.BOT_TYPE !== "MultiTenant" && !e.BOT_TENANT_ID) {
    problems.push(`BOT_TENANT_ID is required when BOT_TYPE=${e.BOT_TYPE}: set it to the Entra tenant ID that owns the bot's identity`);
  }
  if (problems.length) throw new ConfigError(problems);
  if (e.BOT_TYPE === "MultiTenant") return { mode: "MultiTenant", appId: e.BOT_ID, password: e.BOT_PASSWORD! };
  if (e.BOT_TYPE === "SingleTenant") {
    return { mode: "SingleTenant", appId: e.BOT_ID, password: e.BOT_PASSWORD!, tenantId: e.BOT_TENANT_ID! };
  }
  return { mode: "UserAssignedMsi", appId: e.BOT_ID, tenantId: e.BOT_TENANT_ID! };
}
