/**
 * A registry of two organizations written to a temporary folder: tenant A is the shared fixture
 * tenant (its catalog and the published policy, read in place); tenant B ("Rival Learning Group")
 * reuses some of A's course ids with its own titles and URLs, and has its own Markdown policy, so
 * data served from the wrong tenant shows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_TENANT, REPO_ROOT, SHARED_POLICY } from "./paths";

export const TENANT_B = "b0b0b0b0-2222-4333-8444-bbbbbbbbbbbb";
export const A_CATALOG = join(REPO_ROOT, "test", "fixtures", "example-catalog.json");

/** Strings only tenant A's data holds, and only tenant B's. */
export const MARKERS = {
  A: ["example.learning.test", "Example Learning Corp", "Impacts of GDPR", "Limit Storage of Data"],
  B: ["rival.learning.test", "Rival Learning Group", "Rival GDPR Primer", "Rival retention schedule"],
};

/** @returns the path of the registry file (a new temporary folder per call). */
export function writeTwoTenantRegistry(): string {
  const dir = mkdtempSync(join(tmpdir(), "tenant-isolation-"));
  const aIds = (JSON.parse(readFileSync(A_CATALOG, "utf8")) as Array<{ id: string }>).map((c) => c.id);
  const bCatalog = aIds.slice(0, 4).map((id, i) => ({
    id,
    title: i === 0 ? "Rival GDPR Primer" : `Rival course ${i} on leadership and privacy`,
    description: "A course of the rival organization about GDPR, leadership, data and privacy.",
    url: `https://rival.learning.test/courses/${id}`,
    language: "en",
    tags: ["gdpr", "leadership", "privacy"],
  }));
  writeFileSync(join(dir, "b-catalog.json"), JSON.stringify(bCatalog));
  writeFileSync(
    join(dir, "b-policy.md"),
    "# Rival Learning Group privacy notice\n\n## Rival retention schedule\n\nWe keep your data for 14 months after your last course, then delete it.\n\n" +
      "## Deleting your account\n\nWrite to the rival privacy office to delete your account and your data.\n\n## Cookies\n\nThe rival platform uses cookies for sessions.\n",
  );
  const registry = {
    tenants: [
      { tenantId: FIXTURE_TENANT, name: "Example Learning Corp", platformUrl: "https://example.learning.test", defaultLanguage: "en", catalogFile: A_CATALOG, policyFiles: { en: SHARED_POLICY }, policyUrl: "https://example.learning.test/privacy" },
      { tenantId: TENANT_B, name: "Rival Learning Group", platformUrl: "https://rival.learning.test", defaultLanguage: "en", catalogFile: "b-catalog.json", policyFiles: { en: "b-policy.md" }, policyUrl: "https://rival.learning.test/privacy" },
    ],
  };
  writeFileSync(join(dir, "tenants.json"), JSON.stringify(registry));
  return join(dir, "tenants.json");
}
