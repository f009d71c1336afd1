#!/usr/bin/env node
/**
 * `npm run dev`: runs the built bot (`node dist/src/index.js`, so run `npm run build` first) and
 * Microsoft 365 Agents Playground pointed at it, prints the URLs to open, and stops both on Ctrl-C.
 *
 * - The playground runs with `--dt` (no telemetry) and the project's `.m365agentsplayground.yml`
 *   (demo tenant). It opens a browser when it can. Playground 0.2.28 exits with `spawn xdg-open ENOENT`
 *   when Linux has no `xdg-open` (its `open` call has no error handler), so on such machines this
 *   script sets TEAMSAPPTESTER_BROWSER=none and you open the printed URL yourself.
 * - The playground's log file records every message with its text: it goes to a private temp folder,
 *   deleted on exit, instead of `./devTools/`.
 * - PORT (default 3978) is the bot's port; TEAMSAPPTESTER_PORT (default 56150) the playground's.
 * Sources: test/e2e/README.md.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const botEntry = join(root, "dist", "src", "index.js");
const botPort = Number(process.env.PORT || 3978);
const children = [];
const cleanups = [];
let stopping = false;

/** True when the `open` package used by the playground can launch a browser here. */
function canOpenBrowser() {
  if (process.platform === "darwin" || process.platform === "win32") return true;
  const isWsl = existsSync("/proc/version") && /microsoft/i.test(readFileSync("/proc/version", "utf8"));
  if (isWsl) return existsSync("/mnt/c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe");
  return spawnSync("sh", ["-c", "command -v xdg-open"], { stdio: "ignore" }).status === 0;
}

/** Spawns `args` with node in its own process group; its output is prefixed with `name`. */
function start(name, args, env, onUnexpectedExit = () => {}) {
  const child = spawn(process.execPath, args, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const relay = (stream, out) => {
    let rest = "";
    stream.on("data", (chunk) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop();
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`[dev] ${name} stopped (${signal ?? `exit code ${code}`}); stopping everything.`);
    onUnexpectedExit();
    void stopAll(code || 1);
  });
  return child;
}

/** Sends `signal` to each child's process group. */
function signalAll(signal) {
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, signal);
    } catch (err) {
      if (err.code !== "ESRCH") throw err;
    }
  }
}

/** SIGINT to both (like Ctrl-C in a terminal; the bot drains turns in flight for up to 10 s), SIGKILL after 12 s, then exit with `code`. */
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  const exits = children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once("exit", r))));
  signalAll("SIGINT");
  const force = setTimeout(() => signalAll("SIGKILL"), 12_000);
  await Promise.all(exits);
  clearTimeout(force);
  cleanups.forEach((fn) => fn());
  process.exit(code);
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    if (await fetch(url).then((r) => r.ok, () => false)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Resolves with the playground's port from its `Listening on <port>` line. */
function playgroundPort(child) {
  return new Promise((resolvePort) => {
    let seen = "";
    child.stdout.on("data", (chunk) => {
      seen += chunk.toString();
      const match = /Listening on (\d+)/.exec(seen);
      if (match) resolvePort(Number(match[1]));
    });
  });
}

/** The playground writes its errors (e.g. a bad config file) only to its log file when piped: show them. */
function printReasons(logFile) {
  if (!existsSync(logFile)) return;
  const lines = readFileSync(logFile, "utf8").split("\n").filter((l) => /^error|Reason:/.test(l));
  for (const line of lines.slice(0, 5)) console.error(`[playground] ${line.replace(/\u001b\[[0-9;]*m/g, "")}`);
}

/** True when nothing listens on `port` on loopback (so /healthz will be our bot's, not another process's). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function main() {
  if (!existsSync(botEntry)) {
    console.error(`[dev] ${botEntry} not found: run "npm run build" first.`);
    process.exit(1);
  }
  if (!(await portIsFree(botPort))) {
    console.error(`[dev] port ${botPort} is already in use (another bot or server?): stop it, or run with PORT=<another port>.`);
    process.exit(1);
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void stopAll(0));

  start("bot", [botEntry], process.env);
  const botUrl = `http://localhost:${botPort}`;
  if (!(await waitForHealth(`${botUrl}/healthz`, 30_000))) {
    if (!stopping) console.error(`[dev] the bot did not answer ${botUrl}/healthz within 30 s.`);
    return stopAll(1);
  }

  const logDir = mkdtempSync(join(tmpdir(), "agents-playground-"));
  cleanups.push(() => rmSync(logDir, { recursive: true, force: true }));
  const env = { ...process.env, M365_AGENTS_PLAYGROUND_LOGFILE: join(logDir, "playground.log") };
  env.M365_AGENTS_PLAYGROUND_CONFIG_PATH ??= join(root, ".m365agentsplayground.yml");
  const browser = env.TEAMSAPPTESTER_BROWSER !== "none" && canOpenBrowser();
  if (!browser) env.TEAMSAPPTESTER_BROWSER = "none";

  const cli = join(dirname(createRequire(import.meta.url).resolve("@microsoft/m365agentsplayground/package.json")), "cli.js");
  const endpoint = `http://127.0.0.1:${botPort}/api/messages`;
  const playground = start("playground", [cli, "start", "--dt", "-c", "msteams", "-e", endpoint], env, () => printReasons(env.M365_AGENTS_PLAYGROUND_LOGFILE));
  const port = await playgroundPort(playground);

  console.log(`
  Course Companion is running (local mode, demo organization).
    Agents Playground (chat UI) : http://localhost:${port}${browser ? "  (opening in your browser)" : "  (open it in a browser)"}
    Bot endpoint                : ${botUrl}/api/messages
    Courses tab                 : ${botUrl}/tab/courses?tenant=${playgroundTenant(env.M365_AGENTS_PLAYGROUND_CONFIG_PATH)}
    Privacy tab                 : ${botUrl}/tab/privacy?tenant=${playgroundTenant(env.M365_AGENTS_PLAYGROUND_CONFIG_PATH)}
  Try "help", "how long do you keep my data?", "courses gdpr". Press Ctrl-C to stop both.
`);
}

/** The tenant the playground sends (its config's `tenantId`), so the tab URLs open as that organization. */
function playgroundTenant(configPath) {
  const config = parseYaml(readFileSync(configPath, "utf8"));
  return encodeURIComponent(String(config?.tenantId ?? ""));
}

main().catch((err) => {
  console.error(`[dev] ${err.stack ?? err}`);
  void stopAll(1);
});
