import { TableClient } from "@azure/data-tables";
import { createAzureTablesStore, rowKeyOf, tableClient } from "../../src/storage";
import { startAzurite, type Azurite } from "../helpers/azurite";
import { describeCounterStore, T1 } from "./store-contract";

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(() => azurite?.stop());

const open = (table = "usagecounts") => createAzureTablesStore(tableClient({ kind: "azure-tables", table, connectionString: azurite.connectionString }));

describeCounterStore("Azure Tables (Azurite)", () => ({ open: () => open() }));

describe("Azure Tables layout", () => {
  it("partitions by tenant and keys rows by day, event and encoded key", async () => {
    const store = open("layoutcheck");
    await store.increment([{ tenantId: T1, day: "2025-05-01", event: "course-opened", key: "a/b#c", count: 2 }]);
    const client = TableClient.fromConnectionString(azurite.connectionString, "layoutcheck", { allowInsecureConnection: true });
    const entities = [];
    for await (const e of client.listEntities()) entities.push(e);
    expect(entities).toEqual([expect.objectContaining({ partitionKey: T1, rowKey: "2025-05-01|course-opened|a%2Fb%23c", day: "2025-05-01", event: "course-opened", key: "a/b#c", count: 2 })]);
    expect(rowKeyOf({ day: "2025-05-01", event: "x", key: "" })).toBe("2025-05-01|x|");
  });

  it("creates its table on first use", async () => {
    const store = open("freshtable");
    expect(await store.read(T1, "2025-01-01", "2025-12-31")).toEqual([]);
  });
});
