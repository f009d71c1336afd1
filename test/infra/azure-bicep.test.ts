import { envSchema } from "../../src/config/schema";
import { placeholderNames } from "../../scripts/app-package/placeholders";
import { allOutputs, bicepDeclarations, envSections, readText, readYml } from "./toolkit-project";

const bicep = readText("infra/azure.bicep");
const declared = bicepDeclarations(bicep);
const parameters = JSON.parse(readText("infra/azure.parameters.json")) as { parameters: Record<string, { value: unknown }> };

/** The `appsettings` block of the web app: `NAME: value` lines. */
function appSettings(): Map<string, string> {
  const block = /name: 'appsettings'\s*\n\s*properties: \{([\s\S]*?)\n\s*\}/.exec(bicep)?.[1] ?? "";
  return new Map([...block.matchAll(/^\s*([A-Z][A-Z0-9_]*): (.+)$/gm)].map((m) => [m[1], m[2].trim()]));
}

describe("infra/azure.parameters.json against infra/azure.bicep", () => {
  it("passes only parameters the Bicep declares", () => {
    const undeclared = Object.keys(parameters.parameters).filter((name) => !declared.params.has(name));
    expect(undeclared).toEqual([]);
  });

  it("passes every parameter that has no default", () => {
    const required = [...declared.params].filter(([, p]) => !p.hasDefault).map(([name]) => name);
    expect(required.filter((name) => !(name in parameters.parameters))).toEqual([]);
    expect(required).toEqual(expect.arrayContaining(["resourceBaseName", "botDisplayName", "tenantsFile"]));
  });

  it("keeps resourceBaseName within the Bicep's 4..20 characters for the dev sample suffix", () => {
    const { parse } = require("dotenv") as typeof import("dotenv");
    const env = parse(readText("env/.env.dev"));
    const name = String(parameters.parameters.resourceBaseName.value).replace("${{RESOURCE_SUFFIX}}", env.RESOURCE_SUFFIX);
    expect(name.length).toBeGreaterThanOrEqual(4);
    expect(name.length).toBeLessThanOrEqual(20);
    expect(name).toMatch(/^[a-z0-9]+$/);
  });

  it("contains no secret values", () => {
    expect(JSON.stringify(parameters)).not.toMatch(/SECRET_|password/i);
  });
});

describe("infra/azure.bicep outputs", () => {
  it("declares every output that provision must write to env/.env.dev", () => {
    const written = envSections("env/.env.dev").written;
    const produced = allOutputs(readYml("m365agents.yml").provision ?? []);
    expect([...written].filter((name) => !produced.has(name))).toEqual([]);
    expect([...written].filter((name) => name !== "TEAMS_APP_ID").every((name) => declared.outputs.has(name))).toBe(true);
  });

  it("declares every variable the app package needs that the admin does not set", () => {
    const { setByYou } = envSections("env/.env.dev");
    const needed = new Set([...placeholderNames(readText("appPackage/manifest.json")), ...placeholderNames(readText("appPackage/fr.json"))]);
    const fromTeamsAppCreate = new Set(["TEAMS_APP_ID"]);
    const notProvided = [...needed].filter((n) => !setByYou.has(n) && !fromTeamsAppCreate.has(n) && !declared.outputs.has(n));
    expect(notProvided).toEqual([]);
  });
});

describe("infra/azure.bicep resources", () => {
  it("gives the web app the server settings the app reads, with a user-assigned managed identity bot", () => {
    const settings = appSettings();
    expect(settings.get("BOT_TYPE")).toBe("'UserAssignedMsi'");
    expect(settings.get("BOT_ID")).toBe("identity.properties.clientId");
    expect(settings.get("BOT_TENANT_ID")).toBe("identity.properties.tenantId");
    expect(settings.get("TENANTS_FILE")).toBe("tenantsFile");
    expect(settings.get("TAB_ENDPOINT")).toBe("'https://${webApp.properties.defaultHostName}'");
    expect(settings.get("WEBSITE_RUN_FROM_PACKAGE")).toBe("'1'");
    expect(settings.has("BOT_PASSWORD")).toBe(false);
  });

  it("sets only app settings that the server's configuration knows (besides App Service's own)", () => {
    const known = new Set(Object.keys(envSchema.shape));
    const unknown = [...appSettings().keys()].filter((n) => !known.has(n) && !/^(WEBSITE|SCM)_/.test(n));
    expect(unknown).toEqual([]);
  });

  it("runs Node 20 on Linux, https only", () => {
    expect(bicep).toMatch(/kind: 'linux'[\s\S]*reserved: true/);
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|20-lts'/);
    expect(bicep).toMatch(/httpsOnly: true/);
    expect(bicep).toMatch(/minTlsVersion: '1\.2'/);
  });

  it("registers an Azure Bot on the managed identity with the Teams channel and the /api/messages endpoint", () => {
    expect(bicep).toMatch(/resource identity 'Microsoft\.ManagedIdentity\/userAssignedIdentities@/);
    expect(bicep).toMatch(/'Microsoft\.BotService\/botServices@[\d-]+'/);
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).toMatch(/msaAppMSIResourceId: identity\.id/);
    expect(bicep).toMatch(/endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bicep).toMatch(/name: 'MsTeamsChannel'[\s\S]*channelName: 'MsTeamsChannel'/);
  });

  it("keeps usage counters in an Azure Table written with the managed identity, never with a shared key", () => {
    const settings = appSettings();
    expect(settings.get("STORAGE")).toBe("'azure-tables'");
    expect(settings.get("AZURE_TABLES_ACCOUNT_URL")).toBe("usageStorage.properties.primaryEndpoints.table");
    expect(settings.get("AZURE_TABLES_TABLE")).toBe("usageTable.name");
    expect(settings.get("AZURE_CLIENT_ID")).toBe("identity.properties.clientId");
    expect(settings.has("AZURE_TABLES_CONNECTION_STRING")).toBe(false);
    expect(bicep).toMatch(/resource usageStorage 'Microsoft\.Storage\/storageAccounts@[\d-]+'[\s\S]*allowSharedKeyAccess: false/);
    expect(bicep).toMatch(/resource usageTable 'Microsoft\.Storage\/storageAccounts\/tableServices\/tables@[\d-]+' = \{\s*parent: usageTableService\s*name: 'usagecounts'/);
    // Storage Table Data Contributor (built-in role id) for the web app's identity, on this account only
    expect(bicep).toMatch(/storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'/);
    expect(bicep).toMatch(/scope: usageStorage[\s\S]*principalId: identity\.properties\.principalId/);
  });
});
