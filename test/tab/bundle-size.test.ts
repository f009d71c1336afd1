/**
 * The tab's first-load JavaScript stays under its budget (250 KB gzip), measured by the same script
 * as `npm run tab:size` on a bundle built for this test.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/paths";
import { buildTabBundle } from "./browser-harness";

jest.setTimeout(60_000);

describe("tab bundle size", () => {
  let tabDir: string;
  beforeAll(() => {
    tabDir = buildTabBundle();
  });
  afterAll(() => rmSync(tabDir, { recursive: true, force: true }));

  it("keeps the first-load JavaScript under 250 KB gzip", () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, "scripts", "tab-size.mjs"), tabDir], { encoding: "utf8" });
    const kb = Number(/first-load JS: ([\d.]+) KB gzip/.exec(run.stdout)?.[1]);
    expect(run.status).toBe(0);
    expect(kb).toBeGreaterThan(50); // a real bundle was measured (React + Fluent UI + teams-js)
    expect(kb).toBeLessThan(250);
  });

  it("fails the check when the bundle is missing", () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, "scripts", "tab-size.mjs"), join(tabDir, "nothing")], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/npm run build/);
  });
});
