/**
 * Paths of the shared inputs the benchmark reads in place (`../shared` beside the repository), found
 * from the repository root so they resolve both from `bench/` (tsx) and from `dist/bench/` (built).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

function repoRoot(start: string = __dirname): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "src"))) return dir;
  }
  throw new Error("bench: repository root (package.json beside src/) not found above " + start);
}

export const SHARED = resolve(repoRoot(), "..", "shared");
export const SHARED_ACTIVITIES = join(SHARED, "fixtures", "activities");
export const SHARED_POLICY = join(SHARED, "fixtures", "policy", "coorpacademy-privacy-policy.txt");
