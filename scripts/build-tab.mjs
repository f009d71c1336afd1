#!/usr/bin/env node
/**
 * Bundles the tab app (src/tab, React + Fluent UI v9 + teams-js v2) with esbuild into
 * `dist/tab/assets/` (git-ignored, never committed), after type-checking it with tsconfig.tab.json.
 * The server serves the bundle under /tab/assets/ (src/api/tab-pages.ts).
 *
 * Usage: node scripts/build-tab.mjs [--outdir <dir>] [--no-typecheck]
 *   --outdir        folder that receives assets/ (default dist/tab); tests build into a temp folder.
 *   --no-typecheck  skip `tsc -p tsconfig.tab.json` (tests, which type-check separately).
 * Prints the size of the first-load JavaScript (gzip); scripts/tab-size.mjs checks it against the budget.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { firstLoadSize } from "./tab-size.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** @returns {{outdir: string, typecheck: boolean}} */
function parseArgs(argv) {
  const options = { outdir: join(root, "dist", "tab"), typecheck: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--outdir" && argv[i + 1]) options.outdir = resolve(argv[++i]);
    else if (argv[i] === "--no-typecheck") options.typecheck = false;
    else throw new Error(`build-tab: unknown argument "${argv[i]}" (expected --outdir <dir> or --no-typecheck)`);
  }
  return options;
}

/** Builds the bundle into `<outdir>/assets`; returns esbuild's metafile. */
export async function buildTab(outdir) {
  const assets = join(outdir, "assets");
  rmSync(assets, { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: "src/tab/main.tsx" },
    outdir: assets,
    bundle: true,
    format: "esm",
    splitting: true,
    chunkNames: "chunk-[hash]",
    platform: "browser",
    target: ["chrome109", "edge109", "firefox115", "safari15"],
    minify: true,
    sourcemap: "linked",
    metafile: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "linked",
    logLevel: "warning",
  });
  writeFileSync(join(outdir, "meta.json"), JSON.stringify(result.metafile));
  return result.metafile;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.typecheck) {
    const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.tab.json")], { stdio: "inherit" });
    if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  }
  await buildTab(options.outdir);
  const size = firstLoadSize(options.outdir);
  console.log(`tab bundle: ${options.outdir}/assets — first-load JS ${(size.gzip / 1024).toFixed(1)} KB gzip (${(size.raw / 1024).toFixed(1)} KB raw, ${size.files.length} file(s))`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`build-tab: ${err.message}`);
    process.exit(1);
  });
}
