import restify from "restify";
import type { AddressInfo } from "node:net";
import { cachedCheck, createReadiness, registerReadyRoute, type ReadinessCheck } from "../../src/ops/readiness";

const ok = (name: string): ReadinessCheck => ({ name, check: () => true });

describe("createReadiness", () => {
  it("is ready when every check passes", async () => {
    expect(await createReadiness([ok("tenants"), ok("storage")]).report()).toEqual({ status: "ready", checks: { tenants: "ok", storage: "ok" } });
  });

  it("names a failing, throwing or rejecting check", async () => {
    const report = await createReadiness([
      ok("tenants"),
      { name: "storage", check: () => false },
      { name: "throws", check: () => { throw new Error("disk gone"); } },
      { name: "rejects", check: () => Promise.reject(new Error("network")) },
    ]).report();
    expect(report).toEqual({ status: "not-ready", checks: { tenants: "ok", storage: "failing", throws: "failing", rejects: "failing" } });
  });

  it("counts a check that hangs as failing after the timeout", async () => {
    const started = Date.now();
    const report = await createReadiness([{ name: "slow", check: () => new Promise<boolean>(() => undefined) }], 100).report();
    expect(report.checks.slow).toBe("failing");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("reports draining once a shutdown began, whatever the checks say", async () => {
    const readiness = createReadiness([ok("tenants")]);
    readiness.drain();
    expect((await readiness.report()).status).toBe("draining");
  });
});

describe("cachedCheck", () => {
  it("probes at most once per period and remembers a failure", async () => {
    let calls = 0;
    let healthy = false;
    const check = cachedCheck("storage", async () => {
      calls++;
      if (!healthy) throw new Error("unreachable");
    }, 60_000);
    expect(await check.check()).toBe(false);
    healthy = true;
    expect(await check.check()).toBe(false);
    expect(calls).toBe(1);
  });
});

describe("GET /readyz", () => {
  let server: restify.Server;
  let checks: ReadinessCheck[];
  let readiness: ReturnType<typeof createReadiness>;
  let url: string;

  beforeAll(async () => {
    checks = [ok("tenants")];
    readiness = createReadiness([{ name: "tenants", check: () => checks[0].check() }]);
    server = restify.createServer();
    registerReadyRoute(server, readiness);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers 200 when ready, 503 when a check fails, 503 while draining", async () => {
    let res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", checks: { tenants: "ok" } });
    checks[0] = { name: "tenants", check: () => false };
    res = await fetch(url);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "not-ready", checks: { tenants: "failing" } });
    checks[0] = ok("tenants");
    readiness.drain();
    res = await fetch(url);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { status: string }).status).toBe("draining");
  });
});
