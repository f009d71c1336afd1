/** Helpers of the two privacy-audit runs: the app's real ids, data-folder sinks, the summary line. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestApp } from "../helpers/app";
import { FIXTURE_TENANT } from "../helpers/paths";
import type { AppIds } from "./cases";
import type { AuditResult, Sink } from "./run-audit";

/** Course and section ids of the test tenant, read through the tab API like a client would. */
export async function appIds(app: TestApp): Promise<AppIds> {
  const headers = { "x-tenant-id": FIXTURE_TENANT };
  const courses = (await (await fetch(`${app.server.url}/api/courses?limit=50`, { headers })).json()) as { courses: { id: string }[] };
  const policy = (await (await fetch(`${app.server.url}/api/privacy/policy?lang=en`, { headers })).json()) as { sections: { id: string }[] };
  return { courseIds: courses.courses.map((c: { id: string }) => c.id), sectionIds: policy.sections.map((s: { id: string }) => s.id) };
}

/** Every file of the data folder, read as UTF-8 (SQLite stores text as UTF-8). */
export function dataFolderSinks(dir: string): Sink[] {
  return readdirSync(dir).map((name) => ({ label: `data folder file ${name}`, text: readFileSync(join(dir, name)).toString("utf8") }));
}

/** One summary line: what was sent and searched, and how long it took. */
export function report(result: AuditResult, ms: number): string {
  return `privacy audit: ${result.cases} cases, ${result.requests} requests, ${result.outgoing} outgoing HTTP requests, ${result.logLines} log lines, ${result.storedBytes} bytes of stored data searched in ${(ms / 1000).toFixed(1)} s; kinds ${JSON.stringify(result.byKind)}`;
}

