/**
 * Personal tab "Courses": search as you type (debounced), language filter, course cards with an Open
 * button; the tenant's featured courses while the box is empty; empty and error states saying what to do.
 */
import { useEffect, useState } from "react";
import type { CourseListDto } from "../../api/dto";
import type { ApiClient } from "../api/api-client";
import { useApiResource } from "../hooks/useApiResource";
import { useDebouncedValue } from "../hooks/useDebouncedValue";
import { useFirstViewReady } from "../hooks/useFirstViewReady";
import { useStrings } from "../i18n/i18n";
import { CourseFilters } from "./CourseFilters";
import { CourseResults } from "./CourseResults";
import { PageHeader } from "./PageHeader";

/** Courses per "page"; "Show more" adds one, up to {@link MAX_SHOWN} (the API's largest page is 50). */
export const PAGE_SIZE = 12;
export const MAX_SHOWN = 48;

export function CoursesPage({ api }: { api: ApiClient }) {
  const { t } = useStrings();
  const [query, setQuery] = useState("");
  const [language, setLanguage] = useState("");
  const [shown, setShown] = useState(PAGE_SIZE);
  const q = useDebouncedValue(query.trim());
  useEffect(() => setShown(PAGE_SIZE), [q, language]);
  useEffect(() => {
    document.title = `${t("courses.title")} · ${t("common.appName")}`;
  }, [t]);
  const result = useApiResource<CourseListDto>(`${q}\n${language}\n${shown}`, (signal) => api.get<CourseListDto>("/api/courses", { q, lang: language, limit: shown }, signal));
  useFirstViewReady(result.status === "ok" || result.status === "error");
  const canShowMore = result.status === "ok" && result.data.total > result.data.courses.length && shown < MAX_SHOWN;
  return (
    <section aria-labelledby="courses-title">
      <PageHeader id="courses-title" title={t("courses.title")} />
      <CourseFilters query={query} onQuery={setQuery} language={language} onLanguage={setLanguage} />
      <CourseResults result={result} query={q} onMore={canShowMore ? () => setShown((n) => Math.min(MAX_SHOWN, n + PAGE_SIZE)) : undefined} />
    </section>
  );
}
