import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CatalogError, loadCatalogFile } from "../../src/catalog";

const course = { id: "a", title: "A", description: "B", url: "https://learning.example.com/courses/a", language: "en" };

describe("loadCatalogFile", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "catalog-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text, "utf8");
    return path;
  };

  it("reads and validates a catalog file", () => {
    const path = write("ok.json", JSON.stringify([course]));
    expect(loadCatalogFile(path)).toEqual([{ ...course, tags: [] }]);
  });

  it("accepts a UTF-8 byte-order mark", () => {
    const path = write("bom.json", `\uFEFF${JSON.stringify([course])}`);
    expect(loadCatalogFile(path)).toHaveLength(1);
  });

  it("names a missing file and says to check the path", () => {
    const path = join(dir, "missing.json");
    expect(() => loadCatalogFile(path)).toThrow(CatalogError);
    expect(() => loadCatalogFile(path)).toThrow(`${path}: cannot be read (ENOENT): the file does not exist: check the path`);
  });

  it("names the line and column of a JSON syntax error", () => {
    const path = write("bad.json", '[\n  {"id": "a",\n   "title": "A",,\n  }\n]');
    expect(() => loadCatalogFile(path)).toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: is not valid JSON at line 3, column \\d+ .*check commas`));
  });

  it("passes the file path to validation messages", () => {
    const path = write("entry.json", JSON.stringify([course, { ...course, id: "b", url: "http://x.test/b" }]));
    expect(() => loadCatalogFile(path)).toThrow(`${path}: entry 1 (id "b"): "url" must be an https URL`);
  });
});
