/**
 * Message text as Teams really sends it → the clean text the domain matches on.
 *
 * Teams prefixes channel and group-chat messages with `<at>Bot name</at>` and adds a `mention`
 * entity whose `mentioned.id` is the recipient (the bot); the display name in the text can differ
 * from the manifest name, so the entity's own `text` is what gets removed. Text can also carry HTML
 * entities (`&amp;`, `&nbsp;`), non-breaking spaces and trailing newlines
 * (Teams docs: "Channel and group chat conversations with a bot", "Mentions").
 */
import { decode } from "he";

/** The activity fields this function reads (plain data; no botbuilder types). */
export interface TextFields {
  text?: unknown;
  entities?: unknown;
  recipient?: { id?: unknown } | null;
}

/**
 * @returns lower-case text without the bot's mention, entities decoded, NBSPs as spaces,
 *   whitespace collapsed and trimmed; "" when there is no text (e.g. a card submit).
 * @example normalizeText({text: "<at>Course Companion</at> privacy\u00a0policy\n", entities: [...], recipient: {id: "28:..."}}) // "privacy policy"
 */
export function normalizeText(fields: TextFields): string {
  let text = typeof fields.text === "string" ? fields.text : "";
  for (const mentionText of botMentionTexts(fields)) text = text.split(mentionText).join(" ");
  text = text
    .replace(/^\s*<at>[^<]*<\/at>/i, " ") // a leading bot mention without entity
    .replace(/<\/?at>/gi, "")
    .replace(/<[^>]{1,200}>/g, " "); // stray HTML tags
  return decode(text)
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function botMentionTexts(fields: TextFields): string[] {
  const recipientId = fields.recipient?.id;
  if (!Array.isArray(fields.entities) || typeof recipientId !== "string") return [];
  return fields.entities
    .filter((e): e is { type: string; text: string; mentioned: { id: string } } =>
      e?.type === "mention" && typeof e.text === "string" && e.text !== "" && e.mentioned?.id === recipientId)
    .map((e) => e.text);
}
