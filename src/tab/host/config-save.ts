/**
 * Save of the configurable tab's configuration page (teams-js `pages.config`).
 *
 * The save handler is registered right after `app.initialize()` resolves, before the page renders, so
 * the first click on Save always reaches it; it reads the choice current at click time. On save it calls
 * `pages.config.setConfig({entityId, contentUrl, websiteUrl, suggestedDisplayName})`, then
 * `saveEvent.notifySuccess()`, or `saveEvent.notifyFailure(reason)` when there is no choice or setConfig fails.
 * Source: learn.microsoft.com/microsoftteams/platform/tabs/how-to/create-tab-pages/configuration-page.
 */
import { pages } from "@microsoft/teams-js";
import { pinnedConfig, type PinChoice } from "../pin";

let current: PinChoice | undefined;
let reasonWhenEmpty = "Choose a course or a topic first.";

/** Registers the save handler; `origin` is the tab's origin (where contentUrl points). */
export function registerConfigSave(origin: string): void {
  pages.config.registerOnSaveHandler((saveEvent) => {
    const choice = current;
    if (!choice) {
      saveEvent.notifyFailure(reasonWhenEmpty);
      return;
    }
    pages.config
      .setConfig(pinnedConfig(choice, origin))
      .then(() => saveEvent.notifySuccess())
      .catch((err: unknown) => saveEvent.notifyFailure(err instanceof Error ? err.message : "The tab settings could not be saved."));
  });
}

/**
 * Records the owner's choice and tells Teams whether Save may be enabled.
 * Call only inside Teams (after initialize, in the settings frame).
 */
export function setConfigChoice(choice: PinChoice | undefined, emptyReason?: string): void {
  current = choice;
  if (emptyReason) reasonWhenEmpty = emptyReason;
  pages.config.setValidityState(choice !== undefined);
}
