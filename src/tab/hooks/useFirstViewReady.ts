/**
 * Calls `app.notifySuccess()` once, when the page's first view (data or its empty/error state) is on
 * screen. Outside Teams nothing is called.
 */
import { createContext, useContext, useEffect } from "react";
import { notifyReady } from "../host/teams-host";

let notified = false;

/** True when the page runs inside a Teams host (set by the shell). */
export const InTeamsContext = createContext(false);

export function useFirstViewReady(ready: boolean): void {
  const inTeams = useContext(InTeamsContext);
  useEffect(() => {
    if (!ready || notified || !inTeams) return;
    notified = true;
    notifyReady();
  }, [ready, inTeams]);
}
