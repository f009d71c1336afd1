/**
 * Loads the tenant registry named by `TENANTS_FILE`, or the built-in demo registry, with each
 * tenant's catalog and policy documents (catalog/ and privacy/ loaders).
 */
import { createCourseIndex, loadCatalogFile } from "../catalog";
import type { Logger } from "../logging/logger";
import { loadPolicySet } from "../privacy";
import { demoRegistryPath } from "./demo";
import { readRegistryFile } from "./registry-file";
import { buildRegistry, type TenantLoaders, type TenantRegistry } from "./registry";

/** The loaders used in production: catalog JSON → index, policy files → policy set. */
export const fileLoaders: TenantLoaders = {
  catalog: (path) => createCourseIndex(loadCatalogFile(path)),
  policies: (entry, baseDir) => loadPolicySet(entry.policyFiles, entry.defaultLanguage, baseDir),
};

/**
 * @param tenantsFile path from config, or undefined for the demo registry.
 * @throws RegistryError (or the catalog/policy loader's error) naming the file, the entry and the field.
 */
export function loadRegistry(tenantsFile: string | undefined, log: Logger): TenantRegistry {
  const path = tenantsFile ?? demoRegistryPath();
  if (!tenantsFile) log.warn({ event: "demo-registry" }, "TENANTS_FILE is not set: serving the built-in demo organization only");
  const started = performance.now();
  const registry = buildRegistry(readRegistryFile(path), path, fileLoaders);
  log.info({ event: "registry-loaded", count: registry.size, latencyMs: Math.round(performance.now() - started) }, "tenant registry loaded");
  return registry;
}
