/** The whole policy, section by section (heading, passages), with its revision date and the published link. */
import { Body1, Caption1, Link, Spinner, Subtitle1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PolicyDto } from "../../api/dto";
import { errorKey } from "../api/error-text";
import type { Resource } from "../hooks/useApiResource";
import { useStrings } from "../i18n/i18n";
import { StatusMessage } from "./StatusMessage";

const useStyles = makeStyles({
  head: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalL },
  title: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  section: { marginBottom: tokens.spacingVerticalL, scrollMarginTop: tokens.spacingVerticalL },
  nested: { paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: 0, marginBottom: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  passage: { display: "block", marginTop: 0, marginBottom: tokens.spacingVerticalS, whiteSpace: "pre-line", overflowWrap: "anywhere" },
});

export function PolicyView({ result }: { result: Resource<PolicyDto> & { retry: () => void } }) {
  const styles = useStyles();
  const { t, lang } = useStrings();
  if (result.status === "error") return <StatusMessage intent="error" title={t("common.errorTitle")} body={t(errorKey(result.error))} onRetry={result.retry} />;
  if (result.status !== "ok") return <Spinner label={t("common.loading")} />;
  const policy = result.data;
  return (
    <section aria-labelledby="policy-title">
      <div className={styles.head}>
        <Subtitle1 as="h2" id="policy-title" className={styles.title}>
          {t("privacy.policyTitle")}
        </Subtitle1>
        <Caption1 className={styles.meta}>
          {policy.revisionDate && `${t("privacy.revised", { date: policy.revisionDate })}`}
          {policy.revisionDate && policy.policyUrl && " · "}
          {policy.policyUrl && (
            <Link href={policy.policyUrl} target="_blank" rel="noopener noreferrer">
              {t("privacy.readPublished")}
            </Link>
          )}
        </Caption1>
        {policy.documentLanguage !== lang && <Caption1 className={styles.meta}>{t("privacy.otherLanguage", { language: t(`language.${policy.documentLanguage}`) })}</Caption1>}
      </div>
      {policy.sections.map((s) => (
        <section key={s.id} id={`section-${s.id}`} className={mergeClasses(styles.section, s.level > 1 && styles.nested)} lang={policy.documentLanguage}>
          <Subtitle2 as="h3" className={styles.heading}>
            {s.heading}
          </Subtitle2>
          {s.passages.map((p, i) => (
            <Body1 as="p" key={i} className={styles.passage}>
              {p}
            </Body1>
          ))}
        </section>
      ))}
    </section>
  );
}
