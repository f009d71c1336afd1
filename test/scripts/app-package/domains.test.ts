import fc from "fast-check";
import { domainIssue, hostCoveredBy, isPublicSuffix } from "../../../scripts/app-package/domains";

describe("isPublicSuffix", () => {
  it("knows ICANN and private public suffixes", () => {
    expect(isPublicSuffix("com")).toBe(true);
    expect(isPublicSuffix("co.uk")).toBe(true);
    expect(isPublicSuffix("azurewebsites.net")).toBe(true);
    expect(isPublicSuffix("northwind.example")).toBe(false);
    expect(isPublicSuffix("contoso.co.uk")).toBe(false);
  });
});

describe("domainIssue", () => {
  it("returns the host to write instead of a URL", () => {
    expect(domainIssue("https://learning.example.org/x")?.fix).toBe('write the host only: "learning.example.org".');
  });

  it("accepts ordinary hosts and leading wildcards under an owned domain", () => {
    for (const entry of ["learning.example.org", "*.example.org", "*.*.example.org", "xn--bcher-kva.example"]) {
      expect(domainIssue(entry)).toBeUndefined();
    }
  });
});

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
const host = fc.array(label, { minLength: 2, maxLength: 5 }).map((labels) => [...labels, "example"].join("."));

describe("hostCoveredBy (properties)", () => {
  it("an exact entry covers its own host in any case", () => {
    fc.assert(fc.property(host, (h) => hostCoveredBy(h, h) && hostCoveredBy(h.toUpperCase(), h)));
  });

  it("a wildcard covers exactly one more label", () => {
    fc.assert(
      fc.property(host, label, (h, sub) => {
        const entry = `*.${h}`;
        return hostCoveredBy(`${sub}.${h}`, entry) && !hostCoveredBy(h, entry) && !hostCoveredBy(`${sub}.${sub}.${h}`, entry);
      }),
    );
  });

  it("never reports a problem for a host built of valid labels", () => {
    fc.assert(fc.property(host, (h) => domainIssue(h) === undefined && domainIssue(`*.${h}`) === undefined));
  });
});
