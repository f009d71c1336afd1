/**
 * The tab pages: `/tab/courses` and `/tab/privacy` (personal static tabs), `/tab/config`
 * (configuration page of the configurable tab) and `/tab/pinned` (its content page), plus the
 * bundle under `/tab/assets/`. Each page is the same small HTML shell; the bundle reads
 * `data-page` and renders that page.
 */
import type { Request, Response, Server } from "restify";
import type { Logger } from "../logging/logger";
import { readTabAssets, type TabAsset } from "./tab-assets";
import { newNonce, setSecurityHeaders } from "./security-headers";

/** The pages the bundle renders (path segment after /tab/). */
export const TAB_PAGES = ["courses", "privacy", "config", "pinned"] as const;
export type TabPage = (typeof TAB_PAGES)[number];

const TITLES: Record<TabPage, string> = {
  courses: "Courses",
  privacy: "Privacy",
  config: "Choose a course or topic",
  pinned: "Pinned course",
};

/** @returns the HTML shell of `page`; `nonce` goes on the meta tag the bundle reads for its style elements. */
export function pageHtml(page: TabPage, nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csp-nonce" content="${nonce}">
<title>${TITLES[page]} · Course Companion</title>
<link rel="icon" href="data:,">
<script type="module" src="/tab/assets/main.js"></script>
</head>
<body data-page="${page}">
<div id="root"></div>
<noscript>Course Companion needs JavaScript. Open it in Microsoft Teams, or enable JavaScript in this browser.</noscript>
</body>
</html>
`;
}

/** Registers the pages and assets. @param tabDir folder holding `assets/` (dist/tab). */
export function registerTabPages(server: Server, tabDir: string, log: Logger): void {
  let assets = readTabAssets(tabDir);
  if (!assets) log.warn({ event: "tab-bundle-missing" }, "tab bundle not built (dist/tab): run npm run build");
  const current = () => (assets ??= readTabAssets(tabDir));
  for (const page of TAB_PAGES) {
    server.get(`/tab/${page}`, (req, res, next) => {
      sendPage(res, page, current() !== undefined);
      next();
    });
  }
  server.get("/tab/assets/:name", (req, res, next) => {
    sendAsset(req, res, current()?.get(String(req.params.name)));
    next();
  });
}

function sendPage(res: Response, page: TabPage, built: boolean): void {
  const nonce = newNonce();
  setSecurityHeaders(res, nonce);
  res.header("Cache-Control", "no-cache");
  if (!built) {
    res.sendRaw(503, "The tab bundle is not built: run `npm run build`, then reload.", { "Content-Type": "text/plain; charset=utf-8" });
    return;
  }
  res.sendRaw(200, pageHtml(page, nonce), { "Content-Type": "text/html; charset=utf-8" });
}

function sendAsset(req: Request, res: Response, asset: TabAsset | undefined): void {
  setSecurityHeaders(res);
  if (!asset) {
    res.sendRaw(404, "Not found", { "Content-Type": "text/plain; charset=utf-8" });
    return;
  }
  const headers: Record<string, string> = { "Content-Type": asset.contentType, "Cache-Control": "no-cache", ETag: asset.etag, Vary: "Accept-Encoding" };
  if (req.header("if-none-match") === asset.etag) {
    res.sendRaw(304, "", headers);
    return;
  }
  const gzip = /\bgzip\b/.test(req.header("accept-encoding") ?? "");
  res.sendRaw(200, gzip ? asset.gzip : asset.body, gzip ? { ...headers, "Content-Encoding": "gzip" } : headers);
}
