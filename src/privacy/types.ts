/**
 * Shapes shared by the privacy room: a policy document split into sections,
 * and the answer the engine gives to a question.
 */
import type { Lang } from "../i18n/language";

/** One section of a policy document, as found in the document's own structure. */
export interface PolicySection {
  /** Stable id within the document, derived from the heading (slug), unique. */
  id: string;
  /** The heading exactly as written in the document (list number kept, e.g. "5. Limit Storage of Data" or "Limit Storage of Data"). */
  heading: string;
  /** Passages of the body (paragraphs / list items / chunks of long paragraphs), in document order. */
  passages: string[];
  /**
   * Nesting depth from the document's structure, 1 = top level: Markdown/HTML heading level
   * (h1 → 1 … h6 → 6, bold-only paragraphs and `<dt>`/`<summary>` → 7); in plain text, 1 for
   * headings on their own lines and 2 for indented numbered items. For indentation in the tabs'
   * whole-policy view; the engine does not rank by it.
   */
  level?: number;
}

/** Policy file formats the parser understands (chosen from the file extension). */
export type PolicyFormat = "txt" | "md" | "html";

/** A parsed policy document. */
export interface PolicyDocument {
  /** Language the document is written in. */
  language: Lang;
  /** Sections in document order; never empty (parsing throws instead). */
  sections: PolicySection[];
  /** Revision / "last updated" date as written in the document (e.g. "04/06/2021"), when it states one. */
  revisionDate?: string;
  /** Where it came from (file path), for error messages. */
  source: string;
  /** Format it was parsed as. */
  format?: PolicyFormat;
}

/** A section offered when the engine declines. */
export interface SectionSuggestion {
  heading: string;
  sectionId: string;
}

/** What the privacy engine answers; the HTTP API returns this shape as JSON. */
export interface PrivacyAnswer {
  /** True when a section matched well enough to answer; false means an honest decline. */
  answered: boolean;
  /** Heading of the answering section, exactly as in the document (when answered). */
  heading?: string;
  /** The most relevant passage of that section (when answered). */
  passage?: string;
  /** Id of the answering section (when answered). */
  sectionId?: string;
  /** Revision date stated in the document, if any. */
  revisionDate?: string;
  /** Language of the document the answer quotes. */
  documentLanguage: Lang;
  /** Closest sections (up to 3), always filled when declining. */
  suggestions: SectionSuggestion[];
  /** Confidence score used for the decision (engine-specific scale, higher is better). */
  score: number;
}
