/**
 * The request mix of the load benchmark: activities built from the shared fixtures (read in place)
 * with their `serviceUrl` on the loopback sink. Privacy questions (English and French), course
 * searches and help, in personal scope and in a channel (with the bot's mention), in equal shares.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED_ACTIVITIES as ACTIVITIES } from "./paths";

const MIX: Array<[kind: string, fixture: string, text?: string]> = [
  ["privacy, personal, EN", "message-personal-privacy-en"],
  ["privacy, personal, FR", "message-personal-privacy-fr"],
  ["privacy, personal, EN", "message-personal-help", "can I delete my account?"],
  ["privacy, group chat", "message-groupchat-mention-privacy"],
  ["privacy, channel", "message-channel-mention-help", "<at>Course Companion</at> what cookies do you use?"],
  ["courses, personal, EN", "message-personal-courses"],
  ["courses, personal, FR", "message-personal-courses-fr"],
  ["courses, personal, EN", "message-personal-help", "find a course on leadership"],
  ["courses, channel", "message-channel-mention-help", "<at>Course Companion</at> courses excel"],
  ["help, personal", "message-personal-help"],
  ["help, channel", "message-channel-mention-help"],
  ["help, personal, FR", "message-personal-help", "aide"],
];

/** One autocannon request: method, path, headers and the JSON body (plus its kind, for reports). */
export interface BenchRequest {
  kind: string;
  method: "POST";
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** @returns the mix, each activity pointed at `serviceUrl`. */
export function requestMix(serviceUrl: string): BenchRequest[] {
  return MIX.map(([kind, fixture, text]) => {
    const activity = JSON.parse(readFileSync(join(ACTIVITIES, `${fixture}.json`), "utf8"));
    activity.serviceUrl = serviceUrl;
    if (text !== undefined) activity.text = text;
    return { kind, method: "POST", path: "/api/messages", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) };
  });
}
