/**
 * What a benchmark child process tells its parent over IPC: its port once listening, then its
 * resident set size and CPU time used so far every 100 ms (the parent keeps the peak RSS), and a
 * fresh sample whenever the parent asks with `{ kind: "sample" }` (to bracket a load slice exactly
 * and work out the CPU time per request, a figure less sensitive than req/s to other load on the machine).
 */
export type ChildMessage = { kind: "listening"; port: number } | { kind: "rss"; bytes: number; cpuMicros: number; asked?: boolean };

/** What the parent sends: a request for an immediate sample. */
export type ParentMessage = { kind: "sample" };

/** Sends the port, then RSS samples until the process ends, and one more on each request. */
export function reportToParent(port: number): void {
  const send = (message: ChildMessage) => process.send?.(message);
  const sample = (asked: boolean) => {
    const cpu = process.cpuUsage();
    send({ kind: "rss", bytes: process.memoryUsage().rss, cpuMicros: cpu.user + cpu.system, asked });
  };
  send({ kind: "listening", port });
  process.on("message", (m: ParentMessage) => m?.kind === "sample" && sample(true));
  setInterval(() => sample(false), 100).unref();
}
