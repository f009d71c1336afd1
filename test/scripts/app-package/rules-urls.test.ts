import {
  checkHttpsUrls,
  checkMessageHandlerDomains,
  checkTabHostsCovered,
  checkValidDomains,
  tabUrls,
} from "../../../scripts/app-package/rules-urls";
import { uploadRuleProblems } from "../../../scripts/app-package/validate";
import { shippedManifest, where } from "./helpers";

describe("https URLs", () => {
  it.each([
    ["developer.privacyUrl", (m: any) => (m.developer.privacyUrl = "http://northwind-learning.example/privacy")],
    ["developer.termsOfUseUrl", (m: any) => (m.developer.termsOfUseUrl = "northwind-learning.example/terms")],
    ["staticTabs[1].contentUrl", (m: any) => (m.staticTabs[1].contentUrl = "http://coursecompnwl001.azurewebsites.net/tab/courses")],
    ["configurableTabs[0].configurationUrl", (m: any) => (m.configurableTabs[0].configurationUrl = "/tab/config")],
  ])("rejects a non-https %s", async (field, breakIt) => {
    const manifest = await shippedManifest();
    breakIt(manifest);
    const problems = checkHttpsUrls(manifest);
    expect(where(problems)).toEqual([`manifest.json ${field}`]);
    expect(problems[0].fix).toMatch(/https:\/\//);
  });

  it("accepts the shipped URLs", async () => {
    expect(checkHttpsUrls(await shippedManifest())).toEqual([]);
  });
});

describe("validDomains", () => {
  it.each([
    ["https://coursecompnwl001.azurewebsites.net", /has a scheme/],
    ["coursecompnwl001.azurewebsites.net/tab", /has a path/],
    ["coursecompnwl001.azurewebsites.net:443", /has a port/],
    ["*", /matches every domain/],
    ["*.com", /public suffix "com"/],
    ["*.co.uk", /public suffix "co.uk"/],
    ["*.azurewebsites.net", /public suffix "azurewebsites.net"/],
    ["tabs.*.example.org", /not a whole leading label/],
    ["course_companion.example.org", /not a host name/],
  ])("rejects %j", async (entry, reason) => {
    const manifest = await shippedManifest();
    manifest.validDomains = [entry, "coursecompnwl001.azurewebsites.net"];
    const problems = checkValidDomains(manifest);
    expect(where(problems)).toEqual(["manifest.json validDomains[0]"]);
    expect(problems[0].message).toMatch(reason);
  });

  it.each(["*.northwind-learning.example", "*.*.northwind-learning.example", "{teamsitedomain}", "localhost"])(
    "accepts %j",
    async (entry) => {
      const manifest = await shippedManifest();
      manifest.validDomains = [entry];
      expect(checkValidDomains(manifest)).toEqual([]);
    },
  );
});

describe("tab hosts covered by validDomains", () => {
  it("lists the static tab content and website URLs and the configuration URL", async () => {
    expect(tabUrls(await shippedManifest()).map((t) => t.field)).toEqual([
      "staticTabs[1].contentUrl",
      "staticTabs[1].websiteUrl",
      "staticTabs[2].contentUrl",
      "staticTabs[2].websiteUrl",
      "configurableTabs[0].configurationUrl",
    ]);
  });

  it("reports every tab URL whose host is not listed", async () => {
    const manifest = await shippedManifest();
    manifest.validDomains = ["learning.northwind.example"];
    const problems = uploadRuleProblems(manifest);
    expect(where(problems)).toHaveLength(5);
    expect(problems[0].message).toMatch(/host "coursecompnwl001\.azurewebsites\.net" is not covered/);
    expect(problems[0].fix).toMatch(/add "coursecompnwl001\.azurewebsites\.net" to validDomains/);
  });

  it("does not let *.example.org cover example.org itself", async () => {
    const manifest = await shippedManifest();
    manifest.configurableTabs[0].configurationUrl = "https://northwind-learning.example/tab/config";
    manifest.validDomains = ["coursecompnwl001.azurewebsites.net", "*.northwind-learning.example"];
    expect(where(checkTabHostsCovered(manifest))).toEqual(["manifest.json configurableTabs[0].configurationUrl"]);
  });

  it("lets *.example.org cover one subdomain level, and only one", async () => {
    const manifest = await shippedManifest();
    manifest.validDomains = ["coursecompnwl001.azurewebsites.net", "*.northwind-learning.example"];
    manifest.configurableTabs[0].configurationUrl = "https://tabs.northwind-learning.example/tab/config";
    expect(checkTabHostsCovered(manifest)).toEqual([]);
    manifest.configurableTabs[0].configurationUrl = "https://eu.tabs.northwind-learning.example/tab/config";
    expect(where(checkTabHostsCovered(manifest))).toEqual(["manifest.json configurableTabs[0].configurationUrl"]);
  });

  it("compares hosts without case and ignores the URL port", async () => {
    const manifest = await shippedManifest();
    manifest.validDomains = ["CourseCompNWL001.azurewebsites.net"];
    manifest.staticTabs[1].contentUrl = "https://coursecompnwl001.azurewebsites.net:8443/tab/courses";
    expect(checkTabHostsCovered(manifest)).toEqual([]);
  });
});

describe("link unfurling domains", () => {
  it.each(["*.com", "*", "https://learning.northwind.example", "learning.northwind.example/courses"])(
    "rejects %j in messageHandlers and names LEARNING_PLATFORM_DOMAIN",
    async (domain) => {
      const manifest = await shippedManifest();
      manifest.composeExtensions[0].messageHandlers[0].value.domains = [domain];
      const problems = uploadRuleProblems(manifest);
      expect(where(problems)).toEqual(["manifest.json composeExtensions[0].messageHandlers[0].value.domains[0]"]);
      expect(problems[0].fix).toMatch(/LEARNING_PLATFORM_DOMAIN/);
    },
  );

  it("accepts the configured platform host and a wildcard under it", async () => {
    const manifest = await shippedManifest();
    expect(manifest.composeExtensions[0].messageHandlers[0].value.domains).toEqual(["learning.northwind.example"]);
    manifest.composeExtensions[0].messageHandlers[0].value.domains.push("*.learning.northwind.example");
    expect(checkMessageHandlerDomains(manifest)).toEqual([]);
  });
});

describe("coverage messages", () => {
  it("explain wildcard depth only when validDomains has a wildcard", async () => {
    const manifest = await shippedManifest();
    manifest.validDomains = ["other.example.org"];
    expect(checkTabHostsCovered(manifest)[0].message).not.toMatch(/subdomain level/);
    manifest.validDomains = ["*.coursecompnwl001.azurewebsites.net"];
    expect(checkTabHostsCovered(manifest)[0].message).toMatch(/covers one subdomain level, not example\.org itself/);
  });
});
