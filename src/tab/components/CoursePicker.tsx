/** Course search of the configuration page: results as you type, each with a Choose button. */
import { Button, Field, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CourseListDto } from "../../api/dto";
import type { ApiClient } from "../api/api-client";
import { useApiResource } from "../hooks/useApiResource";
import { useDebouncedValue } from "../hooks/useDebouncedValue";
import { useStrings } from "../i18n/i18n";
import type { PinChoice } from "../pin";
import { CourseResults } from "./CourseResults";

const useStyles = makeStyles({
  field: { marginBottom: tokens.spacingVerticalL },
  search: { width: "100%", maxWidth: "100%" },
});

export interface CoursePickerProps {
  api: ApiClient;
  chosenId?: string;
  onChoose: (choice: PinChoice) => void;
}

export function CoursePicker({ api, chosenId, onChoose }: CoursePickerProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const [query, setQuery] = useState("");
  const q = useDebouncedValue(query.trim());
  const result = useApiResource<CourseListDto>(`pick\n${q}`, (signal) => api.get<CourseListDto>("/api/courses", { q, limit: 12 }, signal));
  return (
    <div>
      <Field label={t("config.searchLabel")} className={styles.field}>
        <SearchBox className={styles.search} value={query} maxLength={200} placeholder={t("courses.searchPlaceholder")} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <CourseResults
        result={result}
        query={q}
        actionFor={(course) => (
          <Button appearance={course.id === chosenId ? "primary" : "secondary"} aria-pressed={course.id === chosenId} onClick={() => onChoose({ kind: "course", id: course.id, title: course.title })}>
            {course.id === chosenId ? t("config.chosen") : t("config.choose")}
          </Button>
        )}
      />
    </div>
  );
}
