/**
 * Records, for the privacy audit, what the process sends out and prints:
 * - every outgoing HTTP request made through Node's `http`/`https` (`ClientRequest`, which
 *   botbuilder's connector client and the Azure SDK use) or the global `fetch`: method, URL, headers, body;
 * - every `console.*` call and every write to `process.stdout` / `process.stderr`.
 * `install()` patches, `uninstall()` restores; requests to `exclude` (the test's own calls to the app)
 * are not recorded.
 */
import { ClientRequest } from "node:http";
import { format } from "node:util";

/** One outgoing HTTP request. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: string;
  body: string;
}

export interface Capture {
  requests: OutgoingRequest[];
  /** Printed lines (console and standard streams). */
  printed: string[];
  install(exclude: (url: string) => boolean): void;
  uninstall(): void;
}

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

export function createCapture(): Capture {
  const requests: OutgoingRequest[] = [];
  const printed: string[] = [];
  const bodies = new WeakMap<ClientRequest, string[]>();
  const restore: (() => void)[] = [];
  const text = (chunk: unknown) => (typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString("utf8") : "");

  return {
    requests,
    printed,
    install(exclude) {
      const proto = ClientRequest.prototype as any;
      const write = proto.write;
      const end = proto.end;
      proto.write = function (this: ClientRequest, chunk: unknown, ...rest: unknown[]) {
        bodies.set(this, [...(bodies.get(this) ?? []), text(chunk)]);
        return write.call(this, chunk, ...rest);
      };
      proto.end = function (this: ClientRequest, chunk: unknown, ...rest: unknown[]) {
        if (chunk !== undefined && typeof chunk !== "function") bodies.set(this, [...(bodies.get(this) ?? []), text(chunk)]);
        const url = `${(this as any).protocol ?? "http:"}//${this.host}${this.path}`;
        if (!exclude(url)) requests.push({ method: this.method, url, headers: JSON.stringify(this.getHeaders()), body: (bodies.get(this) ?? []).join("") });
        return end.call(this, chunk, ...rest);
      };
      restore.push(() => {
        proto.write = write;
        proto.end = end;
      });

      const realFetch = globalThis.fetch;
      globalThis.fetch = async (input: any, init?: any) => {
        const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
        if (!exclude(url)) {
          requests.push({ method: init?.method ?? "GET", url, headers: JSON.stringify(init?.headers ?? {}), body: typeof init?.body === "string" ? init.body : text(init?.body) });
        }
        return realFetch(input, init);
      };
      restore.push(() => {
        globalThis.fetch = realFetch;
      });

      for (const method of CONSOLE_METHODS) {
        const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(format(...args)));
        restore.push(() => spy.mockRestore());
      }
      for (const stream of [process.stdout, process.stderr]) {
        const original = stream.write;
        stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
          printed.push(text(chunk));
          return (original as any).call(this, chunk, ...rest);
        } as typeof stream.write;
        restore.push(() => {
          stream.write = original;
        });
      }
    },
    uninstall() {
      restore.splice(0).reverse().forEach((r) => r());
    },
  };
}
