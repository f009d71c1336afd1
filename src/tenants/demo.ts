/**
 * The built-in demo registry, used when `TENANTS_FILE` is not set (local development with
 * Microsoft 365 Agents Playground, whose `.m365agentsplayground.yml` sends {@link DEMO_TENANT_ID}).
 * It is an ordinary registry file, `data/demo/registry.json`, whose catalog and policy (in `data/demo/`)
 * were written for this project.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** Tenant id of the demo organization (matches .m365agentsplayground.yml). */
export const DEMO_TENANT_ID = "7d1e8f2a-4b6c-4d3e-9f80-1a2b3c4d5e6f";

/** Finds `data/demo/registry.json` above this module (works from src/ under ts-jest and from dist/). */
export function demoRegistryPath(start: string = __dirname): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, "data", "demo", "registry.json");
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("data/demo/registry.json not found: the demo registry ships with the app; reinstall or set TENANTS_FILE");
}
