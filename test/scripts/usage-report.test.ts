import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseUsageArgs, run } from "../../scripts/usage-report";
import { openSqliteStore } from "../../src/storage";
import { REPO_ROOT } from "../helpers/paths";

const T1 = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
const NOW = new Date("2025-05-31T15:00:00Z");

describe("parseUsageArgs", () => {
  it("reads --tenant and --days, defaulting to 30 days", () => {
    expect(parseUsageArgs(["--tenant", T1.toUpperCase()])).toEqual({ tenantId: T1, days: 30 });
    expect(parseUsageArgs(["--tenant", T1, "--days", "7"])).toEqual({ tenantId: T1, days: 7 });
  });

  it.each<[string[], RegExp]>([
    [[], /--tenant is required/],
    [["--tenant", "contoso"], /--tenant must be an Entra tenant ID/],
    [["--tenant", T1, "--days", "0"], /--days must be a whole number from 1 to 3650/],
    [["--tenant", T1, "--days", "1.5"], /--days must be a whole number/],
    [["--tenant", T1, "--verbose"], /Unknown option '--verbose'/],
  ])("explains %p", (argv, message) => {
    const parsed = parseUsageArgs(argv);
    expect(parsed).toEqual({ error: expect.stringMatching(message) });
    expect((parsed as { error: string }).error).toContain("Usage: npm run usage -- --tenant");
  });
});

describe("npm run usage", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cc-usage-cli-"));
    const store = openSqliteStore(dir);
    await store.increment([
      { tenantId: T1, day: "2025-05-02", event: "privacy-answered", key: "cookies", count: 4 },
      { tenantId: T1, day: "2025-05-30", event: "privacy-answered", key: "cookies", count: 3 },
      { tenantId: T1, day: "2025-05-30", event: "course-opened", key: "gdpr-basics", count: 2 },
      { tenantId: T1, day: "2025-05-01", event: "course-opened", key: "gdpr-basics", count: 9 },
    ]);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the last 30 days of the tenant with the threshold", async () => {
    const out: string[] = [];
    const code = await run(["--tenant", T1, "--days", "30"], { DATA_DIR: dir }, (l) => out.push(l), () => undefined, NOW);
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("2025-05-02 to 2025-05-31");
    expect(text).toMatch(/privacy-answered\s+cookies\s+7\n/);
    expect(text).toMatch(/course-opened\s+gdpr-basics\s+fewer than 5\n/);
  });

  it("exits with 2 and the usage line on bad arguments", async () => {
    const err: string[] = [];
    expect(await run(["--days", "30"], { DATA_DIR: dir }, () => undefined, (l) => err.push(l), NOW)).toBe(2);
    expect(err.join("\n")).toMatch(/--tenant is required/);
  });

  it("exits with 1 and names the variable on a bad configuration", async () => {
    const err: string[] = [];
    expect(await run(["--tenant", T1], { STORAGE: "azure-tables" }, () => undefined, (l) => err.push(l), NOW)).toBe(1);
    expect(err.join("\n")).toMatch(/STORAGE=azure-tables needs AZURE_TABLES_ACCOUNT_URL/);
  });

  it("runs as an npm script", async () => {
    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "usage", "--", "--tenant", T1, "--days", "3650"], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dir },
    });
    expect(stdout).toMatch(/course-opened\s+gdpr-basics\s+11/);
  });
});
