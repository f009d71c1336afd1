/** The page shell: session → language, theme, and the page named by the server (`data-page`). */
import { FluentProvider, Spinner, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import { useSession } from "../hooks/useSession";
import { InTeamsContext } from "../hooks/useFirstViewReady";
import { LangContext, translator } from "../i18n/i18n";
import { fluentTheme } from "../theme";
import { BlockedNotice } from "./BlockedNotice";
import { ConfigPage } from "./ConfigPage";
import { CoursesPage } from "./CoursesPage";
import { PinnedPage } from "./PinnedPage";
import { PrivacyPage } from "./PrivacyPage";

const useGlobalStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, minHeight: "100%" },
  "*, *::before, *::after": { boxSizing: "border-box" },
});

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    maxWidth: "1100px",
    marginLeft: "auto",
    marginRight: "auto",
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
  loading: { paddingTop: tokens.spacingVerticalXXXL },
});

export function App({ page }: { page: string }) {
  useGlobalStyles();
  const styles = useStyles();
  const { session, theme } = useSession(page);
  const strings = useMemo(() => ({ lang: session?.lang ?? "en", t: translator(session?.lang ?? "en") }), [session?.lang]);
  useEffect(() => {
    document.documentElement.lang = strings.lang;
  }, [strings.lang]);
  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root} lang={strings.lang}>
      <LangContext.Provider value={strings}>
        <InTeamsContext.Provider value={session?.inTeams ?? false}>
          <main className={styles.main}>
            {!session && <Spinner className={styles.loading} label={strings.t("common.loading")} />}
            {session && session.kind !== "ready" && <BlockedNotice reason={session.kind === "error" ? "error" : session.reason} />}
            {session?.kind === "ready" && page === "courses" && <CoursesPage api={session.api} />}
            {session?.kind === "ready" && page === "privacy" && <PrivacyPage api={session.api} />}
            {session?.kind === "ready" && page === "config" && <ConfigPage api={session.api} pageId={session.host?.pageId} inTeams={session.inTeams} />}
            {session?.kind === "ready" && page === "pinned" && <PinnedPage api={session.api} pageId={session.host?.pageId} />}
          </main>
        </InTeamsContext.Provider>
      </LangContext.Provider>
    </FluentProvider>
  );
}
