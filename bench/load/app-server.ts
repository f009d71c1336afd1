/**
 * The app under load: the real composition root (`startServer`) in local mode on loopback, with the
 * configuration from the environment and the heap policy as `npm start` applies them, and JSON logs written to /dev/null at
 * the configured level (the serialization cost stays, the terminal stays quiet).
 */
import pino from "pino";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logging/logger";
import { applyHeapPolicy, settleHeap } from "../../src/ops/heap-policy";
import { startServer } from "../../src/server";
import { reportToParent } from "./report";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const heapFactor = applyHeapPolicy(config.heapGrowthPercent); // as src/index.ts does
  const logger = createLogger(config.logLevel, pino.destination({ dest: "/dev/null", sync: false }));
  const running = await startServer(config, { logger, host: "127.0.0.1" });
  if (heapFactor !== undefined) settleHeap(); // as src/index.ts does
  reportToParent(Number(new URL(running.url).port));
  process.on("SIGTERM", () => void running.close().then(() => process.exit(0)));
}

void main();
