/**
 * Calls to the tab APIs of this server (same origin). Each request carries the caller's proof of
 * tenant: the SSO token, or in local mode the `X-Tenant-Id` hint. Errors become {@link ApiRequestError}
 * with the server's `{error}` message and status; network failures get status 0.
 */
import type { ApiErrorDto } from "../../api/dto";

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** Query parameters; undefined and empty values are left out. */
export type Params = Record<string, string | number | undefined>;

export interface ApiClient {
  get<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T>;
}

/** @param credentials headers proving the tenant, computed per request (tokens expire). */
export function createApiClient(credentials: () => Promise<Record<string, string>>): ApiClient {
  return {
    async get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
      const url = new URL(path, window.location.origin);
      for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") url.searchParams.set(key, String(value));
      let res: Response;
      try {
        res = await fetch(url, { headers: { Accept: "application/json", ...(await credentials()) }, signal, credentials: "omit" });
      } catch (err) {
        if (signal?.aborted) throw err;
        throw new ApiRequestError(0, err instanceof Error ? err.message : "network error");
      }
      const body: unknown = await res.json().catch(() => undefined);
      if (!res.ok) throw new ApiRequestError(res.status, (body as ApiErrorDto | undefined)?.error ?? res.statusText);
      return body as T;
    },
  };
}

/** Fetches the public tab settings (`GET /api/tab-config`, no credentials). */
export async function fetchPublic<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: "application/json" }, credentials: "omit" });
  if (!res.ok) throw new ApiRequestError(res.status, res.statusText);
  return (await res.json()) as T;
}
