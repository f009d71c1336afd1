import { bundledVersions, loadSchema, validateAgainstSchema } from "../../../scripts/app-package/schema-check";
import { validatePackage } from "../../../scripts/app-package/validate";
import { shippedManifest, where } from "./helpers";

describe("bundled schemas", () => {
  it("include manifest and localization schemas of v1.29 and later, loaded offline", () => {
    expect(bundledVersions()).toEqual(expect.arrayContaining(["1.29", "1.30"]));
    expect(loadSchema("1.30", "manifest")).toBeDefined();
    expect(loadSchema("1.30", "localization")).toBeDefined();
    expect(loadSchema("9.99", "manifest")).toBeUndefined();
    expect(loadSchema("../v1.30", "manifest")).toBeUndefined();
  });
});

describe("validateAgainstSchema", () => {
  it("accepts the shipped manifest", async () => {
    expect(validateAgainstSchema(await shippedManifest(), "1.30", "manifest", "manifest.json")).toEqual([]);
  });

  it("names an unknown property and tells to remove it", async () => {
    const manifest = await shippedManifest();
    manifest.bots[0].commandList = [];
    const problems = validateAgainstSchema(manifest, "1.30", "manifest", "manifest.json");
    expect(where(problems)).toEqual(["manifest.json bots[0].commandList"]);
    expect(problems[0].fix).toMatch(/remove "commandList"/);
  });

  it("names a missing required property and tells to add it", async () => {
    const manifest = await shippedManifest();
    delete manifest.developer.privacyUrl;
    const problems = validateAgainstSchema(manifest, "1.30", "manifest", "manifest.json");
    expect(where(problems)).toEqual(["manifest.json developer.privacyUrl"]);
    expect(problems[0].fix).toBe('add "privacyUrl".');
  });

  it("reports a scope the schema does not allow for a configurable tab", async () => {
    const manifest = await shippedManifest();
    manifest.configurableTabs[0].scopes = ["personal"];
    const problems = validateAgainstSchema(manifest, "1.30", "manifest", "manifest.json");
    expect(where(problems)).toEqual(["manifest.json configurableTabs[0].scopes[0]"]);
    expect(problems[0].fix).toMatch(/use one of \["team","groupChat"\]/);
  });

  it("reports a message handler type other than link", async () => {
    const manifest = await shippedManifest();
    manifest.composeExtensions[0].messageHandlers[0].type = "url";
    expect(where(validateAgainstSchema(manifest, "1.30", "manifest", "manifest.json"))).toContain(
      "manifest.json composeExtensions[0].messageHandlers[0].type",
    );
  });

  it("reports a manifest version without a bundled schema", async () => {
    const manifest = await shippedManifest();
    const problems = validateAgainstSchema(manifest, "2.0", "manifest", "manifest.json");
    expect(where(problems)).toEqual(["manifest.json manifestVersion"]);
    expect(problems[0].fix).toMatch(/1\.30/);
  });
});

describe("validatePackage", () => {
  it("reports a rule violation once, with the rule's fix rather than the schema's", async () => {
    const manifest = await shippedManifest();
    manifest.id = "course-companion";
    manifest.name.short = "Course Companion for Northwind Learning";
    const checks = await validatePackage({ manifest, localizations: new Map(), icons: new Map() });
    const lines = checks.flatMap((c) => c.problems);
    expect(where(lines).filter((w) => w === "manifest.json id")).toHaveLength(1);
    expect(where(lines).filter((w) => w === "manifest.json name.short")).toHaveLength(1);
    expect(lines.find((p) => p.field === "id")?.fix).toMatch(/TEAMS_APP_ID/);
  });
});
