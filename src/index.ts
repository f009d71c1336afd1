/**
 * Process entry point (`npm start`): reads `.env` (dotenv), validates configuration, starts the server.
 * A bad configuration or registry stops start-up with a message naming the variable or file and the fix.
 */
import "dotenv/config";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logging/logger";
import { applyHeapPolicy, settleHeap } from "./ops/heap-policy";
import { installSignalHandlers } from "./ops/shutdown";
import { startServer } from "./server";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw e;
  }
  const heapFactor = applyHeapPolicy(config.heapGrowthPercent);
  const log = createLogger(config.logLevel);
  log.info({ event: "heap-policy", outcome: heapFactor === undefined ? "v8-default" : "fixed-factor", count: config.heapGrowthPercent }, "heap growth policy applied");
  if (config.bot.mode === "local") {
    process.stderr.write("WARNING: BOT_ID is empty: local mode, Bot Framework requests are NOT authenticated. Use only with Agents Playground or the Emulator on this machine.\n");
  }
  process.on("unhandledRejection", (err) => log.error({ event: "unhandled-rejection", err }, "unhandled promise rejection"));
  // Node's default would print the error's message (which can quote input) to stderr: log class and frames, then exit.
  process.on("uncaughtException", (err) => {
    log.error({ event: "uncaught-exception", err }, "uncaught exception: stopping");
    process.exit(1);
  });
  try {
    const running = await startServer(config, { logger: log });
    if (heapFactor !== undefined) settleHeap(); // the policy's limit from the first request (src/ops/heap-policy)
    installSignalHandlers({ shutdown: () => running.shutdown(), reload: () => void running.reload(), log: log.child("ops") });
  } catch (e) {
    process.stderr.write(`Start-up failed: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

void main();
