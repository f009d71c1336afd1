/** The answer to a privacy question: the quoted passage and its section, or an honest decline with the closest sections. */
import { Body1, Caption1, Card, Link, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { PrivacyAnswerDto } from "../../api/dto";
import { errorKey } from "../api/error-text";
import type { Resource } from "../hooks/useApiResource";
import { useStrings } from "../i18n/i18n";
import { StatusMessage } from "./StatusMessage";

const useStyles = makeStyles({
  region: { marginTop: tokens.spacingVerticalL },
  card: { rowGap: tokens.spacingVerticalS },
  title: { margin: 0 },
  quote: { margin: 0, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, whiteSpace: "pre-line", overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function PrivacyAnswerView({ result }: { result: Resource<PrivacyAnswerDto> & { retry: () => void } }) {
  const styles = useStyles();
  const { t } = useStrings();
  let content = null;
  if (result.status === "loading") content = <Spinner size="small" label={t("common.loading")} />;
  if (result.status === "error") content = <StatusMessage intent="error" title={t("common.errorTitle")} body={t(errorKey(result.error))} onRetry={result.retry} />;
  if (result.status === "ok" && result.data.answered) {
    const a = result.data;
    content = (
      <Card className={styles.card}>
        <Subtitle2 as="h2" className={styles.title}>
          {t("privacy.answerTitle", { heading: a.heading })}
        </Subtitle2>
        <blockquote className={styles.quote}>
          <Body1>{a.passage}</Body1>
        </blockquote>
        <Caption1 className={styles.meta}>
          {a.revisionDate && `${t("privacy.revised", { date: a.revisionDate })} · `}
          <Link href={`#section-${a.sectionId}`}>{a.heading}</Link>
        </Caption1>
      </Card>
    );
  }
  if (result.status === "ok" && !result.data.answered) content = <Declined answer={result.data} />;
  return (
    <div className={styles.region} aria-live="polite">
      {content}
    </div>
  );
}

function Declined({ answer }: { answer: PrivacyAnswerDto }) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <Card className={styles.card}>
      <Subtitle2 as="h2" className={styles.title}>
        {t("privacy.declinedTitle")}
      </Subtitle2>
      <Body1>{answer.suggestions.length > 0 ? t("privacy.declinedBody") : t("privacy.declinedNone")}</Body1>
      {answer.suggestions.length > 0 && (
        <ul className={styles.list}>
          {answer.suggestions.map((s) => (
            <li key={s.sectionId}>
              <Link href={`#section-${s.sectionId}`}>{s.heading}</Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
