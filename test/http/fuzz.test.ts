/**
 * Fuzz test through the real server (restify + CloudAdapter + teamsfx, local mode, loopback
 * connector): at least 10,000 activities generated from the shared fixtures and mutated by fast-check
 * (test/helpers/activity-arbitraries), sent 25 at a time. Invariants: no 5xx, every invoke answered
 * with a body, at most one outgoing activity per request and every card valid, no unhandled
 * rejection, nothing personal in the logs, the server still answers normally afterwards, and the
 * heap back near its baseline once collected.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Writable } from "node:stream";
import fc from "fast-check";
import { createLogger } from "../../src/logging/logger";
import { hostileActivity } from "../helpers/activity-arbitraries";
import { fixtureNames, loadActivity } from "../helpers/activities";
import { cardProblems, cardsOf } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";

const BATCH = 25;
const RUNS = Number(process.env.FUZZ_RUNS ?? 400); // 400 × 25 = 10,000 activities
const SEED = 20261129;
/** Heap growth tolerated after the run, once collected (caches such as the welcome de-duplication fill up). */
const HEAP_TOLERANCE_BYTES = 24 * 1024 * 1024;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Fixture personal data (names, user and conversation ids) that must never reach a log line. */
const PERSONAL = fixtureNames().flatMap((name) => {
  const a = loadActivity(name, "http://x/");
  return [a.from?.id, a.from?.name, a.from?.aadObjectId, a.conversation?.id];
}).filter((v): v is string => typeof v === "string" && v.length > 5);

let app: TestApp;
let logLines = 0;
const logLeaks: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  const sink = new Writable({
    write(chunk, _enc, cb) {
      const text = chunk.toString("utf8");
      logLines++;
      for (const p of PERSONAL) if (text.includes(p)) logLeaks.push(p);
      cb();
    },
  });
  app = await startTestApp({ RATE_LIMIT_PER_TENANT: "1000000", LOG_LEVEL: "info" }, { logger: createLogger("info", sink) });
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await app.close();
});

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

async function sendAndCheck(activity: Record<string, unknown>): Promise<string | undefined> {
  const res = await app.post(activity);
  if (res.status >= 500) return `HTTP ${res.status} for ${JSON.stringify(activity).slice(0, 2000)}`;
  if (activity.type === "invoke" && res.status === 200 && res.body === undefined && typeof activity.serviceUrl === "string") {
    return `invoke without a body: ${JSON.stringify(activity).slice(0, 2000)}`;
  }
  return undefined;
}

it("survives 10,000 generated and mutated activities", async () => {
  const fixtures = fixtureNames().map((n) => loadActivity(n, app.connector.serviceUrl));
  for (let round = 0; round < 3; round++) await Promise.all(fixtures.map((a) => app.post(structuredClone(a))));
  app.connector.reset();
  const baseline = heapAfterGc();

  let requests = 0;
  let sent = 0;
  const cpu0 = process.cpuUsage();
  const cardFailures: string[] = [];
  await fc.assert(
    fc.asyncProperty(fc.array(hostileActivity(app.connector.serviceUrl), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
      const failures = (await Promise.all(batch.map(sendAndCheck))).filter(Boolean);
      requests += batch.length;
      const out = app.connector.sent();
      sent += out.length;
      for (const activity of out) for (const card of cardsOf(activity)) for (const p of cardProblems(card)) cardFailures.push(p);
      app.connector.reset();
      expect(failures).toEqual([]);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );

  const cpu = process.cpuUsage(cpu0);
  expect(requests).toBeGreaterThanOrEqual(10_000);
  expect(sent).toBeLessThanOrEqual(requests); // one answer per activity at most, never a burst
  expect(cardFailures).toEqual([]);
  expect(unhandled).toEqual([]);
  expect(logLeaks).toEqual([]);
  expect(logLines).toBeGreaterThan(0);

  const health = await fetch(`${app.server.url}/healthz`);
  expect(health.status).toBe(200);
  const help = await app.post(loadActivity("message-channel-mention-help", app.connector.serviceUrl));
  expect(help.status).toBe(200);
  expect(cardsOf(app.connector.sent()[0])).toHaveLength(1);

  await new Promise((resolve) => setTimeout(resolve, 200));
  const after = heapAfterGc();
  console.info(`fuzz: ${requests} requests, ${sent} replies, ${((cpu.user + cpu.system) / 1000 / requests).toFixed(1)} ms CPU per request; heap ${(baseline / 2 ** 20).toFixed(1)} MB → ${(after / 2 ** 20).toFixed(1)} MB after GC`);
  expect(after - baseline).toBeLessThan(HEAP_TOLERANCE_BYTES);
}, 360_000);
