import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseRegistry, readRegistryFile, RegistryError } from "../../src/tenants/registry-file";

const valid = {
  tenantId: "5B7C9D2E-1F3A-4C6B-8D9E-0A1B2C3D4E5F",
  name: "Example Corp",
  platformUrl: "https://example.learning.test",
  defaultLanguage: "en",
  catalogFile: "catalog.json",
  policyFiles: { en: "policy.txt" },
};

function messageOf(tenants: unknown, source = "tenants.json"): string {
  try {
    parseRegistry(JSON.stringify({ tenants }), source);
  } catch (e) {
    expect(e).toBeInstanceOf(RegistryError);
    return (e as Error).message;
  }
  throw new Error("expected a RegistryError");
}

describe("parseRegistry", () => {
  it("accepts a valid entry and lower-cases the tenant id", () => {
    expect(parseRegistry(JSON.stringify({ tenants: [valid] }), "t.json")[0].tenantId).toBe("5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f");
  });
  it("names the file, the entry and the field of a bad platformUrl", () => {
    expect(messageOf([valid, { ...valid, tenantId: "c0ffee00-1234-4abc-9def-00000000beef", platformUrl: "http://x.test" }])).toBe(
      'tenants.json: tenants[1] (c0ffee00-1234-4abc-9def-00000000beef): "platformUrl" must be an https URL (the learning platform\'s address, e.g. https://acme.learning.example)',
    );
  });
  it("rejects a tenant id that is not a GUID", () => {
    expect(messageOf([{ ...valid, tenantId: "contoso" }])).toMatch(/tenants\[0\] \(contoso\): "tenantId" must be the organization's Entra tenant ID/);
  });
  it("rejects an unsupported language", () => {
    expect(messageOf([{ ...valid, defaultLanguage: "de" }])).toMatch(/"defaultLanguage" must be one of en, fr/);
  });
  it("rejects an empty policyFiles", () => {
    expect(messageOf([{ ...valid, policyFiles: {} }])).toMatch(/"policyFiles" must name at least one policy document/);
  });
  it("rejects a policy in an unsupported language", () => {
    expect(messageOf([{ ...valid, policyFiles: { de: "p.txt" } }])).toMatch(/"policyFiles/);
  });
  it("rejects a missing catalogFile", () => {
    const { catalogFile: _omit, ...rest } = valid;
    expect(messageOf([rest])).toMatch(/"catalogFile"/);
  });
  it("rejects a non-https policyUrl", () => {
    expect(messageOf([{ ...valid, policyUrl: "ftp://x" }])).toMatch(/"policyUrl" must be an https URL/);
  });
  it("rejects a tenant listed twice", () => {
    expect(messageOf([valid, { ...valid, tenantId: valid.tenantId.toLowerCase() }])).toMatch(/tenants\[1\].*listed twice/);
  });
  it("rejects an empty list", () => {
    expect(messageOf([])).toMatch(/"tenants" must list at least one organization/);
  });
  it("rejects invalid JSON naming the file", () => {
    expect(() => parseRegistry("{", "reg.json")).toThrow(/^reg\.json: not valid JSON/);
  });
  it("reports an unreadable file with TENANTS_FILE as the fix", () => {
    expect(() => readRegistryFile("/nonexistent/tenants.json")).toThrow(/\/nonexistent\/tenants.json: cannot read the tenant registry \(ENOENT\); check TENANTS_FILE/);
  });
  it("reads a file from disk", () => {
    const dir = mkdtempSync(join(tmpdir(), "reg-"));
    writeFileSync(join(dir, "t.json"), JSON.stringify({ tenants: [valid] }));
    expect(readRegistryFile(join(dir, "t.json"))).toHaveLength(1);
  });
});
