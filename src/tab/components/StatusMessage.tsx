/** An empty, error or information state: a title, what to do, and "Try again" when retrying can help. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "../i18n/i18n";

export interface StatusMessageProps {
  intent: "info" | "warning" | "error";
  title: string;
  body: string;
  onRetry?: () => void;
}

export function StatusMessage({ intent, title, body, onRetry }: StatusMessageProps) {
  const { t } = useStrings();
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("common.retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
