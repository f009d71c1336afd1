/**
 * JSON shapes of the tab APIs, shared by the server (src/api) and the browser app (src/tab), which
 * imports this file for types only. Keep it free of runtime imports.
 */
import type { Lang } from "../i18n/language";
import type { SectionSuggestion } from "../privacy/types";

/** How tab requests prove their tenant: SSO token, local-mode hint, or nothing accepted. */
export type TabAuthMode = "sso" | "local" | "off";

/** `GET /api/tab-config`: public settings, the same for every tenant. */
export interface TabConfigDto {
  auth: TabAuthMode;
  /** Teams app id (manifest `id`), for deep links; absent when not configured. */
  teamsAppId?: string;
}

/** A course as the tabs receive it. */
export interface CourseDto {
  id: string;
  title: string;
  description: string;
  /** https URL on the tenant's learning platform. */
  url: string;
  /** What the Open button follows: the app's counting redirect `/go/<tenant>/<course>` (302 to `url`). */
  openUrl: string;
  language: Lang;
  durationMinutes?: number;
  tags: string[];
}

/** `GET /api/courses`: one page of courses. */
export interface CourseListDto {
  total: number;
  courses: CourseDto[];
  /** True when the query held no topic and these are the featured courses. */
  featured: boolean;
}

/** `GET /api/privacy/answer`. */
export interface PrivacyAnswerDto {
  /** False: an honest decline; `suggestions` then lists the closest sections. */
  answered: boolean;
  heading?: string;
  passage?: string;
  sectionId?: string;
  revisionDate?: string;
  policyUrl?: string;
  suggestions: SectionSuggestion[];
  /** Language of the document quoted (the reader's when the tenant has it, else the tenant's default). */
  documentLanguage: Lang;
}

/** One section of the whole-policy view. */
export interface PolicySectionDto {
  id: string;
  heading: string;
  /** 1 = top level; deeper levels are indented. */
  level: number;
  passages: string[];
}

/** `GET /api/privacy/policy`. */
export interface PolicyDto {
  documentLanguage: Lang;
  revisionDate?: string;
  policyUrl?: string;
  sections: PolicySectionDto[];
}

/** Every error answer: `{error}` with a 4xx/5xx status. */
export interface ApiErrorDto {
  error: string;
}
