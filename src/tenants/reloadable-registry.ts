/**
 * A tenant registry that can be reloaded from its files without a restart (issue "Production
 * hardening": catalog and policy reload on SIGHUP).
 *
 * Callers keep the same {@link TenantRegistry} `get()`; a reload builds a whole new registry and swaps
 * it in at once, so a turn sees either the old or the new organization data, never a mix. A turn in
 * flight keeps the `Tenant` object it already resolved.
 *
 * Last good version, per file: when the registry file itself cannot be read or validated, nothing
 * changes. When one tenant's catalog or policy file is broken, that tenant keeps its previous
 * catalog and policies (a tenant that is new in the file is left out until its files load), and the
 * other tenants get their new data. Every failure is reported with the loader's message, which names
 * the file and the entry.
 */
import { buildRegistry, type Tenant, type TenantLoaders, type TenantRegistry } from "./registry";
import { readRegistryFile } from "./registry-file";

/** A registry whose content can be replaced while it is being read. */
export interface ReloadableRegistry extends TenantRegistry {
  /** Replaces every organization at once. */
  swap(next: TenantRegistry): void;
}

/** Outcome of {@link reloadRegistry}. */
export interface ReloadReport {
  /** "reloaded": every file loaded; "partial": some tenants kept their last good data; "kept": nothing changed. */
  outcome: "reloaded" | "partial" | "kept";
  /** Organizations served after the reload. */
  count: number;
  /** One line per failure, naming the file and the entry (from the loaders' errors). */
  problems: string[];
}

/** @returns a registry reading through to `initial` until the first {@link ReloadableRegistry.swap}. */
export function reloadableRegistry(initial: TenantRegistry): ReloadableRegistry {
  let current = initial;
  return {
    get: (tenantId) => current.get(tenantId),
    get size() {
      return current.size;
    },
    swap(next) {
      current = next;
    },
  };
}

/**
 * Reads `registryPath` and every tenant's files again and swaps the result into `target`.
 * @param registryPath the registry JSON file (config `TENANTS_FILE`, or the demo registry).
 * @param loaders catalog and policy loaders (tenants/load `fileLoaders` in production).
 * @returns what happened; never throws for bad files.
 */
export function reloadRegistry(target: ReloadableRegistry, registryPath: string, loaders: TenantLoaders): ReloadReport {
  let entries;
  try {
    entries = readRegistryFile(registryPath);
  } catch (e) {
    return { outcome: "kept", count: target.size, problems: [(e as Error).message] };
  }
  const byId = new Map<string, Tenant>();
  const problems: string[] = [];
  for (const entry of entries) {
    try {
      const single = buildRegistry([entry], registryPath, loaders);
      byId.set(entry.tenantId.toLowerCase(), single.get(entry.tenantId)!);
    } catch (e) {
      problems.push((e as Error).message);
      const previous = target.get(entry.tenantId);
      if (previous) byId.set(entry.tenantId.toLowerCase(), previous);
    }
  }
  target.swap({ get: (tenantId) => byId.get(tenantId.toLowerCase()), size: byId.size });
  return { outcome: problems.length ? "partial" : "reloaded", count: byId.size, problems };
}
