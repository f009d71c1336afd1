/** Paths of the shared, read-only inputs (`../shared` beside the repository), read in place. */
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "..", "..");
export const SHARED = resolve(REPO_ROOT, "..", "shared");
export const SHARED_ACTIVITIES = join(SHARED, "fixtures", "activities");
export const SHARED_POLICY = join(SHARED, "fixtures", "policy", "coorpacademy-privacy-policy.txt");
export const SHARED_EVAL = join(SHARED, "eval", "privacy-qa.dev.jsonl");
export const TEST_TENANTS_FILE = join(REPO_ROOT, "test", "fixtures", "tenants.json");

/** The registered fixture tenant and the unregistered one (shared/README.md). */
export const FIXTURE_TENANT = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
export const UNREGISTERED_TENANT = "c0ffee00-1234-4abc-9def-00000000beef";
