import { checkLanguageFile, languageFiles, localizableKeys } from "../../../scripts/app-package/localization-check";
import { buildShipped, shippedManifest, where } from "./helpers";

const FR = { languageTag: "fr", file: "fr.json" };
/** The shipped fr.json with its placeholders resolved for env "dev". */
const shippedFrench = async (): Promise<Record<string, string>> =>
  JSON.parse((await buildShipped("dev")).files.get("fr.json")!.toString("utf8"));

describe("localizableKeys", () => {
  it("lists every string of the manifest that the v1.30 localization schema can translate", async () => {
    const keys = localizableKeys(await shippedManifest(), "1.30");
    expect(keys).toEqual(
      expect.arrayContaining([
        "name.short",
        "name.full",
        "description.short",
        "description.full",
        "staticTabs[1].name",
        "staticTabs[2].name",
        "bots[0].commandLists[2].commands[2].title",
        "bots[0].commandLists[2].commands[2].description",
        "composeExtensions[0].commands[0].title",
        "composeExtensions[0].commands[0].parameters[0].description",
      ]),
    );
    expect(keys).not.toContain("developer.name");
    expect(keys).not.toContain("staticTabs[1].contentUrl");
    expect(keys).toHaveLength(28);
  });
});

describe("the shipped French file", () => {
  it("is declared in localizationInfo and translates every key", async () => {
    const manifest = await shippedManifest();
    expect(languageFiles(manifest)).toEqual([FR]);
    expect(checkLanguageFile(FR, (await shippedFrench()), manifest, "1.30")).toEqual([]);
  });

  it("translates the strings instead of copying the English ones", async () => {
    const manifest = await shippedManifest();
    const fr = (await shippedFrench());
    const copied = ["description.short", "description.full", "staticTabs[1].name", "composeExtensions[0].commands[0].title"].filter(
      (key) => fr[key] === String(key.split(/[.[\]]+/).filter(Boolean).reduce((v: any, k) => v?.[k], manifest)),
    );
    expect(copied).toEqual([]);
  });
});

describe("checkLanguageFile", () => {
  it("reports a key the manifest localizes but the file lacks", async () => {
    const fr = (await shippedFrench());
    delete fr["composeExtensions[0].commands[0].parameters[0].description"];
    const problems = checkLanguageFile(FR, fr, await shippedManifest(), "1.30");
    expect(where(problems)).toEqual(["fr.json composeExtensions[0].commands[0].parameters[0].description"]);
    expect(problems[0].fix).toMatch(/add ".*" with its fr translation/);
  });

  it("reports a key that translates nothing in the manifest", async () => {
    const fr = { ...(await shippedFrench()), "staticTabs[5].name": "Aide" };
    expect(where(checkLanguageFile(FR, fr, await shippedManifest(), "1.30"))).toEqual(["fr.json staticTabs[5].name"]);
  });

  it("validates the file against the localization schema", async () => {
    const fr = { ...(await shippedFrench()), "name.short": "Compagnon de formation pour Northwind" };
    const problems = checkLanguageFile(FR, fr, await shippedManifest(), "1.30");
    expect(where(problems)).toEqual(["fr.json name.short"]);
    expect(problems[0].fix).toBe("shorten it to at most 30 characters.");
  });

  it("rejects a $schema of another version", async () => {
    const fr = {
      ...(await shippedFrench()),
      $schema: "https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.Localization.schema.json",
    };
    expect(where(checkLanguageFile(FR, fr, await shippedManifest(), "1.30"))).toEqual(["fr.json $schema"]);
  });

  it("reports a missing file on the manifest's localizationInfo", async () => {
    expect(where(checkLanguageFile(FR, undefined, await shippedManifest(), "1.30"))).toEqual(["manifest.json localizationInfo"]);
  });

  it("reports content that is not a JSON object", async () => {
    const manifest = await shippedManifest();
    expect(where(checkLanguageFile(FR, new SyntaxError("Unexpected end"), manifest, "1.30"))).toEqual(["fr.json"]);
    expect(where(checkLanguageFile(FR, ["name.short"], manifest, "1.30"))).toEqual(["fr.json"]);
  });
});
