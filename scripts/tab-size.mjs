#!/usr/bin/env node
/**
 * First-load JavaScript of the tab (gzip): the entry `assets/main.js` plus every chunk it imports
 * statically (what the browser must fetch before the first view; lazy chunks are not counted),
 * read from esbuild's metafile `meta.json`. Gzip at level 9 (what the server sends, src/api/tab-assets.ts).
 *
 * Usage: node scripts/tab-size.mjs [<tab dir, default dist/tab>]  (npm run tab:size; run npm run build first)
 * Exits 1 when the first-load size is over BUDGET_KB (250 KB gzip).
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 250;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * @param {string} tabDir folder holding assets/ and meta.json.
 * @returns {{raw: number, gzip: number, files: {name: string, raw: number, gzip: number}[]}} sizes in bytes.
 */
export function firstLoadSize(tabDir) {
  const meta = JSON.parse(readFileSync(join(tabDir, "meta.json"), "utf8"));
  const outputs = meta.outputs;
  const byName = new Map(Object.keys(outputs).map((key) => [basename(key), key]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const key = byName.get(name);
    if (!key) throw new Error(`tab-size: ${name} is not in ${join(tabDir, "meta.json")}; rebuild the tab`);
    for (const imp of outputs[key].imports ?? []) if (imp.kind === "import-statement") visit(basename(imp.path));
  };
  visit("main.js");
  const files = [...seen].map((name) => {
    const body = readFileSync(join(tabDir, "assets", name));
    return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0), files };
}

function main() {
  const tabDir = resolve(process.argv[2] ?? join(root, "dist", "tab"));
  let size;
  try {
    size = firstLoadSize(tabDir);
  } catch (err) {
    console.error(err.code === "ENOENT" ? `tab-size: ${relative(process.cwd(), tabDir) || tabDir} has no build: run npm run build first` : err.message);
    process.exit(2);
  }
  for (const f of size.files) console.log(`${f.name.padEnd(24)} ${(f.raw / 1024).toFixed(1).padStart(8)} KB raw ${(f.gzip / 1024).toFixed(1).padStart(8)} KB gzip`);
  const kb = size.gzip / 1024;
  console.log(`first-load JS: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
  if (kb > BUDGET_KB) {
    console.error(`tab-size: over budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
