import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { run } from "../../../scripts/app-package/cli";
import { ROOT, editJson, tempProject } from "./helpers";

/** Runs the CLI in-process and captures its output. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, env, (line: string) => out.push(line), (line: string) => err.push(line));
  return { code, out, err };
}

describe("npm run package -- --env <name>", () => {
  let root: string;
  beforeEach(() => {
    root = tempProject();
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("prints what it checked and writes appPackage/build/appPackage.<name>.zip and the resolved manifest", async () => {
    const { code, out, err } = await cli(["--env", "dev", "--root", root]);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out.join("\n")).toMatch(/ok {3}schema v1\.30 \(offline, @microsoft\/app-manifest [\d.]+\)/);
    expect(out.at(-1)).toBe("Wrote appPackage/build/appPackage.dev.zip: color.png, fr.json, manifest.json, outline.png");
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(root, "appPackage", "build", "appPackage.dev.zip")));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "fr.json", "manifest.json", "outline.png"]);
    const resolved = JSON.parse(fs.readFileSync(path.join(root, "appPackage", "build", "manifest.dev.json"), "utf8"));
    expect(resolved.id).toBe("00000000-0000-4000-8000-000000000001");
  });

  it("fails with one line per problem, naming file, field and fix, and writes no zip", async () => {
    editJson(path.join(root, "appPackage", "manifest.json"), (m) => {
      m.version = "1.0";
      m.validDomains = ["https://${{TAB_DOMAIN}}"];
      m.composeExtensions[0].messageHandlers[0].value.domains = ["*.com"];
    });
    const { code, err } = await cli(["--env", "dev", "--root", root]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^\d+ problem\(s\); no package written:$/);
    const lines = err.slice(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^manifest\.json version: .* Fix: use three whole numbers/),
        expect.stringMatching(/^manifest\.json validDomains\[0\]: "https:\/\/coursecompnwl001\.azurewebsites\.net" has a scheme\. Fix: /),
        expect.stringMatching(/^manifest\.json composeExtensions\[0\]\.messageHandlers\[0\]\.value\.domains\[0\]: .*public suffix "com"/),
        expect.stringMatching(/^manifest\.json staticTabs\[1\]\.contentUrl: host .* is not covered/),
      ]),
    );
    for (const line of lines) expect(line).toMatch(/^\S+\.(json|png) ?[^\n]*: .+ Fix: .+$/);
    expect(fs.existsSync(path.join(root, "appPackage", "build", "appPackage.dev.zip"))).toBe(false);
  });

  it("takes variables from the process environment over the env file, as the Toolkit passes them", async () => {
    const { code, out } = await cli(["--env", "dev", "--root", root], { BOT_ID: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d" });
    expect(code).toBe(0);
    expect(out).toContain("  values from the process environment: BOT_ID");
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "appPackage", "build", "manifest.dev.json"), "utf8"));
    expect(manifest.bots[0].botId).toBe("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
  });

  it("exits 2 with usage when --env is missing or unknown", async () => {
    expect((await cli(["--root", root])).err).toEqual(["package: --env is required. Usage: npm run package -- --env dev"]);
    const unknown = await cli(["--env", "prod", "--root", root]);
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/env\/\.env\.prod not found\. Fix: use one of dev, local, playground/);
    expect((await cli(["--env", "dev", "--bogus"])).code).toBe(2);
  });

  it("exits non-zero as a real process when the package is invalid", () => {
    fs.rmSync(path.join(root, "appPackage", "fr.json"));
    const result = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/app-package/cli.ts", "--env", "dev", "--root", root], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^manifest\.json localizationInfo: names fr\.json, which is not in appPackage\/\. Fix: /m);
  });
});
