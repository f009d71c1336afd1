/** The results area of the Courses tab: heading (featured or "n courses for …"), cards, states. */
import { Button, Spinner, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CourseDto, CourseListDto } from "../../api/dto";
import { errorKey } from "../api/error-text";
import type { Resource } from "../hooks/useApiResource";
import { useStrings } from "../i18n/i18n";
import { CourseGrid } from "./CourseGrid";
import { StatusMessage } from "./StatusMessage";

const useStyles = makeStyles({
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, minHeight: "32px", marginBottom: tokens.spacingVerticalM },
  heading: { margin: 0 },
  more: { marginTop: tokens.spacingVerticalL, display: "flex", justifyContent: "center" },
});

export interface CourseResultsProps {
  result: Resource<CourseListDto> & { retry: () => void };
  query: string;
  onMore?: () => void;
  /** Per-course action replacing Open (configuration page). */
  actionFor?: (course: CourseDto) => ReactNode;
}

export function CourseResults({ result, query, onMore, actionFor }: CourseResultsProps) {
  const styles = useStyles();
  const { t } = useStrings();
  if (result.status === "error") {
    return <StatusMessage intent="error" title={t("common.errorTitle")} body={t(errorKey(result.error))} onRetry={result.retry} />;
  }
  const data = result.status === "ok" ? result.data : result.status === "loading" ? result.previous : undefined;
  const loading = result.status === "loading";
  const heading = !data ? t("common.loading") : data.featured ? t("courses.featuredTitle") : t("courses.results", { count: data.total, query });
  return (
    <div aria-busy={loading}>
      <div className={styles.head}>
        <Subtitle1 as="h2" id="results-title" className={styles.heading} aria-live="polite">
          {heading}
        </Subtitle1>
        {loading && <Spinner size="tiny" aria-label={t("common.loading")} />}
      </div>
      {data && data.total === 0 && (
        data.featured
          ? <StatusMessage intent="info" title={t("courses.emptyTitle")} body={t("courses.emptyBody")} />
          : <StatusMessage intent="info" title={t("courses.noMatchTitle", { query })} body={t("courses.noMatchBody")} />
      )}
      {data && data.total > 0 && <CourseGrid courses={data.courses} labelledBy="results-title" actionFor={actionFor} />}
      {onMore && (
        <div className={styles.more}>
          <Button onClick={onMore}>{t("courses.showMore")}</Button>
        </div>
      )}
    </div>
  );
}
