import fc from "fast-check";
import { isGuid, resolveTenantId, tenantFieldsOf } from "../../src/tenants/resolve";

const A = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
const B = "c0ffee00-1234-4abc-9def-00000000beef";

describe("resolveTenantId", () => {
  it("prefers conversation.tenantId", () => {
    expect(resolveTenantId({ conversationTenantId: A })).toEqual({ kind: "resolved", tenantId: A });
  });
  it("falls back to channelData.tenant.id", () => {
    expect(resolveTenantId({ channelDataTenantId: A })).toEqual({ kind: "resolved", tenantId: A });
  });
  it("accepts both when they agree, ignoring case", () => {
    expect(resolveTenantId({ conversationTenantId: A.toUpperCase(), channelDataTenantId: A })).toEqual({ kind: "resolved", tenantId: A });
  });
  it("reports a conflict when they disagree", () => {
    expect(resolveTenantId({ conversationTenantId: A, channelDataTenantId: B })).toEqual({ kind: "conflict" });
  });
  it("reports missing when neither is a non-empty string", () => {
    expect(resolveTenantId({})).toEqual({ kind: "missing" });
    expect(resolveTenantId({ conversationTenantId: 42, channelDataTenantId: " " })).toEqual({ kind: "missing" });
  });
  it("reads the fields from any value without throwing", () => {
    fc.assert(fc.property(fc.anything(), (value) => {
      const r = resolveTenantId(tenantFieldsOf(value));
      expect(["resolved", "missing", "conflict"]).toContain(r.kind);
    }));
  });
  it("isGuid accepts tenant ids only", () => {
    expect(isGuid(A)).toBe(true);
    expect(isGuid("jordan@example.com")).toBe(false);
  });
});
