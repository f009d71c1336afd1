/**
 * Configuration page of the configurable tab (team and group chat): the owner searches the tenant's
 * catalog and picks a course, or types a topic. Each choice goes to host/config-save, which enables
 * Save (`pages.config.setValidityState`) and saves it when Teams asks. Outside Teams the page still
 * lets one try the search, without saving.
 */
import { Radio, RadioGroup, Field, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ApiClient } from "../api/api-client";
import { setConfigChoice } from "../host/config-save";
import { useFirstViewReady } from "../hooks/useFirstViewReady";
import { useStrings } from "../i18n/i18n";
import { readPinned, type PinChoice } from "../pin";
import { ChosenSummary } from "./ChosenSummary";
import { CoursePicker } from "./CoursePicker";
import { PageHeader } from "./PageHeader";
import { TopicPicker } from "./TopicPicker";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export interface ConfigPageProps {
  api: ApiClient;
  /** entityId of the tab being edited, if any. */
  pageId?: string;
  inTeams: boolean;
}

/** The topic of an existing tab being edited (courses are chosen again from the list). */
function initialTopic(pageId: string | undefined): string {
  const pinned = readPinned("", pageId);
  return pinned.kind === "topic" ? pinned.topic : "";
}

export function ConfigPage({ api, pageId, inTeams }: ConfigPageProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const [kind, setKind] = useState<PinChoice["kind"]>(initialTopic(pageId) ? "topic" : "course");
  const [choice, setChoice] = useState<PinChoice>();
  useFirstViewReady(true);
  useEffect(() => {
    document.title = `${t("config.title")} · ${t("common.appName")}`;
  }, [t]);
  useEffect(() => {
    if (!inTeams) return;
    try {
      setConfigChoice(choice, t("config.nothingChosen"));
    } catch {
      // Not in the settings frame (e.g. opened as a content page): nothing to enable.
    }
  }, [choice, inTeams, t]);
  return (
    <section aria-labelledby="config-title" className={styles.stack}>
      <PageHeader id="config-title" title={t("config.title")} intro={t("config.intro")} />
      <Field label={t("config.kindLabel")}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => { setKind(data.value as PinChoice["kind"]); setChoice(undefined); }}>
          <Radio value="course" label={t("config.kindCourse")} />
          <Radio value="topic" label={t("config.kindTopic")} />
        </RadioGroup>
      </Field>
      <ChosenSummary choice={choice} inTeams={inTeams} />
      {kind === "course" ? <CoursePicker api={api} chosenId={choice?.kind === "course" ? choice.id : undefined} onChoose={setChoice} /> : <TopicPicker api={api} initial={initialTopic(pageId)} onTopic={setChoice} />}
    </section>
  );
}
