/** Storage of the anonymous usage counters: one interface, SQLite and Azure Table Storage implementations. */
export { addDays, checkRow, mergeRows, utcDay, MAX_KEY_LENGTH, StorageInputError, type CounterKey, type CounterRow, type CounterStore } from "./counter-store";
export { openSqliteStore, SQLITE_FILE } from "./sqlite-store";
export { createAzureTablesStore, rowKeyOf, MAX_ATTEMPTS } from "./azure-tables-store";
export { openCounterStore, tableClient } from "./open-store";
