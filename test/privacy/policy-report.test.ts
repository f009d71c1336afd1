import { formatPolicyReport } from "../../src/privacy/policy-report";
import { parsePolicy } from "../../src/privacy/parse-policy";

describe("formatPolicyReport", () => {
  it("lists sections with level, passages and length, and the revision date", () => {
    const doc = parsePolicy("Policy\n\nRights\n\nYou may ask.\n\n  1. Access\n    Ask for a copy.\n\nLast updated: 1 May 2024", { format: "txt", language: "en", source: "acme.txt" });
    expect(formatPolicyReport(doc)).toEqual([
      "acme.txt: txt, en, 3 sections, 2 passages",
      "Revision date: 1 May 2024",
      "",
      "#   level  passages  chars  heading",
      "1   1      0         0      Policy   (no text: listed in the outline, never quoted)",
      "2   1      1         12     Rights",
      "3   2      1         40       1. Access",
    ]);
  });

  it("says when no revision date is stated", () => {
    const doc = parsePolicy("Cookies\n\nTwo.", { format: "txt", language: "en", source: "a.txt" });
    expect(formatPolicyReport(doc)[1]).toMatch(/^Revision date: not stated/);
  });
});
