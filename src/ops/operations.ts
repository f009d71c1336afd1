/**
 * The operations side of the running server, set up by the composition root: `GET /readyz`, the
 * count of requests in flight, tenant-data reload and graceful shutdown.
 *
 * Readiness checks: "tenants" (the registry with every tenant's catalog and policies is loaded) and,
 * when the server counts usage, "storage" (a read of the counter store answers; probed at most every 10 s).
 */
import type { Server } from "restify";
import type { Logger } from "../logging/logger";
import type { CounterStore } from "../storage";
import { fileLoaders } from "../tenants/load";
import type { ReloadableRegistry, ReloadReport } from "../tenants/reloadable-registry";
import { trackInFlight, type InFlight } from "./in-flight";
import { cachedCheck, createReadiness, registerReadyRoute, type Readiness, type ReadinessCheck } from "./readiness";
import { reloadTenants } from "./reload";
import { drainAndClose, SHUTDOWN_GRACE_MS } from "./shutdown";

/** A tenant id no registry holds, for the storage probe (reads nothing, proves the store answers). */
const PROBE_TENANT = "00000000-0000-0000-0000-000000000000";

export interface OperationsDeps {
  registry: ReloadableRegistry;
  /** The registry file to reload from; undefined when the registry was injected (tests): reload keeps it. */
  registryPath?: string;
  /** The usage counter store, when the server has one. */
  store?: Pick<CounterStore, "read">;
  log: Logger;
}

export interface Operations {
  readiness: Readiness;
  inFlight: InFlight;
  /** Reloads registry, catalogs and policies; keeps the last good version of what fails. */
  reload(): ReloadReport;
  /** Graceful stop: drain requests in flight (at most `graceMs`), then `close()`. @returns true when drained. */
  shutdown(close: () => Promise<void>, graceMs?: number): Promise<boolean>;
}

/** Mounts `/readyz` on `server` and returns the operations hooks. */
export function setUpOperations(server: Server, deps: OperationsDeps): Operations {
  const checks: ReadinessCheck[] = [{ name: "tenants", check: () => deps.registry.size > 0 }];
  const store = deps.store;
  if (store) {
    const day = () => new Date().toISOString().slice(0, 10);
    checks.push(cachedCheck("storage", () => store.read(PROBE_TENANT, day(), day())));
  }
  const readiness = createReadiness(checks);
  registerReadyRoute(server, readiness);
  const inFlight = trackInFlight(server.server);
  return {
    readiness,
    inFlight,
    reload() {
      if (!deps.registryPath) {
        deps.log.warn({ event: "registry-reloaded", outcome: "kept" }, "registry was injected: nothing to reload");
        return { outcome: "kept", count: deps.registry.size, problems: [] };
      }
      return reloadTenants(deps.registry, deps.registryPath, fileLoaders, deps.log);
    },
    shutdown: (close, graceMs = SHUTDOWN_GRACE_MS) => drainAndClose({ server: server.server, inFlight, readiness, close }, graceMs),
  };
}
