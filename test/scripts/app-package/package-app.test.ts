import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { listEnvironments } from "../../../scripts/app-package/env-file";
import { allProblems, applySsoChoice, buildAppPackage, zipPackage } from "../../../scripts/app-package/package-app";
import { formatProblem } from "../../../scripts/app-package/problems";
import { ROOT, buildShipped, editJson, tempProject, where } from "./helpers";

const SSO_CLIENT_ID = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

describe("the shipped package", () => {
  const envs = listEnvironments(ROOT);

  it("has env files for dev, local and playground", () => {
    expect(envs).toEqual(expect.arrayContaining(["dev", "local", "playground"]));
  });

  it.each(envs)("passes every check for env/.env.%s", async (env) => {
    const result = await buildShipped(env);
    expect(allProblems(result).map(formatProblem)).toEqual([]);
    expect(result.checks.map((c) => c.name)).toEqual([
      "placeholders",
      "Teams upload rules",
      expect.stringMatching(/^schema v1\.30 \(offline/),
      "localization",
      "icons",
    ]);
  });

  it("zips exactly the manifest, the two icons and the localization file", async () => {
    const result = await buildShipped("dev");
    const zip = await JSZip.loadAsync(await zipPackage(result.files));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "fr.json", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    expect(manifest.bots[0].botId).toBe("00000000-0000-4000-8000-000000000002");
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
  });

  it("gives a byte-identical zip for the same inputs", async () => {
    const first = await zipPackage((await buildShipped("dev")).files);
    const second = await zipPackage((await buildShipped("dev")).files);
    expect(first.equals(second)).toBe(true);
  });

  it("leaves webApplicationInfo out when AAD_APP_CLIENT_ID is empty", async () => {
    const result = await buildShipped("dev");
    expect(result.sso).toBe(false);
    expect(result.manifest).not.toHaveProperty("webApplicationInfo");
  });

  it("keeps a valid webApplicationInfo when AAD_APP_CLIENT_ID is set", async () => {
    const result = await buildShipped("dev", { AAD_APP_CLIENT_ID: SSO_CLIENT_ID });
    expect(allProblems(result)).toEqual([]);
    expect(result.manifest.webApplicationInfo).toEqual({
      id: SSO_CLIENT_ID,
      resource: `api://coursecompnwl001.azurewebsites.net/${SSO_CLIENT_ID}`,
    });
  });
});

describe("applySsoChoice", () => {
  const template = { id: "x", webApplicationInfo: { id: "${{AAD_APP_CLIENT_ID}}" } };

  it("drops webApplicationInfo for an unset, empty or blank client id", () => {
    for (const env of [{}, { AAD_APP_CLIENT_ID: "" }, { AAD_APP_CLIENT_ID: "  " }]) {
      expect(applySsoChoice(template, env)).toEqual({ manifest: { id: "x" }, sso: false });
    }
  });

  it("keeps the template untouched when a client id is set", () => {
    expect(applySsoChoice(template, { AAD_APP_CLIENT_ID: SSO_CLIENT_ID })).toEqual({ manifest: template, sso: true });
  });
});

describe("buildAppPackage on a broken project", () => {
  let root: string;
  beforeEach(() => {
    root = tempProject();
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const build = (env: Record<string, string> = {}) =>
    buildAppPackage({ appPackageDir: path.join(root, "appPackage"), env: { ...devValues(), ...env }, envSource: "env/.env.dev" });

  it("reports a manifest that is not JSON instead of throwing", async () => {
    fs.writeFileSync(path.join(root, "appPackage", "manifest.json"), "{ not json");
    const problems = allProblems(await build());
    expect(where(problems)).toEqual(["manifest.json"]);
    expect(problems[0].message).toMatch(/not valid JSON/);
  });

  it("reports a missing localization file", async () => {
    fs.rmSync(path.join(root, "appPackage", "fr.json"));
    expect(where(allProblems(await build()))).toEqual(["manifest.json localizationInfo"]);
  });

  it("reports a localization file that is not JSON", async () => {
    fs.writeFileSync(path.join(root, "appPackage", "fr.json"), '{"name.short": ');
    const problems = allProblems(await build());
    expect(where(problems)).toEqual(["fr.json"]);
  });

  it("reports a missing icon", async () => {
    fs.rmSync(path.join(root, "appPackage", "outline.png"));
    expect(where(allProblems(await build()))).toEqual(["manifest.json icons.outline"]);
  });

  it("reports every unresolved placeholder with its field, in the manifest and the localization file", async () => {
    editJson(path.join(root, "appPackage", "fr.json"), (fr) => {
      fr["name.full"] = "Course Companion ${{PLATFORM_NAME}}";
    });
    const problems = allProblems(await build({ BOT_ID: "" }));
    expect(where(problems)).toEqual(
      expect.arrayContaining(["manifest.json bots[0].botId", "manifest.json composeExtensions[0].botId", "fr.json name.full"]),
    );
    expect(problems.find((p) => p.field === "name.full")?.message).toMatch(/PLATFORM_NAME is not defined in env\/\.env\.dev/);
    // the placeholder is the cause: no second line (GUID rule, schema pattern) for the same field
    expect(where(problems).filter((w) => w === "manifest.json bots[0].botId")).toHaveLength(1);
    expect(problems.find((p) => p.field === "bots[0].botId")?.message).toMatch(/BOT_ID is empty/);
  });

  it("never reads a localization file outside appPackage/", async () => {
    editJson(path.join(root, "appPackage", "manifest.json"), (m) => {
      m.localizationInfo.additionalLanguages[0].file = "../env/.env.dev";
    });
    const problems = allProblems(await build());
    expect(problems.some((p) => p.field === "localizationInfo" && /not in appPackage/.test(p.message))).toBe(true);
  });
});

function devValues(): Record<string, string> {
  const { parse } = require("dotenv") as typeof import("dotenv");
  return { TEAMSFX_ENV: "dev", ...parse(fs.readFileSync(path.join(ROOT, "env", ".env.dev"))) };
}
