/**
 * The tenant registry at run time: every registered organization with its catalog index and
 * policy documents loaded once at start-up (nothing is read from disk per message).
 */
import { dirname, resolve } from "node:path";
import type { CourseIndex } from "../catalog";
import type { PolicySet } from "../privacy";
import type { TenantEntry } from "./types";

/** One organization ready to serve. */
export interface Tenant {
  entry: TenantEntry;
  catalog: CourseIndex;
  policies: PolicySet;
}

/** How catalogs and policies are loaded (injected so tests can pass plain objects). */
export interface TenantLoaders {
  /** Loads and indexes a catalog file; throws naming the file and entry on bad data. */
  catalog(path: string): CourseIndex;
  /** Loads the policy documents of a tenant; throws naming the file on bad data. */
  policies(entry: TenantEntry, baseDir: string): PolicySet;
}

/** Read-only lookup by tenant id. */
export interface TenantRegistry {
  /** @param tenantId Entra tenant ID, any case. @returns the tenant, or undefined when not registered. */
  get(tenantId: string): Tenant | undefined;
  /** Number of registered organizations. */
  readonly size: number;
}

/**
 * Builds the registry from validated entries.
 * @param entries from tenants/registry-file or the demo registry.
 * @param registryPath path of the registry file: entry paths are relative to its folder.
 * @throws whatever the loaders throw, prefixed with the tenant entry, so start-up stops with a clear cause.
 */
export function buildRegistry(entries: TenantEntry[], registryPath: string, loaders: TenantLoaders): TenantRegistry {
  const baseDir = dirname(resolve(registryPath));
  const byId = new Map<string, Tenant>();
  for (const entry of entries) {
    try {
      byId.set(entry.tenantId.toLowerCase(), {
        entry,
        catalog: loaders.catalog(resolve(baseDir, entry.catalogFile)),
        policies: loaders.policies(entry, baseDir),
      });
    } catch (e) {
      const err = new Error(`${registryPath}: tenant ${entry.tenantId} (${entry.name}): ${(e as Error).message}`);
      err.name = "RegistryError";
      throw err;
    }
  }
  return {
    get: (tenantId) => byId.get(tenantId.toLowerCase()),
    size: byId.size,
  };
}
