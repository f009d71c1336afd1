/** A real allow-list logger writing into an array, for assertions on log lines. */
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/logging/logger";

export function captureLogger(level: "debug" | "info" = "debug"): { log: Logger; lines: any[] } {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      cb();
    },
  });
  return { log: createLogger(level, stream), lines };
}
