/** Topic entry of the configuration page: the topic is chosen as typed, with how many courses match it today. */
import { Body1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CourseListDto } from "../../api/dto";
import type { ApiClient } from "../api/api-client";
import { useApiResource } from "../hooks/useApiResource";
import { useDebouncedValue } from "../hooks/useDebouncedValue";
import { useStrings } from "../i18n/i18n";
import type { PinChoice } from "../pin";

const useStyles = makeStyles({
  input: { width: "100%" },
  count: { display: "block", marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
});

export interface TopicPickerProps {
  api: ApiClient;
  initial: string;
  onTopic: (choice: PinChoice | undefined) => void;
}

export function TopicPicker({ api, initial, onTopic }: TopicPickerProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const [text, setText] = useState(initial);
  const topic = useDebouncedValue(text.trim());
  useEffect(() => onTopic(topic ? { kind: "topic", topic } : undefined), [topic, onTopic]);
  const matches = useApiResource<CourseListDto>(`topic\n${topic}`, topic ? (signal) => api.get<CourseListDto>("/api/courses", { q: topic, limit: 1 }, signal) : undefined);
  return (
    <div>
      <Field label={t("config.topicLabel")}>
        <Input className={styles.input} value={text} maxLength={100} placeholder={t("config.topicPlaceholder")} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Body1 className={styles.count} aria-live="polite">
        {matches.status === "ok" && !matches.data.featured ? t("config.topicMatches", { count: matches.data.total }) : ""}
      </Body1>
    </div>
  );
}
