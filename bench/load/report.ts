/**
 * What a benchmark child process tells its parent over IPC: its port once listening, then its
 * resident set size and CPU time used so far every 100 ms (the parent keeps the peak RSS and works
 * out the CPU time per request, a figure less sensitive than req/s to other load on the machine).
 */
export type ChildMessage = { kind: "listening"; port: number } | { kind: "rss"; bytes: number; cpuMicros: number };

/** Sends the port, then RSS samples until the process ends. */
export function reportToParent(port: number): void {
  const send = (message: ChildMessage) => process.send?.(message);
  send({ kind: "listening", port });
  setInterval(() => {
    const cpu = process.cpuUsage();
    send({ kind: "rss", bytes: process.memoryUsage().rss, cpuMicros: cpu.user + cpu.system });
  }, 100).unref();
}
