/**
 * Domain entries of the manifest: `validDomains` and link-unfurling `messageHandlers[].value.domains`.
 *
 * Rules (Teams manifest schema reference, "validDomains"): an entry is a host name, never a URL, so no
 * scheme, path, query or port; wildcards stand for exactly one label ("if you need to match a.b.example.com
 * then use *.*.example.com"), so `*.example.org` covers `www.example.org` but not `example.org`;
 * and no domain outside your control "either directly or through wildcards" (`*.onmicrosoft.com` is invalid).
 * That last rule is checked with the Public Suffix List (tldts, private section included): a wildcard whose
 * fixed part is a public suffix (`*`, `*.com`, `*.co.uk`, `*.azurewebsites.net`) is rejected.
 */
import { parse as parseHost } from "tldts";

/** Why an entry is unusable, with the fix; `undefined` when the entry is fine. */
export interface DomainIssue {
  message: string;
  fix: string;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
/** Teams' own token for the team's SharePoint host, allowed as is in validDomains. */
const TEAM_SITE_TOKEN = "{teamsitedomain}";

/**
 * Checks one domain entry.
 * @example domainIssue("https://example.org") // { message: "…has a scheme…", fix: "write example.org" }
 * @example domainIssue("*.example.org") // undefined
 */
export function domainIssue(entry: string): DomainIssue | undefined {
  if (entry === TEAM_SITE_TOKEN) return undefined;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(entry);
  const bare = scheme ? entry.slice(scheme[0].length) : entry;
  const host = bare.split(/[/?#:]/)[0];
  if (scheme) return { message: `${q(entry)} has a scheme.`, fix: `write the host only: ${q(host)}.` };
  if (/[/?#]/.test(entry)) return { message: `${q(entry)} has a path.`, fix: `write the host only: ${q(host)}.` };
  if (entry.includes(":")) return { message: `${q(entry)} has a port.`, fix: `write the host only: ${q(host)}.` };
  return wildcardIssue(entry) ?? labelIssue(entry);
}

function wildcardIssue(entry: string): DomainIssue | undefined {
  const labels = entry.split(".");
  const firstFixed = labels.findIndex((l) => l !== "*");
  if (firstFixed === -1) {
    return { message: `${q(entry)} matches every domain.`, fix: "list the exact hosts the app uses." };
  }
  if (labels.slice(firstFixed).some((l) => l.includes("*"))) {
    return {
      message: `${q(entry)} has a wildcard that is not a whole leading label.`,
      fix: "use wildcards only as leading labels, e.g. *.example.org.",
    };
  }
  const fixed = labels.slice(firstFixed).join(".").toLowerCase();
  if (firstFixed > 0 && isPublicSuffix(fixed)) {
    return {
      message: `${q(entry)} is a wildcard over the public suffix ${q(fixed)}: it covers domains outside your control.`,
      fix: "list your own host, e.g. learning.example.org, or a wildcard under a domain you own.",
    };
  }
  return undefined;
}

function labelIssue(entry: string): DomainIssue | undefined {
  const fixed = entry.split(".").filter((l) => l !== "*");
  if (fixed.length === 0 || fixed.some((l) => !LABEL.test(l))) {
    return { message: `${q(entry)} is not a host name.`, fix: "use a host such as learning.example.org." };
  }
  return undefined;
}

/** True when `domain` is itself a public suffix (ICANN or private section), e.g. `com`, `co.uk`. */
export function isPublicSuffix(domain: string): boolean {
  const parsed = parseHost(domain, { allowPrivateDomains: true });
  return parsed.publicSuffix === domain || parsed.domain === null;
}

/**
 * True when a valid-domain entry covers `host` (case-insensitive; a `*` label matches exactly one label).
 * @example hostCoveredBy("www.example.org", "*.example.org") // true
 * @example hostCoveredBy("example.org", "*.example.org") // false
 */
export function hostCoveredBy(host: string, entry: string): boolean {
  const h = host.toLowerCase().split(".");
  const e = entry.toLowerCase().split(".");
  return h.length === e.length && e.every((label, i) => label === "*" || label === h[i]);
}

function q(value: string): string {
  return JSON.stringify(value);
}
