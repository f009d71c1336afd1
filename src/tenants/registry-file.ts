/**
 * Reading and validating the tenant registry file (`TENANTS_FILE`).
 *
 * Shape: `{"tenants": [TenantEntry, ...]}` (see tenants/types). Paths inside an entry are relative
 * to the registry file. Every problem is reported with the file, the entry (index and tenant id)
 * and the field, e.g. `tenants.json: tenants[1] (c0ffee00-…): "platformUrl" must be an https URL`.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { LANGUAGES } from "../i18n/language";
import type { TenantEntry } from "./types";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const https = (what: string) =>
  z.string().url(`must be an https URL (${what})`).refine((v) => v.startsWith("https://"), `must be an https URL (${what})`);

const entrySchema = z.object({
  tenantId: z.string().regex(GUID, "must be the organization's Entra tenant ID (a GUID)").transform((v) => v.toLowerCase()),
  name: z.string().trim().min(1, "must name the organization"),
  platformUrl: https("the learning platform's address, e.g. https://acme.learning.example"),
  defaultLanguage: z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(", ")}` }),
  catalogFile: z.string().min(1, "must be the path of the catalog JSON file, relative to the registry file"),
  policyFiles: z
    .partialRecord(z.enum(LANGUAGES), z.string().min(1))
    .refine((v) => Object.keys(v).length > 0, `must name at least one policy document, e.g. {"en": "policy.txt"}`),
  policyUrl: https("link to the published policy").optional(),
  assistanceUrl: https("link to the platform's assistance page").optional(),
});

const fileSchema = z.object({ tenants: z.array(z.unknown()).min(1, "must list at least one organization") });

/** Raised for an unreadable or invalid registry file; the message names file, entry and field. */
export class RegistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RegistryError";
  }
}

/**
 * Parses registry JSON text.
 * @param text file content; @param source file name used in messages.
 * @throws RegistryError on bad JSON, a bad entry, or a tenant id listed twice.
 */
export function parseRegistry(text: string, source: string): TenantEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new RegistryError(`${source}: not valid JSON (${(e as Error).message}); fix the syntax`);
  }
  const top = fileSchema.safeParse(json);
  if (!top.success) {
    throw new RegistryError(`${source}: "tenants" ${top.error.issues[0].message} (expected {"tenants": [...]})`);
  }
  const seen = new Set<string>();
  return top.data.tenants.map((raw, index) => {
    const label = entryLabel(raw, index);
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RegistryError(`${source}: ${label}: "${issue.path.join(".")}" ${issue.message}`);
    }
    if (seen.has(parsed.data.tenantId)) throw new RegistryError(`${source}: ${label}: tenant listed twice; keep one entry`);
    seen.add(parsed.data.tenantId);
    return parsed.data as TenantEntry;
  });
}

/** Reads and parses a registry file (see {@link parseRegistry}). */
export function readRegistryFile(path: string): TenantEntry[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new RegistryError(`${path}: cannot read the tenant registry (${(e as NodeJS.ErrnoException).code}); check TENANTS_FILE`);
  }
  return parseRegistry(text, path);
}

function entryLabel(raw: unknown, index: number): string {
  const id = (raw as { tenantId?: unknown } | null)?.tenantId;
  return typeof id === "string" ? `tenants[${index}] (${id})` : `tenants[${index}]`;
}
