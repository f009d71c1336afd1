/**
 * Reload of the tenant registry with its catalogs and policies, as SIGHUP triggers it, with a log line
 * per broken file (its loader's message names the file, the entry and the field) and one summary line.
 */
import type { Logger } from "../logging/logger";
import type { TenantLoaders } from "../tenants/registry";
import { reloadRegistry, type ReloadableRegistry, type ReloadReport } from "../tenants/reloadable-registry";

/**
 * @param registry the registry the bot and the tab API read.
 * @param registryPath the registry file (config `TENANTS_FILE`, or the demo registry).
 * @param loaders catalog and policy loaders (tenants/load `fileLoaders`).
 * @returns the report; never throws for bad files.
 */
export function reloadTenants(registry: ReloadableRegistry, registryPath: string, loaders: TenantLoaders, log: Logger): ReloadReport {
  const started = performance.now();
  const report = reloadRegistry(registry, registryPath, loaders);
  for (const reason of report.problems) {
    log.error({ event: "reload-failed", outcome: report.outcome === "kept" ? "kept-last-good" : "tenant-kept-last-good", reason }, "a file could not be reloaded");
  }
  const fields = { event: "registry-reloaded", outcome: report.outcome, count: report.count, latencyMs: Math.round(performance.now() - started) };
  if (report.outcome === "reloaded") log.info(fields, "tenant registry reloaded");
  else log.warn(fields, "tenant registry reloaded with problems; last good versions kept");
  return report;
}
