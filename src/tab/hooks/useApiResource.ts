/**
 * Loads one API resource and re-loads it when `key` changes; an older request still in flight is
 * aborted, so a slow answer never replaces a newer one. `load` undefined: nothing to load (idle).
 */
import { useCallback, useEffect, useState } from "react";
import { ApiRequestError } from "../api/api-client";

export type Resource<T> =
  | { status: "idle" }
  | { status: "loading"; previous?: T }
  | { status: "ok"; data: T }
  | { status: "error"; error: ApiRequestError };

export function useApiResource<T>(key: string, load: ((signal: AbortSignal) => Promise<T>) | undefined): Resource<T> & { retry: () => void } {
  const [state, setState] = useState<Resource<T>>({ status: load ? "loading" : "idle" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!load) {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ status: "loading", previous: s.status === "ok" ? s.data : s.status === "loading" ? s.previous : undefined }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: "ok", data }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", error: err instanceof ApiRequestError ? err : new ApiRequestError(0, String(err)) });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names what `load` fetches
  }, [key, attempt, load === undefined]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
