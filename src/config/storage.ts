/**
 * Cross-field rules of the usage-counter storage settings (`STORAGE`, `DATA_DIR`,
 * `AZURE_TABLES_*`, `AZURE_CLIENT_ID`, `USAGE_*`); single-field rules are in config/schema.
 */
import type { Env } from "./schema";

/** Where the anonymous usage counters are kept. */
export type StorageConfig =
  | { kind: "sqlite"; /** Folder of `usage.sqlite` (default `.data`). */ dataDir: string }
  | { kind: "azure-tables"; table: string; /** Secret: never logged. */ connectionString: string }
  | { kind: "azure-tables"; table: string; /** e.g. https://<account>.table.core.windows.net */ accountUrl: string; /** User-assigned managed identity. */ clientId?: string };

/** Usage counting settings. */
export interface UsageConfig {
  /** Counters older than this many days are deleted by the app (on start and daily). */
  retentionDays: number;
  /** Pending increments are written every this many seconds (and on shutdown). */
  flushSeconds: number;
}

/** Default data folder, relative to the working directory (git-ignored). */
export const DEFAULT_DATA_DIR = ".data";

/**
 * @returns the storage settings, or pushes one line per problem to `problems`
 * (azure-tables without a connection, both connection forms set, Azure settings with STORAGE=sqlite).
 */
export function storageConfig(e: Env, problems: string[]): StorageConfig {
  const conn = e.AZURE_TABLES_CONNECTION_STRING;
  const url = e.AZURE_TABLES_ACCOUNT_URL;
  if (e.STORAGE === "sqlite") {
    if (conn || url) {
      problems.push("AZURE_TABLES_CONNECTION_STRING / AZURE_TABLES_ACCOUNT_URL are set while STORAGE=sqlite: set STORAGE=azure-tables to use them, or remove them");
    }
    return { kind: "sqlite", dataDir: e.DATA_DIR ?? DEFAULT_DATA_DIR };
  }
  if (conn && url) {
    problems.push("AZURE_TABLES_CONNECTION_STRING and AZURE_TABLES_ACCOUNT_URL are both set: keep only one (the account URL uses the managed identity)");
  } else if (!conn && !url) {
    problems.push("STORAGE=azure-tables needs AZURE_TABLES_ACCOUNT_URL (managed identity, preferred) or AZURE_TABLES_CONNECTION_STRING (an app setting)");
  }
  if (conn) return { kind: "azure-tables", table: e.AZURE_TABLES_TABLE, connectionString: conn };
  return { kind: "azure-tables", table: e.AZURE_TABLES_TABLE, accountUrl: (url ?? "").replace(/\/+$/, ""), clientId: e.AZURE_CLIENT_ID };
}

/** @returns the usage counting settings (single-field rules already checked by the schema). */
export function usageConfig(e: Env): UsageConfig {
  return { retentionDays: e.USAGE_RETENTION_DAYS, flushSeconds: e.USAGE_FLUSH_SECONDS };
}
