import { pickAllowed } from "../../src/logging/logger";

describe("the reason field", () => {
  it("keeps a loader's message about the app's own files, on one line", () => {
    const reason = 'tenants.json: tenant 5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f (Example Corp): b-catalog.json: entry 3 "url"\nmust be an https URL';
    expect(pickAllowed({ reason })).toEqual({ reason: reason.replace("\n", " ") });
  });

  it("cuts it at 500 characters and refuses what is not a string", () => {
    expect((pickAllowed({ reason: "x".repeat(900) }).reason as string).length).toBe(500);
    expect(pickAllowed({ reason: { text: "hi" } })).toEqual({ reason: "other" });
  });
});
