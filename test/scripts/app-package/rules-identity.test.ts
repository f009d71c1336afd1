import {
  checkGuids,
  checkSchemaMatchesVersion,
  checkTextLengths,
  checkVersion,
  schemaUrlVersion,
} from "../../../scripts/app-package/rules-identity";
import { uploadRuleProblems } from "../../../scripts/app-package/validate";
import { shippedManifest, where } from "./helpers";

describe("version", () => {
  it.each(["1.0.0", "0.1.0", "10.20.30"])("accepts plain MAJOR.MINOR.PATCH %s", async (version) => {
    const manifest = await shippedManifest();
    manifest.version = version;
    expect(checkVersion(manifest)).toEqual([]);
  });

  it.each(["1.0", "1.0.0-beta.1", "1.0.0+build.5", "01.0.0", "v1.0.0", "1.0.0.0", " 1.0.0", ""])(
    "rejects %j and says how to fix it",
    async (version) => {
      const manifest = await shippedManifest();
      manifest.version = version;
      const problems = uploadRuleProblems(manifest);
      expect(where(problems)).toEqual(["manifest.json version"]);
      expect(problems[0].fix).toMatch(/three whole numbers/);
    },
  );

  it("rejects a missing version", async () => {
    const manifest = await shippedManifest();
    delete manifest.version;
    expect(where(checkVersion(manifest))).toEqual(["manifest.json version"]);
  });
});

describe("$schema and manifestVersion", () => {
  it("reads the version of official schema URLs, with or without a locale", () => {
    expect(schemaUrlVersion("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json")).toBe("1.30");
    expect(schemaUrlVersion("https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json")).toBe("1.29");
    expect(schemaUrlVersion("https://example.org/json-schemas/teams/v1.30/MicrosoftTeams.schema.json")).toBeUndefined();
  });

  it("rejects a $schema naming another version than manifestVersion", async () => {
    const manifest = await shippedManifest();
    manifest.$schema = "https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json";
    const problems = uploadRuleProblems(manifest);
    expect(where(problems)).toEqual(["manifest.json $schema"]);
    expect(problems[0].message).toMatch(/v1\.29 but manifestVersion is "1\.30"/);
    expect(problems[0].fix).toMatch(/v1\.30\/MicrosoftTeams\.schema\.json/);
  });

  it("rejects a manifestVersion that differs from $schema", async () => {
    const manifest = await shippedManifest();
    manifest.manifestVersion = "1.28";
    expect(where(checkSchemaMatchesVersion(manifest))).toEqual(["manifest.json $schema"]);
  });

  it("rejects a missing or foreign $schema", async () => {
    const manifest = await shippedManifest();
    delete manifest.$schema;
    expect(where(checkSchemaMatchesVersion(manifest))).toEqual(["manifest.json $schema"]);
    manifest.$schema = "https://json.schemastore.org/teams.json";
    expect(checkSchemaMatchesVersion(manifest)[0].message).toMatch(/not a Teams manifest schema URL/);
  });
});

describe("GUIDs", () => {
  it.each([
    ["id", (m: any) => (m.id = "course-companion")],
    ["bots[0].botId", (m: any) => (m.bots[0].botId = "28:bot")],
    ["composeExtensions[0].botId", (m: any) => (m.composeExtensions[0].botId = "0000-0000")],
    ["webApplicationInfo.id", (m: any) => (m.webApplicationInfo = { id: "not-a-guid", resource: "api://x" })],
  ])("rejects a non-GUID %s", async (field, breakIt) => {
    const manifest = await shippedManifest();
    breakIt(manifest);
    const problems = uploadRuleProblems(manifest);
    expect(where(problems)).toEqual([`manifest.json ${field}`]);
    expect(problems[0].message).toMatch(/is not a GUID/);
  });

  it("accepts upper-case GUIDs", async () => {
    const manifest = await shippedManifest();
    manifest.id = manifest.id.toUpperCase();
    expect(checkGuids(manifest)).toEqual([]);
  });
});

describe("text lengths", () => {
  it.each([
    ["name.short", 30, (m: any, t: string) => (m.name.short = t)],
    ["name.full", 100, (m: any, t: string) => (m.name.full = t)],
    ["description.short", 80, (m: any, t: string) => (m.description.short = t)],
    ["description.full", 4000, (m: any, t: string) => (m.description.full = t)],
  ])("accepts %s at its limit of %i characters and rejects one more", async (field, max, set) => {
    const manifest = await shippedManifest();
    set(manifest, "é".repeat(max));
    expect(checkTextLengths(manifest)).toEqual([]);
    set(manifest, "é".repeat(max + 1));
    const problems = uploadRuleProblems(manifest);
    expect(where(problems)).toEqual([`manifest.json ${field}`]);
    expect(problems[0].message).toBe(`is ${max + 1} characters long; the limit is ${max}.`);
  });

  it("rejects a blank short name", async () => {
    const manifest = await shippedManifest();
    manifest.name.short = "   ";
    expect(where(checkTextLengths(manifest))).toEqual(["manifest.json name.short"]);
  });
});
