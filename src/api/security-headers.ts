/**
 * Response headers of the tab pages and tab APIs.
 *
 * - No `X-Frame-Options`: Teams and the other Microsoft 365 hosts show tabs in an iframe.
 * - `Content-Security-Policy` `frame-ancestors`: the hosts Microsoft lists for Teams, Microsoft 365 and
 *   Outlook in "Prerequisites" of "Tab requirements" (learn.microsoft.com/microsoftteams/platform/tabs/
 *   how-to/tab-requirements): `*.cloud.microsoft` (all hosts, new domain), `teams.microsoft.com`,
 *   `*.teams.microsoft.com`, `*.microsoft365.com`, `*.office.com`, `outlook.office.com`,
 *   `outlook.office365.com`, `outlook-sdf.office.com`, `outlook-sdf.office365.com`.
 * - The rest of the policy allows only this origin: the pages load no third-party script, font,
 *   style or analytics (teams-js is bundled). `connect-src 'self'` also stops teams-js from fetching its
 *   valid-origins list from a CDN; it then uses the list built into the library.
 * - Griffel (Fluent UI v9) writes styles into `<style>` elements: they carry the per-page nonce.
 */
import { randomBytes } from "node:crypto";
import type { Response } from "restify";

/** Hosts allowed to frame the tabs (see the module comment for the source). */
export const FRAME_ANCESTORS = [
  "teams.microsoft.com",
  "*.teams.microsoft.com",
  "*.cloud.microsoft",
  "*.microsoft365.com",
  "*.office.com",
  "outlook.office.com",
  "outlook.office365.com",
  "outlook-sdf.office.com",
  "outlook-sdf.office365.com",
] as const;

/** Referrer sent from the tabs: the origin only, and nothing to plain http. */
export const REFERRER_POLICY = "strict-origin-when-cross-origin";

/** @returns a fresh nonce (base64, 128 bits) for one HTML response. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * @param nonce nonce of this page's `<style>` elements; omit for API (JSON) responses.
 * @returns the Content-Security-Policy header value.
 */
export function contentSecurityPolicy(nonce?: string): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
  ];
  return directives.join("; ");
}

/** Sets the security headers on `res` (pages pass their nonce). */
export function setSecurityHeaders(res: Response, nonce?: string): void {
  res.header("Content-Security-Policy", contentSecurityPolicy(nonce));
  res.header("X-Content-Type-Options", "nosniff");
  res.header("Referrer-Policy", REFERRER_POLICY);
}
