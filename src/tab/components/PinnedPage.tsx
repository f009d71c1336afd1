/**
 * Content page of the configurable tab: the pinned course, or the courses on the pinned topic, read
 * from the tab's URL (the same for every member), else from its entityId.
 */
import { useEffect } from "react";
import type { CourseDto, CourseListDto } from "../../api/dto";
import type { ApiClient } from "../api/api-client";
import { errorKey } from "../api/error-text";
import { useApiResource } from "../hooks/useApiResource";
import { useFirstViewReady } from "../hooks/useFirstViewReady";
import { useStrings } from "../i18n/i18n";
import { readPinned } from "../pin";
import { CourseCard } from "./CourseCard";
import { CourseResults } from "./CourseResults";
import { PageHeader } from "./PageHeader";
import { StatusMessage } from "./StatusMessage";

/** Courses shown for a pinned topic. */
const TOPIC_LIMIT = 48;

export function PinnedPage({ api, pageId }: { api: ApiClient; pageId?: string }) {
  const target = readPinned(window.location.search, pageId);
  if (target.kind === "course") return <PinnedCourse api={api} id={target.id} />;
  if (target.kind === "topic") return <PinnedTopic api={api} topic={target.topic} />;
  return <NothingPinned />;
}

function PinnedCourse({ api, id }: { api: ApiClient; id: string }) {
  const { t } = useStrings();
  const course = useApiResource<CourseDto>(`course\n${id}`, (signal) => api.get<CourseDto>(`/api/courses/${encodeURIComponent(id)}`, {}, signal));
  useFirstViewReady(course.status === "ok" || course.status === "error");
  useEffect(() => {
    if (course.status === "ok") document.title = `${course.data.title} · ${t("common.appName")}`;
  }, [course, t]);
  if (course.status === "error") {
    const gone = course.error.status === 404;
    return <StatusMessage intent={gone ? "warning" : "error"} title={t("common.errorTitle")} body={gone ? t("pinned.courseGone") : t(errorKey(course.error))} onRetry={gone ? undefined : course.retry} />;
  }
  if (course.status !== "ok") return <PageHeader title={t("common.loading")} />;
  return (
    <section aria-labelledby="pinned-title">
      <PageHeader id="pinned-title" title={course.data.title} />
      <CourseCard course={course.data} />
    </section>
  );
}

function PinnedTopic({ api, topic }: { api: ApiClient; topic: string }) {
  const { t } = useStrings();
  const result = useApiResource<CourseListDto>(`topic\n${topic}`, (signal) => api.get<CourseListDto>("/api/courses", { q: topic, limit: TOPIC_LIMIT }, signal));
  useFirstViewReady(result.status === "ok" || result.status === "error");
  const title = t("pinned.topicTitle", { topic });
  useEffect(() => {
    document.title = `${title} · ${t("common.appName")}`;
  }, [title, t]);
  return (
    <section aria-labelledby="pinned-title">
      <PageHeader id="pinned-title" title={title} />
      <CourseResults result={result} query={topic} />
    </section>
  );
}

function NothingPinned() {
  const { t } = useStrings();
  useFirstViewReady(true);
  return (
    <section aria-labelledby="pinned-title">
      <PageHeader id="pinned-title" title={t("pinned.nothingTitle")} />
      <StatusMessage intent="info" title={t("pinned.nothingTitle")} body={t("pinned.nothing")} />
    </section>
  );
}
