import * as fs from "node:fs";
import * as path from "node:path";
import { envSchema } from "../../src/config/schema";
import { ROOT, allOutputs, armTemplates, envSections, readText, readYml, undefinedReferences, type Step } from "./toolkit-project";

/** Actions documented for Teams Toolkit / Microsoft 365 Agents Toolkit yml files (aka.ms/teamsfx-actions). */
const KNOWN_ACTIONS = new Set([
  "teamsApp/create",
  "teamsApp/update",
  "teamsApp/validateManifest",
  "teamsApp/validateAppPackage",
  "teamsApp/zipAppPackage",
  "teamsApp/publishAppPackage",
  "arm/deploy",
  "botAadApp/create",
  "botFramework/create",
  "cli/runNpmCommand",
  "azureAppService/zipDeploy",
  "file/createOrUpdateEnvironmentFile",
]);
/** Set by the Toolkit itself for every run. */
const BUILT_INS = ["TEAMSFX_ENV"];
const FILES = [
  { yml: "m365agents.yml", env: "env/.env.dev" },
  { yml: "m365agents.local.yml", env: "env/.env.local" },
  { yml: "m365agents.playground.yml", env: "env/.env.playground" },
] as const;
const scripts = (JSON.parse(readText("package.json")) as { scripts: Record<string, string> }).scripts;
const steps = (yml: string): Step[] => {
  const doc = readYml(yml);
  return [...(doc.provision ?? []), ...(doc.deploy ?? []), ...(doc.publish ?? [])];
};

describe.each(FILES)("$yml", ({ yml, env }) => {
  it("uses the v1.11 yml schema and only documented actions", () => {
    expect(readYml(yml).version).toBe("v1.11");
    expect(steps(yml).map((s) => s.uses).filter((u) => !KNOWN_ACTIONS.has(u))).toEqual([]);
  });

  it(`reads only variables that ${env}, the Toolkit or an earlier action defines`, () => {
    const { setByYou, written } = envSections(env);
    const doc = readYml(yml);
    const base = [...BUILT_INS, ...setByYou, ...written];
    expect(undefinedReferences(doc.provision ?? [], base)).toEqual([]);
    // deploy and publish run after provision, whose outputs are then in the env files
    const afterProvision = [...base, ...allOutputs(doc.provision ?? [])];
    expect(undefinedReferences(doc.deploy ?? [], afterProvision)).toEqual([]);
    expect(undefinedReferences(doc.publish ?? [], afterProvision)).toEqual([]);
  });

  it("would catch a variable nothing defines", () => {
    const broken: Step[] = [{ uses: "cli/runNpmCommand", with: { args: "run package -- --env ${{NOT_DEFINED}}" } }];
    expect(undefinedReferences(broken, BUILT_INS)).toEqual(["cli/runNpmCommand: NOT_DEFINED"]);
  });

  it("runs only npm scripts that package.json has, and points at files that exist", () => {
    for (const step of steps(yml)) {
      if (step.uses === "cli/runNpmCommand") {
        const script = /^run (\S+)/.exec(step.with?.args ?? "")?.[1];
        if (script) expect(Object.keys(scripts)).toContain(script);
      }
      for (const key of ["ignoreFile", "manifestPath"]) {
        const file = step.with?.[key];
        if (typeof file === "string" && !file.includes("/build/")) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
      }
      armTemplates(step).forEach((t) => {
        expect(fs.existsSync(path.join(ROOT, t.path))).toBe(true);
        if (t.parameters) expect(fs.existsSync(path.join(ROOT, t.parameters))).toBe(true);
      });
    }
  });

  it("writes server settings the app's configuration knows", () => {
    const known = new Set(Object.keys(envSchema.shape));
    const written = steps(yml)
      .filter((s) => s.uses === "file/createOrUpdateEnvironmentFile")
      .flatMap((s) => Object.keys(s.with?.envs ?? {}));
    expect(written.filter((n) => !known.has(n))).toEqual([]);
  });
});

describe("m365agents.yml", () => {
  const provision = readYml("m365agents.yml").provision ?? [];
  const uses = provision.map((s) => s.uses);

  it("creates the app, deploys infra/azure.bicep, validates and zips the package, then updates the app", () => {
    expect(uses).toEqual([
      "teamsApp/create",
      "arm/deploy",
      "cli/runNpmCommand",
      "teamsApp/validateManifest",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    expect(armTemplates(provision[1])).toEqual([{ path: "infra/azure.bicep", parameters: "infra/azure.parameters.json" }]);
    expect(provision[2].with?.args).toBe("run package -- --env ${{TEAMSFX_ENV}}");
  });

  it("updates Teams with the zip the package script writes", () => {
    const zips = provision.map((s) => s.with?.appPackagePath).filter(Boolean);
    expect(new Set(zips)).toEqual(new Set(["./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip"]));
  });

  it("deploys by installing, building and zip-deploying to the App Service from provision", () => {
    const deploy = readYml("m365agents.yml").deploy ?? [];
    expect(deploy.map((s) => s.uses)).toEqual(["cli/runNpmCommand", "cli/runNpmCommand", "azureAppService/zipDeploy"]);
    expect(deploy[2].with?.resourceId).toBe("${{AZURE_APP_SERVICE_RESOURCE_ID}}");
  });
});

describe("m365agents.local.yml", () => {
  it("keeps the bot password a SECRET_ variable and passes it only to the git-ignored .localConfigs", () => {
    const provision = readYml("m365agents.local.yml").provision ?? [];
    expect(provision.find((s) => s.uses === "botAadApp/create")?.writeToEnvironmentFile?.botPassword).toBe("SECRET_BOT_PASSWORD");
    const deploy = readYml("m365agents.local.yml").deploy ?? [];
    const envFile = deploy.find((s) => s.uses === "file/createOrUpdateEnvironmentFile");
    expect(envFile?.with?.target).toBe("./.localConfigs");
    expect(envFile?.with?.envs.BOT_PASSWORD).toBe("${{SECRET_BOT_PASSWORD}}");
    expect(readText(".gitignore")).toMatch(/^\.localConfigs$/m);
  });
});

describe("env files", () => {
  it.each(FILES.map((f) => f.env))("%s holds no secret", (env) => {
    const names = [...envSections(env).setByYou, ...envSections(env).written];
    expect(names.filter((n) => n.startsWith("SECRET_") || /PASSWORD|SECRET/.test(n))).toEqual([]);
  });

  it("git ignores the .user files that hold SECRET_ values", () => {
    expect(readText(".gitignore")).toMatch(/^env\/\.env\.\*\.user$/m);
  });
});
