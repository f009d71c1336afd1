/**
 * A storage outage during turns, through the real server: replies go out as usual, lost increments
 * are counted and reported once. Storage is a CounterStore whose writes hang or fail.
 */
import type { CounterRow, CounterStore } from "../../src/storage";
import { loadActivity } from "../helpers/activities";
import { cardsOf } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";

function brokenStore(mode: "hang" | "fail") {
  const waiting: (() => void)[] = [];
  let released = false;
  const attempts: CounterRow[][] = [];
  const store: CounterStore = {
    kind: "broken",
    increment: (rows) => {
      attempts.push(rows);
      if (mode === "fail") return Promise.reject(Object.assign(new Error("connect ECONNREFUSED 10.1.2.3:443"), { code: "ECONNREFUSED" }));
      return released ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve));
    },
    read: () => Promise.reject(new Error("down")),
    deleteBefore: () => Promise.reject(new Error("down")),
    close: async () => undefined,
  };
  const release = () => {
    released = true;
    waiting.splice(0).forEach((r) => r());
  };
  return { store, attempts, release };
}

async function ask(app: TestApp, name: string): Promise<{ ms: number; sent: any[] }> {
  app.connector.reset();
  const started = performance.now();
  const res = await app.post(loadActivity(name, app.connector.serviceUrl));
  expect(res.status).toBe(200);
  return { ms: performance.now() - started, sent: app.connector.sent() };
}

describe("usage storage outage", () => {
  it("does not hold a reply while a write to storage hangs", async () => {
    const broken = brokenStore("hang");
    const app = await startTestApp({ USAGE_FLUSH_SECONDS: "1" }, { counterStore: broken.store });
    try {
      await ask(app, "message-personal-privacy-en");
      await new Promise((resolve) => setTimeout(resolve, 1_300)); // a flush starts and hangs
      expect(broken.attempts.length).toBeGreaterThanOrEqual(1);
      const { ms, sent } = await ask(app, "message-personal-courses");
      expect(sent).toHaveLength(1);
      expect(cardsOf(sent[0])).toHaveLength(1);
      expect(ms).toBeLessThan(1_000); // the hung write would hold it forever
    } finally {
      broken.release();
      await app.close();
    }
  });

  it("answers every message while writes fail, and reports the lost increments once", async () => {
    const broken = brokenStore("fail");
    const app = await startTestApp({ USAGE_FLUSH_SECONDS: "1" }, { counterStore: broken.store });
    const names = ["message-personal-privacy-en", "message-personal-courses", "message-groupchat-mention-privacy"];
    for (const name of names) {
      const { sent } = await ask(app, name);
      expect(sent).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 1_100)); // a failed flush between turns
    }
    await app.close();
    const lines = app.logs.map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.event === "usage-storage-down")).toHaveLength(1);
    expect(lines.filter((l) => l.event === "usage-increments-lost")).toEqual([expect.objectContaining({ count: names.length })]);
    expect(app.logs.join("\n")).not.toContain("10.1.2.3");
  });
});
