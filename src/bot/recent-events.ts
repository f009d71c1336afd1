/**
 * Remembers, for a few minutes and in memory only, which install events were already welcomed,
 * because Teams may deliver the same installationUpdate or conversationUpdate twice.
 *
 * Privacy: the key is an HMAC-SHA256 (random per-process key) of the event type and conversation id,
 * so the cache holds no id in clear, cannot be reversed, is never written anywhere and expires after
 * `ttlMs` (default 10 minutes). It holds at most `max` entries (lru-cache).
 */
import { createHmac, randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";

export interface RecentEvents {
  /** @returns true the first time `parts` is seen within the TTL, false for a repeat. */
  firstTime(...parts: string[]): boolean;
}

export function createRecentEvents({ ttlMs = 10 * 60_000, max = 10_000 } = {}): RecentEvents {
  const key = randomBytes(32);
  const seen = new LRUCache<string, true>({ max, ttl: ttlMs });
  return {
    firstTime(...parts) {
      const digest = createHmac("sha256", key).update(parts.join("\u0000")).digest("base64url");
      if (seen.has(digest)) return false;
      seen.set(digest, true);
      return true;
    },
  };
}
