import { bicepDeclarations, envSections, stepOutputs, undefinedReferences } from "./toolkit-project";

describe("bicepDeclarations", () => {
  const text = [
    "@maxLength(20)",
    "param resourceBaseName string",
    "param webAppSKU string = 'B1'",
    "param location string = resourceGroup().location",
    "@secure()",
    "param token string",
    "resource x 'Microsoft.Web/sites@2023-12-01' = {",
    "  name: 'param notAParam string'",
    "}",
    "output BOT_ID string = identity.properties.clientId",
    "output settings object = {",
    "// output COMMENTED string = 'x'",
  ].join("\n");

  it("reads top-level params with whether they have a default, and outputs", () => {
    const { params, outputs } = bicepDeclarations(text);
    expect([...params]).toEqual([
      ["resourceBaseName", { hasDefault: false }],
      ["webAppSKU", { hasDefault: true }],
      ["location", { hasDefault: true }],
      ["token", { hasDefault: false }],
    ]);
    expect([...outputs]).toEqual(["BOT_ID", "settings"]);
  });
});

describe("undefinedReferences", () => {
  it("accepts a variable once an earlier step writes it, not before", () => {
    const steps = [
      { uses: "teamsApp/update", with: { appPackagePath: "${{TEAMS_APP_ID}}" } },
      { uses: "teamsApp/create", with: { name: "x" }, writeToEnvironmentFile: { teamsAppId: "TEAMS_APP_ID" } },
      { uses: "teamsApp/update", with: { appPackagePath: "${{TEAMS_APP_ID}}" } },
    ];
    expect(undefinedReferences(steps, [])).toEqual(["teamsApp/update: TEAMS_APP_ID"]);
  });

  it("counts implicit outputs such as teamsApp/create's TEAMS_APP_TENANT_ID", () => {
    expect([...stepOutputs({ uses: "teamsApp/create", writeToEnvironmentFile: { teamsAppId: "TEAMS_APP_ID" } })].sort()).toEqual([
      "TEAMS_APP_ID",
      "TEAMS_APP_TENANT_ID",
    ]);
  });
});

describe("envSections", () => {
  it("splits env/.env.dev at the 'Written by provision' marker", () => {
    const { setByYou, written } = envSections("env/.env.dev");
    expect(setByYou).toEqual(new Set([
      "TEAMSFX_ENV", "APP_NAME_SUFFIX", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME", "RESOURCE_SUFFIX",
      "APP_WEBSITE_URL", "PRIVACY_URL", "TERMS_URL", "TENANTS_FILE", "LEARNING_PLATFORM_DOMAIN",
      "AAD_APP_CLIENT_ID", "AAD_APP_TENANT_ID",
    ]));
    expect(written).toEqual(new Set(["TEAMS_APP_ID", "BOT_ID", "BOT_TENANT_ID", "BOT_DOMAIN", "BOT_ENDPOINT", "TAB_DOMAIN", "TAB_ENDPOINT"]));
  });
});
