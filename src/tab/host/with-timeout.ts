/**
 * Races `promise` against a timer. The loser is never left to reject unhandled: a rejection of
 * `promise` after the timeout is swallowed here on purpose (its outcome no longer matters).
 * @returns `{ok: true, value}` or `{ok: false, reason: "timeout" | "failed"}`.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<{ ok: true; value: T } | { ok: false; reason: "timeout" | "failed" }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ ok: false; reason: "timeout" }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: "timeout" }), ms);
  });
  const settled = promise.then(
    (value) => ({ ok: true as const, value }),
    () => ({ ok: false as const, reason: "failed" as const }),
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
