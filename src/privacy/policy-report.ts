/**
 * What `npm run policy:check` prints: how a policy document was understood (sections with their
 * level, number of passages and length, the revision date), so an admin can check it before
 * deploying it for a tenant.
 */
import type { PolicyDocument } from "./types";

const pad = (value: string | number, width: number) => String(value).padEnd(width);

/**
 * @returns the report as lines of text (no trailing newline).
 * @example formatPolicyReport(doc)[0] // "policy.txt: txt, en, 24 sections, 60 passages"
 */
export function formatPolicyReport(doc: PolicyDocument): string[] {
  const passages = doc.sections.reduce((n, s) => n + s.passages.length, 0);
  const lines = [
    `${doc.source}: ${doc.format ?? "?"}, ${doc.language}, ${doc.sections.length} sections, ${passages} passages`,
    `Revision date: ${doc.revisionDate ?? "not stated (no \"last updated\" or revision date found)"}`,
    "",
    `${pad("#", 4)}${pad("level", 7)}${pad("passages", 10)}${pad("chars", 7)}heading`,
  ];
  doc.sections.forEach((section, i) => {
    const chars = section.passages.reduce((n, p) => n + p.length, 0);
    const indent = "  ".repeat(Math.max(0, (section.level ?? 1) - 1));
    const note = section.passages.length === 0 ? "   (no text: listed in the outline, never quoted)" : "";
    lines.push(`${pad(i + 1, 4)}${pad(section.level ?? 1, 7)}${pad(section.passages.length, 10)}${pad(chars, 7)}${indent}${section.heading}${note}`);
  });
  return lines;
}
