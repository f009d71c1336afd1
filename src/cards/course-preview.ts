/**
 * The preview of a course in the message extension's result list and in a link unfurl: a thumbnail
 * card with the title, one line of description and the course thumbnail when it has one.
 * Source: "Respond to search command" (an Adaptive Card result needs a `preview`, which must be a hero
 * or thumbnail card) and "Cards reference: thumbnail card".
 */
import type { Course } from "../catalog/types";
import { plain } from "./card";

export const THUMBNAIL_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.thumbnail";

/** Longest preview line, in characters (the result list shows one line). */
export const PREVIEW_TEXT_MAX = 100;

/** Thumbnail card content (Bot Framework `ThumbnailCard` subset). */
export interface ThumbnailCard {
  title: string;
  text?: string;
  images?: { url: string; alt?: string }[];
}

/** @returns the preview attachment of `course`. */
export function coursePreview(course: Course): { contentType: typeof THUMBNAIL_CARD_CONTENT_TYPE; content: ThumbnailCard } {
  const title = plain(course.title, 120);
  const line = plain(course.description.split(/\r?\n/)[0].replace(/\s+/g, " ").trim(), PREVIEW_TEXT_MAX);
  const content: ThumbnailCard = { title, text: line };
  if (course.thumbnailUrl && /^https:\/\//.test(course.thumbnailUrl)) content.images = [{ url: course.thumbnailUrl, alt: title }];
  return { contentType: THUMBNAIL_CARD_CONTENT_TYPE, content };
}
