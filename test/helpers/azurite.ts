/**
 * Starts Azurite's Table service (npm `azurite`, the Azure Storage emulator) for a test: in memory,
 * on a free loopback port, without telemetry; stopped (and its process group killed) by `stop()`.
 * Everything it prints is kept in `output`, so the privacy audit can search it too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Azurite's fixed development account (public, documented in "Use the Azurite emulator"). */
export const AZURITE_ACCOUNT = "devstoreaccount1";
const AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export interface Azurite {
  /** Connection string for @azure/data-tables (TableEndpoint on loopback http). */
  connectionString: string;
  /** Lines Azurite printed (access log included). */
  output: string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** @throws when Azurite does not report it started within `timeoutMs`. */
export async function startAzurite(timeoutMs = 20_000): Promise<Azurite> {
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), "cc-azurite-")); // Azurite may write its debug/extent folders in cwd
  const child = spawn(
    process.execPath,
    [require.resolve("azurite/dist/src/table/main.js"), "--tableHost", "127.0.0.1", "--tablePort", String(port), "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--loose"],
    { cwd, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const output: string[] = [];
  await waitForStart(child, output, timeoutMs);
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};TableEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        try {
          process.kill(-child.pid!, "SIGTERM");
        } catch {
          child.kill("SIGTERM");
        }
        await exited;
      }
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

function waitForStart(child: ChildProcess, output: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Azurite did not start within ${timeoutMs} ms:\n${output.join("\n")}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      if (/successfully (started|listening)/i.test(chunk.toString("utf8"))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code}:\n${output.join("\n")}`));
    });
  });
}
