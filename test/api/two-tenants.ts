/**
 * A registry of two organizations written by the test into a temp folder: the fixture tenant (its
 * catalog and the shared policy, read in place) and "Contoso", whose catalog is written here and whose
 * policy is the held-out Markdown fixture of the privacy tests (read in place). Used by the tab API tests
 * to check that one tenant never sees the other's data.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_TENANT, REPO_ROOT, SHARED_POLICY } from "../helpers/paths";

export const CONTOSO_TENANT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
export const CONTOSO_PLATFORM = "https://learn.contoso.test";
export const FIXTURE_PLATFORM = "https://example.learning.test";
export const CONTOSO_POLICY = join(REPO_ROOT, "test", "privacy", "fixtures", "fabrikam-privacy-notice.md");
export const FIXTURE_CATALOG = join(REPO_ROOT, "test", "fixtures", "example-catalog.json");

/** Contoso's courses: some share topics (GDPR, leadership) and words with the fixture tenant's. */
export const CONTOSO_COURSES = [
  { id: "contoso-gdpr-engineers", title: "GDPR for Engineers", description: "Personal data in code reviews, logs and test fixtures.", url: `${CONTOSO_PLATFORM}/c/gdpr-engineers`, language: "en", tags: ["gdpr", "privacy"], durationMinutes: 25, featured: true },
  { id: "contoso-leadership", title: "Leadership at Contoso", description: "Leading teams through change.", url: `${CONTOSO_PLATFORM}/c/leadership`, language: "en", tags: ["leadership", "management"], durationMinutes: 50 },
  { id: "contoso-rgpd", title: "Le RGPD chez Contoso", description: "Les données personnelles au quotidien.", url: `${CONTOSO_PLATFORM}/c/rgpd`, language: "fr", tags: ["rgpd"], durationMinutes: 20, featured: true },
  // Same id as a course of the fixture tenant: lookups by id must stay within the caller's catalog.
  { id: "agile-fundamentals", title: "Contoso Agile Ways of Working", description: "Scrum and Kanban the Contoso way.", url: `${CONTOSO_PLATFORM}/c/agile`, language: "en", tags: ["agile"], durationMinutes: 35 },
];

export interface TwoTenants {
  registryFile: string;
  remove(): void;
}

export function writeTwoTenantRegistry(): TwoTenants {
  const dir = mkdtempSync(join(tmpdir(), "tab-api-"));
  writeFileSync(join(dir, "contoso-catalog.json"), JSON.stringify(CONTOSO_COURSES, null, 2));
  const registry = {
    tenants: [
      {
        tenantId: FIXTURE_TENANT,
        name: "Example Learning Corp",
        platformUrl: FIXTURE_PLATFORM,
        defaultLanguage: "en",
        catalogFile: FIXTURE_CATALOG,
        policyFiles: { en: SHARED_POLICY },
        policyUrl: `${FIXTURE_PLATFORM}/privacy`,
      },
      {
        tenantId: CONTOSO_TENANT,
        name: "Contoso",
        platformUrl: CONTOSO_PLATFORM,
        defaultLanguage: "fr",
        catalogFile: "contoso-catalog.json",
        policyFiles: { en: CONTOSO_POLICY },
        policyUrl: `${CONTOSO_PLATFORM}/privacy`,
      },
    ],
  };
  const registryFile = join(dir, "tenants.json");
  writeFileSync(registryFile, JSON.stringify(registry, null, 2));
  return { registryFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
