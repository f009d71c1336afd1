/**
 * Load benchmark (issue "Production hardening"): autocannon against `POST /api/messages` of the app
 * in local mode, its replies going to a loopback Bot Connector sink, with a mix of privacy questions,
 * course searches and help in personal and channel scope (bench/load/requests), for an organization
 * with a generated 10,000-course catalog (bench/load/bench-catalog); and the same load against a
 * bare echo bot on the same restify + CloudAdapter stack (bench/load/echo-bot), the baseline.
 * Each server runs in its own Node process, built JavaScript as `npm start` runs it, and reports its
 * RSS and CPU time; autocannon and the sink run in this process (its own CPU share is printed, to
 * show the load generator is not the bottleneck).
 *
 * Interleaved rounds: both servers start, each gets the warm-up, then the measured time of each
 * (`--duration`, 30 s) is cut into `--rounds` slices (6 of 5 s) run alternately, app then echo,
 * then echo then app, and so on. This machine is a shared virtual machine whose speed drifts by a
 * factor up to 2 over minutes; one 30 s run of each, one after the other, gave ratios from 0.7 to
 * 1.5 for the same code. Alternating slices expose both servers to the same drift, so the ratio
 * compares like with like; the spread of the per-round ratios is printed.
 * Totals: req/s = responses / measured seconds; p50 and p99 over every response's latency
 * (recorded one by one); errors = socket errors + timeouts + non-2xx; CPU ms per request from the
 * server's own `process.cpuUsage` sampled at each slice's start and, once the sink has gone quiet
 * (turns still in flight when autocannon stops are the slice's too), at its end; peak RSS over the
 * run. Replies per request are therefore a little above 1 (about 50 in-flight turns per slice).
 * Targets: ≥ 0.8 of the echo bot's throughput, p99 < 50 ms, zero errors, peak RSS < 250 MB.
 *
 * Run: `npm run bench` (builds with tsc, then 30 s at 50 connections per server after a 15 s warm-up),
 * or `npm run bench -- --duration 10 --rounds 2 --warmup 5 --connections 50 --courses 10000`; `npx tsx bench/load.bench.ts`
 * runs the servers from sources through tsx instead (about 20 MB more RSS each).
 * `--node-options "<flags>"` passes V8/Node flags to both server processes (e.g. a heap cap).
 * Exit code 1 when a target is missed and `--strict` is given.
 */
import { fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import autocannon from "autocannon";
import { writeBenchRegistry } from "./load/bench-catalog";
import type { ChildMessage, ParentMessage } from "./load/report";
import { cpuByKind } from "./load/per-kind";
import { requestMix, type BenchRequest } from "./load/requests";

const TARGETS = { ratio: 0.8, p99Ms: 50, errors: 0, rssMb: 250 };

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const DURATION = option("duration", 30);
const CONNECTIONS = option("connections", 50);
const COURSES = option("courses", 10_000);
/**
 * Warm-up per server before the measured slices, s. 15 s: after 5 s the app's first slices still ran
 * at about half its steady rate (V8 tiering up a larger code base, the heap growing to its working
 * size under the heap policy); the echo bot reaches its steady rate sooner.
 */
const WARM_UP = option("warmup", 15);
const ROUNDS = Math.max(1, Math.round(option("rounds", 6)));
/** V8/Node flags for both server processes, e.g. `--node-options "--max-old-space-size=200"` (heap cap). */
const SERVER_FLAGS = (() => {
  const i = process.argv.indexOf("--node-options");
  return i > 0 ? process.argv[i + 1].split(/\s+/).filter(Boolean) : [];
})();

/** The Bot Connector stand-in: answers every reply 201 at once and counts them. */
async function startSink(): Promise<{ serviceUrl: string; replies(): number; close(): void }> {
  let replies = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      replies++;
      res.writeHead(201, { "content-type": "application/json" });
      res.end('{"id":"bench"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, replies: () => replies, close: () => server.close() };
}

interface Child {
  url: string;
  peakRssMb(): number;
  /** CPU time the server process has used so far, in ms, sampled now (asked over IPC). */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/** Built (`dist/bench`, as `npm run bench` runs it): plain node, like `npm start`; from sources: through tsx. */
const FROM_SOURCES = __filename.endsWith(".ts");

async function startChild(script: string, env: Record<string, string>): Promise<Child> {
  const file = join(__dirname, "load", FROM_SOURCES ? script : script.replace(/\.ts$/, ".js"));
  const child = fork(file, [], { execArgv: [...(FROM_SOURCES ? ["--require", "tsx/cjs"] : []), ...SERVER_FLAGS], env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let peak = 0;
  const asked: Array<{ resolve(micros: number): void; reject(err: Error): void }> = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.on("message", (m: ChildMessage) => {
      if (m.kind === "listening") return resolve(m.port);
      peak = Math.max(peak, m.bytes);
      if (m.asked) asked.shift()?.resolve(m.cpuMicros);
    });
    child.on("exit", (code) => {
      reject(new Error(`${script} exited with ${code} before listening`));
      for (const pending of asked.splice(0)) pending.reject(new Error(`${script} exited with ${code} during the benchmark`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    peakRssMb: () => peak / 2 ** 20,
    cpuMs: () => new Promise((resolve, reject) => {
      if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`${script} is not running`));
      asked.push({ resolve: (micros) => resolve(micros / 1000), reject });
      child.send({ kind: "sample" } satisfies ParentMessage);
    }),
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    }),
  };
}

/** What one server's slices add up to. */
interface Tally {
  responses: number;
  errors: number;
  seconds: number;
  cpuMs: number;
  replies: number;
  /** Latency of every response, ms. */
  latencies: number[];
  /** Responses per second of each slice (for the per-round ratios). */
  sliceRps: number[];
}

const newTally = (): Tally => ({ responses: 0, errors: 0, seconds: 0, cpuMs: 0, replies: 0, latencies: [], sliceRps: [] });

/** One slice of load against `child`, added to `tally`. */
async function slice(child: Child, seconds: number, requests: BenchRequest[], sink: { replies(): number }, tally: Tally): Promise<void> {
  const cpuBefore = await child.cpuMs();
  const repliesBefore = sink.replies();
  const instance = autocannon({ url: child.url, connections: CONNECTIONS, duration: seconds, requests, timeout: 10 });
  instance.on("response", (_client, _status, _bytes, ms) => void tally.latencies.push(ms));
  const result = await instance;
  await quiet(sink); // turns still in flight when autocannon stopped belong to this slice
  tally.cpuMs += (await child.cpuMs()) - cpuBefore;
  tally.replies += sink.replies() - repliesBefore;
  tally.responses += result.requests.total;
  tally.errors += result.errors + result.non2xx; // autocannon's errors include its timeouts
  tally.seconds += result.duration;
  tally.sliceRps.push(result.requests.total / result.duration);
}

/** Resolves once the sink has received no reply for 200 ms (at most 5 s): the server has finished its turns. */
async function quiet(sink: { replies(): number }): Promise<void> {
  const deadline = Date.now() + 5_000;
  let last = -1;
  while (Date.now() < deadline) {
    const now = sink.replies();
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Median of `values` (mean of the two middle values for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The `q` quantile (0–1) of `values`, nearest rank. */
function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  rssMb: number;
  /** Server CPU time per request, ms. */
  cpuPerRequest: number;
  repliesPerRequest: number;
  /** Server CPU ms per request by kind of request, sent one at a time after the load. */
  byKind: Map<string, number>;
}

function row(name: string, child: Child, tally: Tally, byKind: Map<string, number>): Row {
  const total = tally.responses || 1;
  return {
    name,
    rps: tally.responses / tally.seconds,
    p50: quantile(tally.latencies, 0.5),
    p99: quantile(tally.latencies, 0.99),
    errors: tally.errors,
    rssMb: child.peakRssMb(),
    cpuPerRequest: tally.cpuMs / total,
    repliesPerRequest: tally.replies / total,
    byKind,
  };
}

function printTable(rows: Row[], ratio: number, roundRatios: number[], generatorShare: number): boolean {
  const line = (cells: Array<string | number>) => `| ${cells.join(" | ")} |`;
  const flags = SERVER_FLAGS.length ? `, server flags ${SERVER_FLAGS.join(" ")}` : "";
  console.log(`\nLoad: ${DURATION} s at ${CONNECTIONS} connections per server in ${ROUNDS} alternating slices (after ${WARM_UP} s warm-up each), ${COURSES} courses, Node ${process.version}${flags}`);
  console.log(line(["server", "req/s", "p50 ms", "p99 ms", "errors", "peak RSS MB", "CPU ms/req", "replies/req"]));
  console.log(line(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]));
  for (const r of rows) console.log(line([r.name, r.rps.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), r.errors, r.rssMb.toFixed(0), r.cpuPerRequest.toFixed(2), r.repliesPerRequest.toFixed(2)]));
  console.log(`throughput ratio app/echo: ${ratio.toFixed(2)}; CPU-time ratio echo/app: ${(rows[1].cpuPerRequest / rows[0].cpuPerRequest).toFixed(2)}`);
  console.log(`per-round throughput ratios: ${roundRatios.map((r) => r.toFixed(2)).join(", ")} (median ${median(roundRatios).toFixed(2)})`);
  console.log(`load generator (autocannon + sink, this process): ${(generatorShare * 100).toFixed(0)} % of one core during the slices`);
  console.log(`\nServer CPU ms per request, each kind sent alone:`);
  console.log(line(["kind", ...rows.map((r) => r.name)]));
  console.log(line(["---", ...rows.map(() => "---:")]));
  for (const kind of rows[0].byKind.keys()) console.log(line([kind, ...rows.map((r) => (r.byKind.get(kind) ?? NaN).toFixed(2))]));
  const app = rows[0];
  const checks: Array<[string, boolean]> = [
    [`throughput ratio app/echo ${ratio.toFixed(2)} ≥ ${TARGETS.ratio}`, ratio >= TARGETS.ratio],
    [`app p99 ${app.p99.toFixed(1)} ms < ${TARGETS.p99Ms} ms`, app.p99 < TARGETS.p99Ms],
    [`app errors ${app.errors} = ${TARGETS.errors}`, app.errors === TARGETS.errors],
    [`app peak RSS ${app.rssMb.toFixed(0)} MB < ${TARGETS.rssMb} MB`, app.rssMb < TARGETS.rssMb],
  ];
  console.log("");
  for (const [label, ok] of checks) console.log(`${ok ? "PASS" : "MISS"}  ${label}`);
  return checks.every(([, ok]) => ok);
}

async function main(): Promise<void> {
  const sink = await startSink();
  const requests = requestMix(sink.serviceUrl);
  // Local mode (empty BOT_ID, which start-up refuses with NODE_ENV=production); production log level;
  // a limit no single benchmark tenant reaches (the limiter still runs on every turn).
  const appEnv = { TENANTS_FILE: writeBenchRegistry(COURSES), PORT: "0", NODE_ENV: "development", BOT_ID: "", LOG_LEVEL: "info", RATE_LIMIT_PER_TENANT: "1000000", STORAGE: "sqlite", DATA_DIR: mkdtempSync(join(tmpdir(), "cc-bench-data-")) };
  const children: Child[] = [];
  try {
    const app = await startChild("app-server.ts", appEnv);
    children.push(app);
    const echo = await startChild("echo-bot.ts", {});
    children.push(echo);
    for (const child of [app, echo]) await autocannon({ url: child.url, connections: CONNECTIONS, duration: WARM_UP, requests });
    const tallies = { app: newTally(), echo: newTally() };
    const seconds = DURATION / ROUNDS;
    const generatorBefore = process.cpuUsage();
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const order: Array<"app" | "echo"> = round % 2 === 0 ? ["app", "echo"] : ["echo", "app"];
      for (const name of order) await slice(name === "app" ? app : echo, seconds, requests, sink, tallies[name]);
    }
    const used = process.cpuUsage(generatorBefore);
    const generatorShare = (used.user + used.system) / 1000 / (performance.now() - started);
    const roundRatios = tallies.app.sliceRps.map((rps, i) => rps / tallies.echo.sliceRps[i]);
    const rows = [
      row("app (course-companion)", app, tallies.app, await cpuByKind(app.url, requests, () => app.cpuMs())),
      row("echo bot (baseline)", echo, tallies.echo, await cpuByKind(echo.url, requests, () => echo.cpuMs())),
    ];
    const passed = printTable(rows, rows[0].rps / rows[1].rps, roundRatios, generatorShare);
    if (!passed && process.argv.includes("--strict")) process.exitCode = 1;
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    sink.close();
  }
}

void main();
