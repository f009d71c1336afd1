/**
 * Counts the HTTP requests a Node server is answering right now, so a graceful shutdown knows when
 * the turns in flight have finished. A request counts from its arrival until its response is
 * finished or its connection closes.
 */
import type { Server } from "node:http";

export interface InFlight {
  /** Requests being answered. */
  count(): number;
  /** Resolves when no request is in flight, or after `timeoutMs`; true when drained. */
  idle(timeoutMs: number): Promise<boolean>;
}

/** @param server the Node HTTP server under restify (`restifyServer.server`). */
export function trackInFlight(server: Server): InFlight {
  let active = 0;
  let waiters: Array<() => void> = [];
  server.on("request", (_req, res) => {
    active++;
    res.once("close", () => {
      active--;
      if (active === 0) {
        for (const wake of waiters) wake();
        waiters = [];
      }
    });
  });
  return {
    count: () => active,
    idle(timeoutMs) {
      if (active === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(active === 0), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
