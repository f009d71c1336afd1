/**
 * Graceful shutdown and reload on process signals (issue "Production hardening", "Operations").
 *
 * SIGTERM (App Service, Kubernetes, `docker stop`) and SIGINT: `/readyz` turns 503, the server stops
 * accepting connections, idle kept-alive connections close, turns in flight get at most
 * {@link SHUTDOWN_GRACE_MS} to finish, then the composition root's `close()` runs (remaining
 * connections, last flush of the usage counters) and the process exits 0. A second signal during the
 * grace period exits at once with 1.
 * SIGHUP: reload the tenant registry, catalogs and policies (see tenants/reloadable-registry).
 */
import type { Server } from "node:http";
import type { Logger } from "../logging/logger";
import type { InFlight } from "./in-flight";
import type { Readiness } from "./readiness";

/** Longest wait for turns in flight, in ms. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** What a graceful stop needs from the running server. */
export interface Drainable {
  server: Server;
  inFlight: InFlight;
  readiness: Readiness;
  /** Final close of the composition root (connections, storage). */
  close(): Promise<void>;
}

/**
 * Stops taking traffic, waits for the requests in flight (at most `graceMs`), then closes.
 * @returns true when every request in flight finished within the grace period.
 */
export async function drainAndClose(target: Drainable, graceMs: number = SHUTDOWN_GRACE_MS): Promise<boolean> {
  target.readiness.drain();
  target.server.close(); // no new connections; the callback of the final close() reports the end
  target.server.closeIdleConnections();
  const drained = await target.inFlight.idle(graceMs);
  await target.close();
  return drained;
}

/** Hooks the signal handlers call. */
export interface SignalActions {
  /** Graceful stop; resolves true when drained in time. */
  shutdown(): Promise<boolean>;
  /** Reload of tenant data (must not throw). */
  reload(): void;
  log: Logger;
  /** Process exit (tests pass a spy). */
  exit?: (code: number) => void;
  /** Where to listen (default `process`). */
  emitter?: NodeJS.EventEmitter;
}

/** Installs SIGTERM, SIGINT and SIGHUP handlers. @returns a function removing them. */
export function installSignalHandlers(actions: SignalActions): () => void {
  const emitter = actions.emitter ?? process;
  const exit = actions.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: string) => async () => {
    if (stopping) return exit(1);
    stopping = true;
    actions.log.info({ event: "shutdown", outcome: signal }, "stopping: draining requests in flight");
    try {
      const drained = await actions.shutdown();
      actions.log.info({ event: "shutdown", outcome: drained ? "drained" : "grace-expired" }, "stopped");
      exit(0);
    } catch (err) {
      actions.log.error({ event: "shutdown", outcome: "failed", err }, "shutdown failed");
      exit(1);
    }
  };
  const handlers: Array<[string, (...args: unknown[]) => void]> = [
    ["SIGTERM", stop("SIGTERM")],
    ["SIGINT", stop("SIGINT")],
    ["SIGHUP", () => actions.reload()],
  ];
  for (const [signal, handler] of handlers) emitter.on(signal, handler);
  return () => {
    for (const [signal, handler] of handlers) emitter.off(signal, handler);
  };
}
