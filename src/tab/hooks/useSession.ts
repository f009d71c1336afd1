/**
 * Opens the page's {@link Session} once, then follows theme changes (Teams `registerOnThemeChangeHandler`,
 * or the browser's colour scheme outside Teams unless `?theme=` fixed it).
 */
import { useEffect, useState } from "react";
import { openSession, type Session } from "../host/session";
import { onThemeChange, type ThemeName } from "../host/teams-host";

export function useSession(page: string): { session?: Session; theme?: ThemeName } {
  const [session, setSession] = useState<Session>();
  const [theme, setTheme] = useState<ThemeName>();
  useEffect(() => {
    let live = true;
    openSession(page)
      .then((s) => {
        if (!live) return;
        setSession(s);
        setTheme(s.theme);
        if (s.inTeams) onThemeChange(setTheme);
        else followColourScheme(setTheme);
      })
      .catch(() => live && setSession({ kind: "error", inTeams: false, lang: "en", theme: "default" }));
    return () => {
      live = false;
    };
  }, [page]);
  return { session, theme };
}

function followColourScheme(setTheme: (t: ThemeName) => void): void {
  if (new URLSearchParams(window.location.search).has("theme") || !window.matchMedia) return;
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  query.addEventListener("change", (e) => setTheme(e.matches ? "dark" : "default"));
}
