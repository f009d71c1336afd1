/**
 * Starts and stops the Microsoft 365 Agents Playground CLI (`@microsoft/m365agentsplayground`, bin
 * `agentsplayground`) as a child process, for tests. See test/e2e/README.md for the sources.
 *
 * Facts this relies on (read in the package's dist/index.js, version 0.2.28):
 * - `start -p 0` listens on a random free port; when stdout is not a TTY the CLI writes exactly one line
 *   `Listening on <port>` to stdout, and sends every console message to its log file instead.
 * - The log file (env `M365_AGENTS_PLAYGROUND_LOGFILE`, default `./devTools/m365agentsplayground.log`)
 *   receives every activity with its text: we put it in a private temp folder removed on stop.
 * - `TEAMSAPPTESTER_BROWSER=none` stops it from opening a browser (without it, a machine with no
 *   `xdg-open` makes the CLI exit with `spawn xdg-open ENOENT`).
 * - `--dt` disables telemetry; the config file comes from env `M365_AGENTS_PLAYGROUND_CONFIG_PATH`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** Options of {@link spawnPlayground}. */
export interface PlaygroundProcessOptions {
  /** Bot endpoint the playground posts activities to, e.g. `http://127.0.0.1:3978/api/messages`. */
  botEndpoint: string;
  /** Path of the `.m365agentsplayground.yml` to use; default: the repository's. */
  configPath?: string;
  /** How long to wait for `Listening on <port>`, in milliseconds (default 20 000). */
  readyTimeoutMs?: number;
}

/** A running playground process. */
export interface PlaygroundProcess {
  /** Base URL of the playground (UI and APIs), `http://127.0.0.1:<port>`. */
  baseUrl: string;
  port: number;
  pid: number;
  /** Ends the whole process group (SIGTERM, then SIGKILL after 3 s) and removes the log folder. Idempotent. */
  stop(): Promise<void>;
}

/** Repository root (this file is test/e2e/playground-process.ts). */
export const REPO_ROOT = resolve(__dirname, "..", "..");

/** Path of the playground CLI entry point inside node_modules. */
export function playgroundCliPath(): string {
  return join(dirname(require.resolve("@microsoft/m365agentsplayground/package.json")), "cli.js");
}

/** Environment for the child: no browser, private log file, explicit config, loopback never proxied. */
export function playgroundEnv(logFile: string, configPath: string): NodeJS.ProcessEnv {
  const noProxy = [process.env.NO_PROXY ?? process.env.no_proxy, "127.0.0.1,localhost"].filter(Boolean).join(",");
  const env: NodeJS.ProcessEnv = { ...process.env, NO_PROXY: noProxy, no_proxy: noProxy };
  for (const name of ["TEAMSAPPTESTER_PORT", "M365_AGENTS_PLAYGROUND_SERVICE_URL", "M365_AGENTS_PLAYGROUND_CONVERSATION_ID"]) {
    delete env[name];
  }
  return {
    ...env,
    TEAMSAPPTESTER_BROWSER: "none",
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
  };
}

/**
 * Spawns `agentsplayground start --dt -p 0 -c msteams -e <botEndpoint>` in its own process group and
 * resolves once it listens.
 * @throws Error if the CLI exits or stays silent for `readyTimeoutMs` (its stderr is in the message).
 */
export async function spawnPlayground(options: PlaygroundProcessOptions): Promise<PlaygroundProcess> {
  const configPath = options.configPath ?? join(REPO_ROOT, ".m365agentsplayground.yml");
  // The CLI silently falls back to a built-in config (another tenant) when the file is missing: refuse instead.
  if (!existsSync(configPath)) throw new Error(`Agents Playground config file not found: ${configPath}`);
  const logDir = mkdtempSync(join(tmpdir(), "playground-"));
  const logFile = join(logDir, "playground.log");
  const args = [playgroundCliPath(), "start", "--dt", "-p", "0", "-c", "msteams", "-e", options.botEndpoint];
  const child = spawn(process.execPath, args, {
    cwd: logDir,
    env: playgroundEnv(logFile, configPath),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const killOnExit = () => killGroup(child, "SIGKILL");
  process.once("exit", killOnExit);
  const stop = once(async () => {
    process.removeListener("exit", killOnExit);
    await stopGroup(child);
    rmSync(logDir, { recursive: true, force: true });
  });
  try {
    const timeoutMs = options.readyTimeoutMs ?? 20_000;
    const port = await waitForPort(child, timeoutMs);
    await waitForPing(child, `http://127.0.0.1:${port}`, logFile, timeoutMs);
    return { baseUrl: `http://127.0.0.1:${port}`, port, pid: child.pid!, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Resolves with the port from the `Listening on <port>` line; rejects on exit or timeout. */
function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    let stdout = "";
    let stderr = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`Agents Playground did not start: ${why}. stderr: ${stderr.trim() || "(empty)"}`));
    };
    const timer = setTimeout(() => fail(`no "Listening on <port>" within ${timeoutMs} ms`), timeoutMs);
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Listening on (\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.once("exit", (code, signal) => fail(`the CLI exited (code ${code}, signal ${signal})`));
    child.once("error", (err) => fail(`spawn failed (${err.message})`));
  });
}

/**
 * Polls GET /_debug/ping until 200. The CLI prints its port before it loads the config file; a bad config
 * makes it exit instead (reason in its log file, quoted in the error).
 */
async function waitForPing(child: ChildProcess, baseUrl: string, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Agents Playground exited after start-up: ${startupReason(logFile)}`);
    }
    const ok = await fetch(`${baseUrl}/_debug/ping`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Agents Playground did not answer ${baseUrl}/_debug/ping within ${timeoutMs} ms`);
}

/** The CLI's own "Reason: ..." lines (start-up only: no activity has been sent yet). */
function startupReason(logFile: string): string {
  const lines = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n") : [];
  const reasons = lines.filter((l) => /Reason|Error/i.test(l)).map((l) => l.replace(/\u001b\[[0-9;]*m/g, "").trim());
  return reasons.join(" | ") || "no reason in its log";
}

/** Sends `signal` to the child's process group; ignores a group that is already gone. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err;
  }
}

/** SIGTERM to the group, SIGKILL after 3 s, then waits for the exit and releases the pipes. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const exited = child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => child.once("exit", () => done()));
  killGroup(child, "SIGTERM");
  const escalate = setTimeout(() => killGroup(child, "SIGKILL"), 3_000);
  await exited;
  clearTimeout(escalate);
  killGroup(child, "SIGKILL"); // anything the CLI left in its group
  child.stdout?.destroy();
  child.stderr?.destroy();
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => (pending ??= fn());
}
