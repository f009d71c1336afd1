/** What the configurable tab will show once saved ("This tab will show …"), announced politely. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "../i18n/i18n";
import type { PinChoice } from "../pin";

export function ChosenSummary({ choice, inTeams }: { choice?: PinChoice; inTeams: boolean }) {
  const { t } = useStrings();
  return (
    <div aria-live="polite">
      {choice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("config.chosen")}</MessageBarTitle>{" "}
            {choice.kind === "course" ? t("config.chosenCourse", { title: choice.title }) : t("config.chosenTopic", { topic: choice.topic })}
            {inTeams && ` ${t("config.saveHint")}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
