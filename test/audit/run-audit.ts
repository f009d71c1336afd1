/**
 * The privacy audit procedure shared by the SQLite and the Azurite runs.
 *
 * For each generated case (fast-check property, so a failing case shrinks to a small one) the
 * requests go to the real server, and what that case made the app write is searched at once for the
 * case's personal values: new log lines, printed output, outgoing HTTP requests and the app's HTTP
 * responses. After the last case the app is closed (last flush of the counters) and everything is
 * searched again for every value of every case, this time with the stored data too (storage files,
 * counter rows, tables).
 *
 * The one allowance: a reply to the case's own conversation is addressed to it, so the conversation
 * id where it addresses the reply (URL path, `x-ms-conversation-id` header, `conversation.id`), and
 * `recipient.id` and `replyToId`, are left out of the search; the rest of that reply (text, cards,
 * every other field and header) is searched like anything else.
 */
import fc from "fast-check";
import type { TestApp } from "../helpers/app";
import type { Capture, OutgoingRequest } from "./capture";
import { auditCaseArb, describeCase, requestsOf, valuesOf, type AppIds, type AuditCase, type AuditRequest, type CaseKind } from "./cases";
import { createScanner, type Hit } from "./scanner";

/** A text to search, with a label saying where it comes from. */
export interface Sink {
  label: string;
  text: string;
}

export interface AuditOptions {
  app: TestApp;
  capture: Capture;
  runs: number;
  ids: AppIds;
  /** Closes the app (flushing the counters); called once after the last case. */
  finish(): Promise<void>;
  /** Stored data to search after `finish` (storage files, counter rows, tables, emulator output). */
  storedSinks(): Promise<Sink[]>;
  seed?: number;
}

export interface AuditResult {
  /** Every occurrence of a generated value (empty when the app passed). */
  hits: (Hit & { owner: string })[];
  cases: number;
  byKind: Partial<Record<CaseKind, number>>;
  requests: number;
  /** Cases whose own requests contained none of their values (should be 0: proves the inputs carry personal data). */
  casesWithoutPersonalInput: number;
  outgoing: number;
  logLines: number;
  storedBytes: number;
}

/** Runs the audit; never throws for a hit found after the per-case checks (they are returned). */
export async function runAudit(opts: AuditOptions): Promise<AuditResult> {
  const { app, capture } = opts;
  const owners = new Map<string, string>();
  const outgoingSinks: Sink[] = [];
  const responseSinks: Sink[] = [];
  const byKind: AuditResult["byKind"] = {};
  let seq = 0;
  let requests = 0;
  let casesWithoutPersonalInput = 0;
  let reqMark = 0;

  const property = fc.asyncProperty(auditCaseArb(), async (c) => {
    const marks = { logs: app.logs.length, printed: capture.printed.length, responses: responseSinks.length };
    const sent = requestsOf(c, app.connector.serviceUrl, ++seq, opts.ids);
    for (const r of sent) responseSinks.push({ label: `response to ${c.kind} #${seq}`, text: await send(app, r) });
    requests += sent.length;
    byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
    const values = valuesOf(c);
    for (const v of values) owners.set(v, describeCase(c));
    const scanner = createScanner(values);
    if (scanner.scan(JSON.stringify(sent), "input").length === 0) casesWithoutPersonalInput++;
    const outgoing = capture.requests.slice(reqMark).map((r) => outgoingSink(r, c, sent));
    reqMark = capture.requests.length;
    outgoingSinks.push(...outgoing);
    const sinks = [...logSinks(app.logs, marks.logs), ...printedSinks(capture.printed, marks.printed), ...outgoing, ...responseSinks.slice(marks.responses)];
    const hits = sinks.flatMap((s) => scanner.scan(s.text, s.label));
    if (hits.length) throw new Error(`personal data found for ${describeCase(c)}:\n${hits.map((h) => `  "${h.value}" in ${h.where}`).join("\n")}`);
  });
  await fc.assert(property, { numRuns: opts.runs, seed: opts.seed });

  await opts.finish();
  outgoingSinks.push(...capture.requests.slice(reqMark).map((r) => ({ label: `outgoing ${r.method} ${hostOf(r.url)} after the last case`, text: rawText(r) })));
  const stored = await opts.storedSinks();
  const all = createScanner(owners.keys());
  const sinks = [...logSinks(app.logs, 0), ...printedSinks(capture.printed, 0), ...outgoingSinks, ...responseSinks, ...stored];
  const hits = sinks.flatMap((s) => all.scan(s.text, s.label)).map((h) => ({ ...h, owner: owners.get(h.value) ?? "?" }));
  return {
    hits,
    cases: seq,
    byKind,
    requests,
    casesWithoutPersonalInput,
    outgoing: capture.requests.length,
    logLines: app.logs.length,
    storedBytes: stored.reduce((n, s) => n + s.text.length, 0),
  };
}

async function send(app: TestApp, r: AuditRequest): Promise<string> {
  const res = await fetch(`${app.server.url}${r.path}`, {
    method: r.method,
    redirect: "manual",
    headers: { ...(r.body ? { "content-type": "application/json" } : {}), ...r.headers },
    body: r.body === undefined ? undefined : typeof r.body === "string" ? r.body : JSON.stringify(r.body),
  });
  const headers = JSON.stringify([...res.headers.entries()]);
  return `${res.status}\n${headers}\n${await res.text()}`;
}

function logSinks(lines: string[], from: number): Sink[] {
  return [{ label: `log lines ${from + 1}..${lines.length}`, text: lines.slice(from).join("\n") }];
}

function printedSinks(printed: string[], from: number): Sink[] {
  return [{ label: "console / stdout / stderr", text: printed.slice(from).join("\n") }];
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "?";
  }
}

function rawText(r: OutgoingRequest): string {
  return `${r.method} ${r.url}\n${r.headers}\n${r.body}`;
}

/** An outgoing request as searched: a reply to the case's own conversation without its addressing. */
function outgoingSink(r: OutgoingRequest, c: AuditCase, sent: AuditRequest[]): Sink {
  const conversationIds = new Set(sent.map((s) => s.conversationId).filter((id): id is string => Boolean(id)));
  const path = decodeURIComponent(new URL(r.url).pathname);
  const replyTo = [...conversationIds].find((id) => path.startsWith(`/v3/conversations/${id}/activities`));
  const label = `outgoing ${r.method} ${hostOf(r.url)} during ${c.kind}`;
  if (!replyTo) return { label, text: rawText(r) };
  let body: any;
  try {
    body = JSON.parse(r.body);
  } catch {
    return { label, text: rawText(r) };
  }
  if (body?.conversation?.id === replyTo) delete body.conversation.id;
  if (body?.recipient) delete body.recipient.id;
  delete body?.replyToId;
  const address = (text: string) => text.split(encodeURIComponent(replyTo)).join("<conversation>").split(replyTo).join("<conversation>");
  const headers = JSON.parse(r.headers);
  if (headers["x-ms-conversation-id"] === replyTo) headers["x-ms-conversation-id"] = "<conversation>";
  return { label: `${label} (reply to its conversation, addressing left out)`, text: `${r.method} ${address(r.url)}\n${JSON.stringify(headers)}\n${JSON.stringify(body)}` };
}
