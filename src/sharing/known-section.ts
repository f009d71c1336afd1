/**
 * Answer feedback names a policy section by id; only sections of the tenant's own policy documents
 * are counted, so a forged card cannot make the counter store arbitrary text.
 */
import { LANGUAGES, type Lang } from "../i18n/language";
import type { SectionSuggestion } from "../privacy/types";

/** What the check needs from a tenant's policy set (the privacy room's `outline`). */
export interface SectionSource {
  outline(userLanguage: Lang): { sections: SectionSuggestion[] };
}

/**
 * @returns the section (id and heading as written in the document) with this id in any of the
 *   tenant's policy documents, or undefined.
 * @example knownSection(tenant.policies, "5-limit-storage-of-data") // { sectionId: "5-limit-storage-of-data", heading: "5. Limit Storage of Data" }
 */
export function knownSection(policies: SectionSource, sectionId: string): SectionSuggestion | undefined {
  for (const lang of LANGUAGES) {
    const found = policies.outline(lang).sections.find((s) => s.sectionId === sectionId);
    if (found) return found;
  }
  return undefined;
}
