/**
 * {@link CounterStore} on Azure Table Storage through @azure/data-tables, for deployments with
 * several App Service instances writing the same counters.
 *
 * Layout: one table (config `AZURE_TABLES_TABLE`, default `usagecounts`); PartitionKey = tenant ID,
 * RowKey = `day|event|key` (key percent-encoded, because `/ \ # ?` and control characters are not
 * allowed in keys), properties `day`, `event`, `key`, `count`. A tenant's report is one partition
 * range query; retention is one filtered scan.
 *
 * Increments use optimistic concurrency: read the entity and its ETag, write `count + n` with
 * `If-Match: <etag>` (a create when it does not exist); a 412 (someone wrote in between) or 409 (someone
 * created it first) re-reads and tries again, up to {@link MAX_ATTEMPTS} times with jittered back-off.
 * Source: "Managing concurrency in Table storage" (learn.microsoft.com), Table service REST API
 * "Update Entity" (If-Match) and "Understanding the Table service data model" (key characters).
 */
import { odata, TableClient, type TableEntity, type TransactionAction } from "@azure/data-tables";
import { checkDay, checkRow, checkTenant, mergeRows, addDays, type CounterRow, type CounterStore } from "./counter-store";

/** Attempts per counter before an increment gives up (each attempt is one read and one conditional write). */
export const MAX_ATTEMPTS = 16;
/** Counters written in parallel within one batch. */
const PARALLEL = 8;
/** Entity group transactions take at most 100 operations, all in one partition. */
const TRANSACTION_MAX = 100;

interface CounterEntity {
  day: string;
  event: string;
  key: string;
  count: number;
}

/** @returns the RowKey of a counter: `day|event|percent-encoded key`. */
export function rowKeyOf(row: Pick<CounterRow, "day" | "event" | "key">): string {
  return `${row.day}|${row.event}|${encodeURIComponent(row.key)}`;
}

/**
 * Wraps a {@link TableClient}; the table is created on first use when missing.
 * @param client e.g. `TableClient.fromConnectionString(conn, "usagecounts")`, see storage/open-store.
 */
export function createAzureTablesStore(client: TableClient): CounterStore {
  let ready: Promise<void> | undefined;
  const ensureTable = () => (ready ??= client.createTable().catch((e) => {
    ready = undefined;
    throw e;
  }));
  return {
    kind: "azure-tables",
    async increment(rows) {
      rows.forEach(checkRow);
      await ensureTable();
      const queue = mergeRows(rows);
      const worker = async () => {
        for (let row = queue.shift(); row; row = queue.shift()) await incrementOne(client, row);
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
    },
    async read(tenantId, fromDay, toDay) {
      await ensureTable();
      const filter = odata`PartitionKey eq ${checkTenant(tenantId)} and RowKey ge ${checkDay(fromDay)} and RowKey lt ${addDays(toDay, 1)}`;
      const rows: CounterRow[] = [];
      for await (const e of client.listEntities<CounterEntity>({ queryOptions: { filter } })) {
        rows.push({ tenantId: e.partitionKey as string, day: e.day, event: e.event, key: e.key, count: Number(e.count) });
      }
      return rows;
    },
    async deleteBefore(day) {
      await ensureTable();
      return deleteOlder(client, checkDay(day));
    },
    async close() {
      // TableClient holds no open resources beyond pooled HTTP connections.
    },
  };
}

/** Adds `row.count` to one entity with ETag-guarded writes, retrying on 409/412. */
async function incrementOne(client: TableClient, row: CounterRow): Promise<void> {
  const partitionKey = row.tenantId;
  const rowKey = rowKeyOf(row);
  for (let attempt = 1; ; attempt++) {
    try {
      const current = await getOrUndefined(client, partitionKey, rowKey);
      const entity: TableEntity<CounterEntity> = { partitionKey, rowKey, day: row.day, event: row.event, key: row.key, count: (current?.count ?? 0) + row.count };
      if (current) await client.updateEntity(entity, "Replace", { etag: current.etag });
      else await client.createEntity(entity);
      return;
    } catch (e) {
      const status = statusOf(e);
      if ((status !== 409 && status !== 412) || attempt >= MAX_ATTEMPTS) throw e;
      await sleep(Math.random() * Math.min(250, 5 * 2 ** attempt)); // jittered exponential back-off
    }
  }
}

async function getOrUndefined(client: TableClient, partitionKey: string, rowKey: string): Promise<{ count: number; etag: string } | undefined> {
  try {
    const e = await client.getEntity<CounterEntity>(partitionKey, rowKey);
    return { count: Number(e.count), etag: e.etag };
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

/** Deletes counters with `day < cutoff` in entity group transactions of up to 100 per partition. */
async function deleteOlder(client: TableClient, cutoff: string): Promise<number> {
  const byPartition = new Map<string, TransactionAction[]>();
  const filter = odata`day lt ${cutoff}`;
  for await (const e of client.listEntities({ queryOptions: { filter, select: ["PartitionKey", "RowKey"] } })) {
    const list = byPartition.get(e.partitionKey as string) ?? [];
    list.push(["delete", { partitionKey: e.partitionKey as string, rowKey: e.rowKey as string }]);
    byPartition.set(e.partitionKey as string, list);
  }
  let deleted = 0;
  for (const actions of byPartition.values()) {
    for (let i = 0; i < actions.length; i += TRANSACTION_MAX) {
      const chunk = actions.slice(i, i + TRANSACTION_MAX);
      await client.submitTransaction(chunk);
      deleted += chunk.length;
    }
  }
  return deleted;
}

function statusOf(e: unknown): number | undefined {
  const status = (e as { statusCode?: unknown })?.statusCode;
  return typeof status === "number" ? status : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
