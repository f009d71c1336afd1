/**
 * URL and domain rules of the manifest that the JSON schema does not check.
 *
 * Sources: Teams manifest schema reference: developer, tab and configuration URLs are "https:// URL"s;
 * `validDomains` ("if your tab configuration or content UI navigates to any other domain … that domain must
 * be specified here"); link unfurling `composeExtensions[].messageHandlers[].value.domains`.
 */
import { domainIssue, hostCoveredBy } from "./domains";
import { isObject, stringLeaves } from "./json-path";
import { problem, show, type Problem } from "./problems";

const FILE = "manifest.json";
/** Keys holding a web address: `websiteUrl`, `privacyUrl`, `contentUrl`, `configurationUrl`, `url`, … */
const URL_KEY = /^(url|[A-Za-z]+Url)$/;

/** Every URL field (any key named `url` or ending in `Url`) is an absolute https URL. */
export function checkHttpsUrls(manifest: Record<string, unknown>): Problem[] {
  return stringLeaves(manifest)
    .filter((leaf) => URL_KEY.test(String(leaf.segments[leaf.segments.length - 1])))
    .filter((leaf) => parseHttps(leaf.value) === undefined)
    .map((leaf) =>
      problem(FILE, leaf.path, `${show(leaf.value)} is not an absolute https URL.`, "use an https:// address (Teams loads nothing over http)."),
    );
}

/** Each `validDomains` entry is a bare host (no scheme, path or port) and no wildcard over a public suffix. */
export function checkValidDomains(manifest: Record<string, unknown>): Problem[] {
  return strings(manifest.validDomains).flatMap(({ value, index }) => {
    const issue = domainIssue(value);
    return issue ? [problem(FILE, `validDomains[${index}]`, issue.message, issue.fix)] : [];
  });
}

/** Link-unfurling domains follow the same host rules as `validDomains`. */
export function checkMessageHandlerDomains(manifest: Record<string, unknown>): Problem[] {
  return objects(manifest.composeExtensions).flatMap(({ value: ext, index: e }) =>
    objects(ext.messageHandlers).flatMap(({ value: handler, index: h }) => {
      const domains = isObject(handler.value) ? handler.value.domains : undefined;
      return strings(domains).flatMap(({ value, index: d }) => {
        const issue = domainIssue(value);
        const field = `composeExtensions[${e}].messageHandlers[${h}].value.domains[${d}]`;
        return issue ? [problem(FILE, field, issue.message, `${issue.fix} (set LEARNING_PLATFORM_DOMAIN)`)] : [];
      });
    }),
  );
}

/** The tab URLs whose host must be listed in `validDomains`, with their field paths. */
export function tabUrls(manifest: Record<string, unknown>): Array<{ field: string; url: string }> {
  const found: Array<{ field: string; url: string }> = [];
  for (const { value: tab, index } of objects(manifest.staticTabs)) {
    for (const key of ["contentUrl", "websiteUrl"]) {
      if (typeof tab[key] === "string") found.push({ field: `staticTabs[${index}].${key}`, url: tab[key] as string });
    }
  }
  for (const { value: tab, index } of objects(manifest.configurableTabs)) {
    if (typeof tab.configurationUrl === "string") {
      found.push({ field: `configurableTabs[${index}].configurationUrl`, url: tab.configurationUrl });
    }
  }
  return found;
}

/** Every tab `contentUrl`, `websiteUrl` and `configurationUrl` host is covered by a `validDomains` entry. */
export function checkTabHostsCovered(manifest: Record<string, unknown>): Problem[] {
  const entries = strings(manifest.validDomains).map((s) => s.value);
  const note = entries.some((e) => e.startsWith("*."))
    ? ' (a "*.example.org" entry covers one subdomain level, not example.org itself)'
    : "";
  return tabUrls(manifest).flatMap(({ field, url }) => {
    const host = parseHttps(url)?.hostname ?? parseAny(url)?.hostname;
    if (!host || entries.some((entry) => hostCoveredBy(host, entry))) return [];
    return [
      problem(
        FILE,
        field,
        `host ${show(host)} is not covered by any validDomains entry${note}.`,
        `add ${show(host)} to validDomains (TAB_DOMAIN).`,
      ),
    ];
  });
}

function parseHttps(value: string): URL | undefined {
  const url = parseAny(value);
  return url && url.protocol === "https:" && url.hostname !== "" ? url : undefined;
}

function parseAny(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function strings(value: unknown): Array<{ value: string; index: number }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, index) => (typeof v === "string" ? [{ value: v, index }] : []));
}

function objects(value: unknown): Array<{ value: Record<string, unknown>; index: number }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, index) => (isObject(v) ? [{ value: v, index }] : []));
}
