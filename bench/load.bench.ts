/**
 * Load benchmark (issue "Production hardening"): autocannon against `POST /api/messages` of the app
 * in local mode, its replies going to a loopback Bot Connector sink, with a mix of privacy questions,
 * course searches and help in personal and channel scope (bench/load/requests), for an organization
 * with a generated 10,000-course catalog (bench/load/bench-catalog). Then the same load against a
 * bare echo bot on the same restify + CloudAdapter stack (bench/load/echo-bot), the baseline.
 * Each server runs in its own Node process, built JavaScript as `npm start` runs it, and reports its
 * RSS; autocannon and the sink run in this process. Prints requests per second, p50 and p99 latency, errors, peak RSS and
 * the throughput ratio, against the targets: ≥ 0.8 of the echo bot's throughput, p99 < 50 ms, zero
 * errors, peak RSS < 250 MB.
 *
 * Run: `npm run bench` (builds with tsc, then 30 s at 50 connections per server after a 5 s warm-up),
 * or `npm run bench -- --duration 10 --connections 50 --courses 10000`; `npx tsx bench/load.bench.ts`
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
import type { ChildMessage } from "./load/report";
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
const WARM_UP = option("warmup", 5);
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
  /** CPU time the server process has used so far, in ms (last sample). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Built (`dist/bench`, as `npm run bench` runs it): plain node, like `npm start`; from sources: through tsx. */
const FROM_SOURCES = __filename.endsWith(".ts");

async function startChild(script: string, env: Record<string, string>): Promise<Child> {
  const file = join(__dirname, "load", FROM_SOURCES ? script : script.replace(/\.ts$/, ".js"));
  const child = fork(file, [], { execArgv: [...(FROM_SOURCES ? ["--require", "tsx/cjs"] : []), ...SERVER_FLAGS], env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let peak = 0;
  let cpuMicros = 0;
  const port = await new Promise<number>((resolve, reject) => {
    child.on("message", (m: ChildMessage) => {
      if (m.kind === "listening") return resolve(m.port);
      peak = Math.max(peak, m.bytes);
      cpuMicros = m.cpuMicros;
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    peakRssMb: () => peak / 2 ** 20,
    cpuMs: () => cpuMicros / 1000,
    stop: () => new Promise((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    }),
  };
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

/** Warm-up, then the measured load, then the per-kind CPU breakdown, against one server process. */
async function measure(name: string, script: string, env: Record<string, string>, requests: BenchRequest[], sink: { replies(): number }): Promise<Row> {
  const child = await startChild(script, env);
  try {
    await autocannon({ url: child.url, connections: CONNECTIONS, duration: WARM_UP, requests });
    const before = sink.replies();
    const cpuBefore = child.cpuMs();
    const result = await autocannon({ url: child.url, connections: CONNECTIONS, duration: DURATION, requests, timeout: 10 });
    await new Promise((resolve) => setTimeout(resolve, 250)); // one more RSS/CPU sample
    const total = result.requests.total || 1;
    return {
      name,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      rssMb: child.peakRssMb(),
      cpuPerRequest: (child.cpuMs() - cpuBefore) / total,
      repliesPerRequest: (sink.replies() - before) / total,
      byKind: await cpuByKind(child.url, requests, () => child.cpuMs()),
    };
  } finally {
    await child.stop();
  }
}

function printTable(rows: Row[], ratio: number): boolean {
  const line = (cells: Array<string | number>) => `| ${cells.join(" | ")} |`;
  const flags = SERVER_FLAGS.length ? `, server flags ${SERVER_FLAGS.join(" ")}` : "";
  console.log(`\nLoad: ${DURATION} s at ${CONNECTIONS} connections per server (after ${WARM_UP} s warm-up), ${COURSES} courses, Node ${process.version}${flags}`);
  console.log(line(["server", "req/s", "p50 ms", "p99 ms", "errors", "peak RSS MB", "CPU ms/req", "replies/req"]));
  console.log(line(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]));
  for (const r of rows) console.log(line([r.name, r.rps.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), r.errors, r.rssMb.toFixed(0), r.cpuPerRequest.toFixed(2), r.repliesPerRequest.toFixed(2)]));
  console.log(`throughput ratio app/echo: ${ratio.toFixed(2)}; CPU-time ratio echo/app: ${(rows[1].cpuPerRequest / rows[0].cpuPerRequest).toFixed(2)}`);
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
  try {
    const app = await measure("app (course-companion)", "app-server.ts", appEnv, requests, sink);
    const echo = await measure("echo bot (baseline)", "echo-bot.ts", {}, requests, sink);
    const passed = printTable([app, echo], app.rps / echo.rps);
    if (!passed && process.argv.includes("--strict")) process.exitCode = 1;
  } finally {
    sink.close();
  }
}

void main();
