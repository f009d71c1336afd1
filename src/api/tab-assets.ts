/**
 * The tab bundle built by `scripts/build-tab.mjs` into `dist/tab/assets/` (JavaScript only: styles are
 * made at run time by Fluent UI's Griffel).
 *
 * Own code rather than restify's serveStatic: the set of files is fixed at build time, so they are read
 * once into memory (with a gzip copy) and looked up by exact name; nothing derived from the request path
 * ever reaches the file system.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

/** One built file. */
export interface TabAsset {
  body: Buffer;
  gzip: Buffer;
  contentType: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Names a built file may have (letters, digits, `-`, `_`, `.`; a known extension). */
const ASSET_NAME = /^[\w.-]+\.(js|css|map)$/;

/** Finds `dist/tab` above this module (src/api under ts-jest, dist/src/api once built). */
export function defaultTabDir(start: string = __dirname): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "dist", "tab");
  }
  return join(process.cwd(), "dist", "tab");
}

/**
 * Reads every asset of `<tabDir>/assets`.
 * @returns the assets by file name, or undefined when the bundle has not been built.
 */
export function readTabAssets(tabDir: string): Map<string, TabAsset> | undefined {
  const dir = join(tabDir, "assets");
  if (!existsSync(join(dir, "main.js"))) return undefined;
  const assets = new Map<string, TabAsset>();
  for (const name of readdirSync(dir)) {
    const ext = name.slice(name.lastIndexOf("."));
    if (!ASSET_NAME.test(name) || !TYPES[ext]) continue;
    const body = readFileSync(join(dir, name));
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
    assets.set(name, { body, gzip: gzipSync(body, { level: 9 }), contentType: TYPES[ext], etag });
  }
  return assets;
}
