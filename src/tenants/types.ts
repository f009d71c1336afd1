/** Shapes of the tenant registry (the organizations the app serves). */
import type { Lang } from "../i18n/language";

/**
 * One registry entry, as written in `TENANTS_FILE` (paths relative to that file).
 * Validated at start-up by tenants/registry-file.
 */
export interface TenantEntry {
  /** Entra tenant ID (GUID, lower-cased on load). The only key the app keeps. */
  tenantId: string;
  /** Organization display name (shown to admins, never needed for matching). */
  name: string;
  /** https origin of the organization's learning platform, e.g. `https://example.learning.test`. */
  platformUrl: string;
  defaultLanguage: Lang;
  /** Path of the catalog JSON file. */
  catalogFile: string;
  /** Policy document per language (`.txt`, `.md` or `.html`); at least one. */
  policyFiles: Partial<Record<Lang, string>>;
  /** https link to the published policy. */
  policyUrl?: string;
  /** https link to the platform's assistance page. */
  assistanceUrl?: string;
}
