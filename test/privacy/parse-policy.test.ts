import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { headingWithoutNumber } from "../../src/privacy/blocks";
import { formatFromPath, loadPolicyFile, parsePolicy } from "../../src/privacy/parse-policy";
import { PolicyError } from "../../src/privacy/policy-error";

const SHARED_POLICY = resolve(__dirname, "../../../shared/fixtures/policy/coorpacademy-privacy-policy.txt");
const FIXTURES = resolve(__dirname, "fixtures");

describe("loadPolicyFile on the published plain-text policy", () => {
  const doc = loadPolicyFile(SHARED_POLICY, "en");
  const headings = doc.sections.map((s) => s.heading);

  it("finds sections from the layout, question headings and numbered principles included", () => {
    expect(doc.format).toBe("txt");
    expect(headings).toEqual(expect.arrayContaining([
      "Keep your info safe", "Data Privacy", "How long will you keep my data?", "5. Limit Storage of Data",
      "Your Rights Regarding Personal Data Processing", "1. Do Not Track (DNT) Browser Setting", "Our apps (iOS, Android, MS Teams)",
    ]));
    expect(headings.some((h) => /revision/i.test(h))).toBe(false);
  });

  it("keeps a heading directly followed by another as a section without passages", () => {
    const empty = doc.sections.find((s) => s.heading === "Privacy And Your Activity");
    expect(empty?.passages).toEqual([]);
    expect(doc.sections.find((s) => s.heading === "Coorpacademy Privacy Promise")?.passages.length).toBeGreaterThan(0);
  });

  it("nests numbered principles under their heading", () => {
    expect(doc.sections.find((s) => s.heading === "5. Limit Storage of Data")?.level).toBe(2);
    expect(doc.sections.find((s) => s.heading === "Our Cookie Policy")?.level).toBe(1);
  });

  it("states the most recent revision date", () => {
    expect(doc.revisionDate).toBe("04/06/2021");
  });

  it("gives every section a unique slug id", () => {
    const ids = doc.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.sections.find((s) => s.heading === "5. Limit Storage of Data")?.id).toBe("limit-storage-of-data");
  });

  it("keeps bullet lists in the passages of their section", () => {
    const rights = doc.sections.find((s) => s.heading === "Your Rights Regarding Personal Data Processing");
    expect(rights?.passages[0]).toContain("• The right to erasure");
  });
});

describe("loadPolicyFile on the Markdown and HTML fixtures", () => {
  it("reads a Markdown policy with numbered ## headings", () => {
    const doc = loadPolicyFile(join(FIXTURES, "fabrikam-privacy-notice.md"), "en");
    expect(doc.format).toBe("md");
    expect(doc.revisionDate).toBe("12 March 2024");
    expect(doc.sections.map((s) => headingWithoutNumber(s.heading))).toEqual(expect.arrayContaining([
      "Who we are", "Information your organization provides", "Retention periods", "How to reach us",
    ]));
    expect(doc.sections.find((s) => s.heading === "5. Retention periods")?.passages[0]).toMatch(/^Learning records/);
  });

  it("reads an HTML page, skipping navigation and scripts", () => {
    const doc = loadPolicyFile(join(FIXTURES, "contoso-politique-confidentialite.html"), "fr");
    expect(doc.format).toBe("html");
    expect(doc.revisionDate).toBe("3 février 2025");
    expect(doc.sections[0].heading).toBe("Politique de confidentialité");
    expect(doc.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(["Qui sommes-nous ?", "Durée de conservation", "Cookies et traceurs"]));
    const all = doc.sections.flatMap((s) => s.passages).join("\n");
    expect(all).not.toContain("Catalogue des formations");
    expect(all).not.toContain("dataLayer");
  });
});

describe("parsePolicy", () => {
  const options = { format: "txt" as const, language: "en" as const, source: "acme/policy.txt" };

  it("uses the first words as the heading of text before the first heading, or the title when known", () => {
    const doc = parsePolicy("This notice explains how Acme handles personal data in its apps.\n\nCookies\n\nTwo.", options);
    expect(doc.sections[0].heading).toBe("This notice explains how Acme handles personal data…");
    const html = parsePolicy("<title>Acme privacy</title><p>Intro.</p><h2>Cookies</h2><p>Two.</p>", { ...options, format: "html" });
    expect(html.sections[0].heading).toBe("Acme privacy");
  });

  it("omits revisionDate when the document states none", () => {
    expect(parsePolicy("Cookies\n\nTwo.", options)).not.toHaveProperty("revisionDate");
  });

  it.each([
    ["", /acme\/policy\.txt: the policy document is empty/],
    ["   \n\n  ", /empty/],
    ["we keep your data for a month. we never sell it. that is all.", /acme\/policy\.txt: no recognizable structure: no headings found \(expected headings on lines of their own/],
    ["Cookies\n\nRights\n\nContact\n", /acme\/policy\.txt: no recognizable structure: headings were found but no text/],
    ["Cookies\u0000\u0001", /acme\/policy\.txt: is not a text file/],
  ])("rejects %j with an error naming the file", (text, message) => {
    expect(() => parsePolicy(text, options)).toThrow(message);
    expect(() => parsePolicy(text, options)).toThrow(PolicyError);
  });

  it("names the HTML structure it expected", () => {
    expect(() => parsePolicy("<p>just text.</p>", { ...options, format: "html", source: "x.html" })).toThrow(/x\.html: .*<h1>–<h6>/);
  });
});

describe("loadPolicyFile errors", () => {
  const dir = mkdtempSync(join(tmpdir(), "policy-"));

  it("names a missing file", () => {
    const missing = join(dir, "missing.md");
    expect(() => loadPolicyFile(missing, "en")).toThrow(`${missing}: policy file not found`);
  });

  it("names a file of an unsupported format", () => {
    const pdf = join(dir, "policy.pdf");
    writeFileSync(pdf, "%PDF-1.4");
    expect(() => loadPolicyFile(pdf, "en")).toThrow(`${pdf}: unsupported policy format ".pdf": use .txt, .md or .html`);
    expect(() => formatFromPath("policy")).toThrow(/policy: unsupported policy format "\(no extension\)"/);
  });

  it("names a file without structure", () => {
    const flat = join(dir, "flat.txt");
    writeFileSync(flat, "all one sentence without any heading at all.");
    expect(() => loadPolicyFile(flat, "en")).toThrow(`${flat}: no recognizable structure`);
  });

  it("picks the format from the extension, case-insensitively", () => {
    expect(formatFromPath("a/B.HTM")).toBe("html");
    expect(formatFromPath("a/b.markdown")).toBe("md");
    expect(formatFromPath("a/b.TXT")).toBe("txt");
  });
});
