/**
 * Adaptive Card basics shared by every card builder: the JSON shape, text escaping and the
 * limits Teams imposes.
 *
 * Sources: Adaptive Cards schema (adaptivecards.io/explorer), "Cards reference" and "Format cards in
 * Microsoft Teams" on learn.microsoft.com (Teams supports schema 1.5 on desktop but 1.4 or lower is
 * what every Teams client and Outlook render; a message is limited to about 28 KB; Teams renders at most
 * 6 primary actions, so a card keeps to 6 actions in all).
 */

/** A card element or action (loosely typed JSON; builders check the shape with `satisfies`). */
export type CardElement = Record<string, unknown>;

/** An Adaptive Card as sent in an attachment with content type {@link ADAPTIVE_CARD_CONTENT_TYPE}. */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.4" | "1.3" | "1.2";
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width?: "Full" };
  [key: string]: unknown;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/** Limits every card the app sends stays within (checked by test/cards). */
export const CARD_LIMITS = { maxBytes: 25 * 1024, maxActions: 6, version: "1.4" } as const;

/** Starts a card with the schema URL and version 1.4. */
export function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_LIMITS.version,
    body,
    ...(actions.length ? { actions } : {}),
    msteams: { width: "Full" },
  };
}

/**
 * Makes untrusted text (questions, queries, catalog and policy fields) inert in a TextBlock:
 * control characters are removed, `<`/`>` become `‹`/`›` so `<at>` mentions and HTML cannot be forged,
 * and markdown links are broken (a zero-width space between `]` and `(`), so text can only show, never link.
 * Other markdown (emphasis, lists) is left alone: it only changes how the text looks.
 * @param max maximum length in characters (default 200); longer text ends with "…".
 */
export function plain(text: string, max = 200): string {
  const cleaned = text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/</g, "‹")
    .replace(/>/g, "›")
    .replace(/\]\s*\(/g, "]\u200b(");
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/** A TextBlock; `text` is used as given (callers pass escaped text or their own markdown). */
export function textBlock(text: string, options: CardElement = {}): CardElement {
  return { type: "TextBlock", text, wrap: true, ...options };
}

/** A heading TextBlock (bolder, medium size). */
export function heading(text: string): CardElement {
  return textBlock(text, { weight: "Bolder", size: "Medium" });
}

/** Action.OpenUrl (https links only; anything else is a programming error). */
export function openUrl(title: string, url: string): CardElement {
  if (!/^https:\/\//.test(url)) throw new Error(`Action.OpenUrl needs an https URL for "${title}"`);
  return { type: "Action.OpenUrl", title, url };
}

/**
 * Action.Submit that Teams posts back as if the person had typed `text` (msteams imBack),
 * with object `data` as Teams requires.
 */
export function imBack(title: string, text: string): CardElement {
  return { type: "Action.Submit", title, data: { msteams: { type: "imBack", value: text } } };
}

/** Counts every action in a card, nested ActionSets and selectActions included. */
export function countActions(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countActions(v), 0);
  if (value === null || typeof value !== "object") return 0;
  const obj = value as Record<string, unknown>;
  const self = typeof obj.type === "string" && obj.type.startsWith("Action.") ? 1 : 0;
  return self + Object.values(obj).reduce((n: number, v) => n + countActions(v), 0);
}

/** Size of the card JSON in UTF-8 bytes. */
export function cardBytes(c: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(c), "utf8");
}
