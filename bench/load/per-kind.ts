/**
 * After the load: each kind of request of the mix sent alone, one at a time, to see where the
 * server's CPU time goes (ms of server CPU per request, from the child's own `process.cpuUsage`,
 * sampled on request just before and after each kind's requests).
 */
import type { BenchRequest } from "./requests";

/** Server CPU ms per request, by kind (mean over `repeat` sequential requests per mix entry). */
export async function cpuByKind(url: string, requests: BenchRequest[], cpuMs: () => Promise<number>, repeat = 20): Promise<Map<string, number>> {
  const sums = new Map<string, { ms: number; n: number }>();
  for (const request of requests) {
    const before = await cpuMs();
    for (let i = 0; i < repeat; i++) await fetch(`${url}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
    const sum = sums.get(request.kind) ?? { ms: 0, n: 0 };
    sums.set(request.kind, { ms: sum.ms + ((await cpuMs()) - before), n: sum.n + repeat });
  }
  return new Map([...sums].map(([kind, { ms, n }]) => [kind, ms / n]));
}
