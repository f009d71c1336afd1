/**
 * Personal tab "Privacy": a question box answered through `GET /api/privacy/answer`, what the app
 * stores, and the whole policy by sections (`GET /api/privacy/policy`) with its revision date and a
 * link to the published policy.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PolicyDto, PrivacyAnswerDto } from "../../api/dto";
import type { ApiClient } from "../api/api-client";
import { useApiResource } from "../hooks/useApiResource";
import { useFirstViewReady } from "../hooks/useFirstViewReady";
import { useStrings } from "../i18n/i18n";
import { PageHeader } from "./PageHeader";
import { PolicyView } from "./PolicyView";
import { PrivacyAnswerView } from "./PrivacyAnswerView";
import { PrivacyQuestion } from "./PrivacyQuestion";
import { StoresStatement } from "./StoresStatement";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXL },
});

export function PrivacyPage({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const { t, lang } = useStrings();
  const [question, setQuestion] = useState("");
  useEffect(() => {
    document.title = `${t("privacy.title")} · ${t("common.appName")}`;
  }, [t]);
  const policy = useApiResource<PolicyDto>(`policy\n${lang}`, (signal) => api.get<PolicyDto>("/api/privacy/policy", { lang }, signal));
  const answer = useApiResource<PrivacyAnswerDto>(`answer\n${lang}\n${question}`, question ? (signal) => api.get<PrivacyAnswerDto>("/api/privacy/answer", { q: question, lang }, signal) : undefined);
  useFirstViewReady(policy.status === "ok" || policy.status === "error");
  return (
    <div className={styles.stack}>
      <section aria-labelledby="privacy-title">
        <PageHeader id="privacy-title" title={t("privacy.title")} intro={t("privacy.intro")} />
        <PrivacyQuestion onAsk={setQuestion} busy={answer.status === "loading"} />
        <PrivacyAnswerView result={answer} />
      </section>
      <StoresStatement />
      <PolicyView result={policy} />
    </div>
  );
}
