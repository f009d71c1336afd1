/** Why the page cannot show its content, and what to do: open in Teams, add ?tenant=, or ask an admin. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect } from "react";
import { useFirstViewReady } from "../hooks/useFirstViewReady";
import { useStrings } from "../i18n/i18n";
import type { BlockedReason } from "../host/session";
import { PageHeader } from "./PageHeader";

const KEYS: Record<BlockedReason | "error", [title: string, body: string]> = {
  "open-in-teams": ["blocked.openInTeamsTitle", "blocked.openInTeamsBody"],
  "no-tenant": ["blocked.noTenantTitle", "blocked.noTenantBody"],
  "not-configured": ["blocked.notConfiguredTitle", "blocked.notConfiguredBody"],
  error: ["common.errorTitle", "errors.unavailable"],
};

export function BlockedNotice({ reason }: { reason: BlockedReason | "error" }) {
  const { t } = useStrings();
  useFirstViewReady(true);
  const [title, body] = KEYS[reason];
  useEffect(() => {
    document.title = `${t(title)} · ${t("common.appName")}`;
  }, [t, title]);
  return (
    <section aria-labelledby="blocked-title">
      <PageHeader id="blocked-title" title={t("common.appName")} />
      <MessageBar intent={reason === "error" ? "error" : "info"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(title)}</MessageBarTitle> {t(body)}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
