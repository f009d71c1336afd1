/**
 * Opens the {@link CounterStore} the configuration names: SQLite in `DATA_DIR`, or Azure Table
 * Storage through a connection string (an app setting) or the account URL with a managed identity
 * (`DefaultAzureCredential`, which uses `AZURE_CLIENT_ID` for a user-assigned identity, and the
 * developer's Azure CLI login on a workstation). Source: @azure/data-tables and @azure/identity docs.
 */
import { DefaultAzureCredential } from "@azure/identity";
import { TableClient } from "@azure/data-tables";
import type { StorageConfig } from "../config";
import { createAzureTablesStore } from "./azure-tables-store";
import type { CounterStore } from "./counter-store";
import { openSqliteStore } from "./sqlite-store";

/**
 * @throws the SQLite error when the data folder cannot be written; Azure connection problems show
 * later, as failed writes (the app starts anyway, see usage/buffered-counter).
 */
export function openCounterStore(config: StorageConfig): CounterStore {
  if (config.kind === "sqlite") return openSqliteStore(config.dataDir);
  return createAzureTablesStore(tableClient(config));
}

/** @returns a TableClient for the configured table; plain http is allowed only for a loopback emulator (Azurite). */
export function tableClient(config: Exclude<StorageConfig, { kind: "sqlite" }>): TableClient {
  if ("connectionString" in config) {
    const endpoint = /(?:^|;)\s*TableEndpoint=([^;]+)/i.exec(config.connectionString)?.[1] ?? "";
    return TableClient.fromConnectionString(config.connectionString, config.table, { allowInsecureConnection: isLoopbackHttp(endpoint) });
  }
  const credential = new DefaultAzureCredential(config.clientId ? { managedIdentityClientId: config.clientId } : {});
  return new TableClient(config.accountUrl, config.table, credential);
}

function isLoopbackHttp(endpoint: string): boolean {
  return /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i.test(endpoint.trim());
}
