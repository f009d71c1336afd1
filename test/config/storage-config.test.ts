import { loadConfig } from "../../src/config";
import { problems } from "../helpers/config-problems";

const CONN = "DefaultEndpointsProtocol=https;AccountName=ccusage;AccountKey=a2V5;EndpointSuffix=core.windows.net";
const URL = "https://ccusage.table.core.windows.net";
const CLIENT = "11111111-2222-4333-8444-555555555555";

describe("storage and usage configuration", () => {
  it("defaults to SQLite in .data with 400 days of retention and a 30 s flush", () => {
    const config = loadConfig({});
    expect(config.storage).toEqual({ kind: "sqlite", dataDir: ".data" });
    expect(config.usage).toEqual({ retentionDays: 400, flushSeconds: 30 });
  });

  it("reads DATA_DIR, USAGE_RETENTION_DAYS and USAGE_FLUSH_SECONDS", () => {
    const config = loadConfig({ DATA_DIR: "/var/lib/cc", USAGE_RETENTION_DAYS: "90", USAGE_FLUSH_SECONDS: "5" });
    expect(config.storage).toEqual({ kind: "sqlite", dataDir: "/var/lib/cc" });
    expect(config.usage).toEqual({ retentionDays: 90, flushSeconds: 5 });
  });

  it("reads Azure Tables with a connection string and the default table", () => {
    expect(loadConfig({ STORAGE: "azure-tables", AZURE_TABLES_CONNECTION_STRING: CONN }).storage).toEqual({ kind: "azure-tables", table: "usagecounts", connectionString: CONN });
  });

  it("reads Azure Tables with an account URL and a managed identity client id", () => {
    const config = loadConfig({ STORAGE: "azure-tables", AZURE_TABLES_ACCOUNT_URL: `${URL}/`, AZURE_CLIENT_ID: CLIENT, AZURE_TABLES_TABLE: "ccCounts" });
    expect(config.storage).toEqual({ kind: "azure-tables", table: "ccCounts", accountUrl: URL, clientId: CLIENT });
  });

  it("rejects an unknown STORAGE", () => {
    expect(problems({ STORAGE: "postgres" })).toEqual([expect.stringMatching(/^STORAGE must be sqlite .* or azure-tables/)]);
  });

  it("requires a connection for STORAGE=azure-tables", () => {
    expect(problems({ STORAGE: "azure-tables" })).toEqual([expect.stringMatching(/^STORAGE=azure-tables needs AZURE_TABLES_ACCOUNT_URL .* or AZURE_TABLES_CONNECTION_STRING/)]);
  });

  it("refuses both a connection string and an account URL", () => {
    expect(problems({ STORAGE: "azure-tables", AZURE_TABLES_CONNECTION_STRING: CONN, AZURE_TABLES_ACCOUNT_URL: URL })).toEqual([
      expect.stringMatching(/^AZURE_TABLES_CONNECTION_STRING and AZURE_TABLES_ACCOUNT_URL are both set/),
    ]);
  });

  it("refuses Azure settings while STORAGE=sqlite", () => {
    expect(problems({ AZURE_TABLES_ACCOUNT_URL: URL })).toEqual([expect.stringMatching(/while STORAGE=sqlite: set STORAGE=azure-tables/)]);
  });

  it("rejects a connection string that is not one, without quoting it", () => {
    const found = problems({ STORAGE: "azure-tables", AZURE_TABLES_CONNECTION_STRING: "s3cret-key-only" });
    expect(found).toEqual([expect.stringMatching(/^AZURE_TABLES_CONNECTION_STRING must be a storage connection string/)]);
    expect(found.join("\n")).not.toContain("s3cret-key-only");
  });

  it("rejects an account URL that is not an https table endpoint", () => {
    expect(problems({ STORAGE: "azure-tables", AZURE_TABLES_ACCOUNT_URL: "http://ccusage.table.core.windows.net" })).toEqual([
      expect.stringMatching(/^AZURE_TABLES_ACCOUNT_URL must be the table endpoint/),
    ]);
  });

  it("rejects a table name Azure does not accept", () => {
    expect(problems({ AZURE_TABLES_TABLE: "usage-counts" })).toEqual([expect.stringMatching(/^AZURE_TABLES_TABLE must be 3 to 63 letters or digits/)]);
  });

  it("rejects an AZURE_CLIENT_ID that is not a GUID", () => {
    expect(problems({ AZURE_CLIENT_ID: "my-identity" })).toEqual([expect.stringMatching(/^AZURE_CLIENT_ID must be a GUID/)]);
  });

  it.each([
    ["abc", /must be a number of days/],
    ["1.5", /must be a whole number of days/],
    ["0", /must be between 1 and 3650 days/],
    ["4000", /must be between 1 and 3650 days/],
  ])("rejects USAGE_RETENTION_DAYS=%s", (value, message) => {
    expect(problems({ USAGE_RETENTION_DAYS: value })).toEqual([expect.stringMatching(new RegExp(`^USAGE_RETENTION_DAYS ${message.source}`))]);
  });

  it.each([
    ["soon", /must be a number of seconds/],
    ["2.5", /must be a whole number of seconds/],
    ["0", /must be between 1 and 3600 seconds/],
    ["7200", /must be between 1 and 3600 seconds/],
  ])("rejects USAGE_FLUSH_SECONDS=%s", (value, message) => {
    expect(problems({ USAGE_FLUSH_SECONDS: value })).toEqual([expect.stringMatching(new RegExp(`^USAGE_FLUSH_SECONDS ${message.source}`))]);
  });
});
