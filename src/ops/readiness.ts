/**
 * `GET /readyz`: whether this instance should receive traffic (App Service / Kubernetes readiness).
 *
 * 200 `{"status": "ready", "checks": {...}}` when every check passes; 503 with the failing checks named
 * otherwise, and 503 `"draining"` once a graceful shutdown has begun, so the load balancer stops
 * sending new requests while the turns in flight finish. `GET /healthz` (process up) stays in the
 * composition root. Bodies name checks only, never data.
 */
import type { Server } from "restify";

/** One thing the instance needs before serving (tenant registry, counter storage, …). */
export interface ReadinessCheck {
  name: string;
  /** true when ready; a throw, false or a timeout counts as not ready. */
  check(): boolean | Promise<boolean>;
}

export interface ReadinessReport {
  status: "ready" | "not-ready" | "draining";
  checks: Record<string, "ok" | "failing">;
}

export interface Readiness {
  /** From now on `/readyz` answers 503 "draining". */
  drain(): void;
  report(): Promise<ReadinessReport>;
}

/** Longest a single check may take before it counts as failing, in ms. */
export const CHECK_TIMEOUT_MS = 2_000;

export function createReadiness(checks: ReadinessCheck[], timeoutMs: number = CHECK_TIMEOUT_MS): Readiness {
  let draining = false;
  return {
    drain: () => void (draining = true),
    async report() {
      const results = await Promise.all(checks.map(async (c) => [c.name, (await runCheck(c, timeoutMs)) ? "ok" : "failing"] as const));
      const ready = results.every(([, r]) => r === "ok");
      return { status: draining ? "draining" : ready ? "ready" : "not-ready", checks: Object.fromEntries(results) };
    },
  };
}

async function runCheck(c: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([Promise.resolve().then(() => c.check()), timeout]);
  } catch {
    return false; // a failing dependency is what the check reports, not an error of the route
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A check that calls `probe` at most once per `ttlMs` (e.g. a read of the counter storage, which may
 * be a network call) and answers from the last result in between.
 */
export function cachedCheck(name: string, probe: () => Promise<unknown>, ttlMs = 10_000): ReadinessCheck {
  let last: { at: number; ok: boolean } | undefined;
  return {
    name,
    async check() {
      if (last && Date.now() - last.at < ttlMs) return last.ok;
      const ok = await probe().then(() => true, () => false);
      last = { at: Date.now(), ok };
      return ok;
    },
  };
}

/** Mounts `GET /readyz`. */
export function registerReadyRoute(server: Server, readiness: Readiness): void {
  server.get("/readyz", async (_req, res) => {
    const report = await readiness.report();
    res.header("Cache-Control", "no-store");
    res.send(report.status === "ready" ? 200 : 503, report);
  });
}
