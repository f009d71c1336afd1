/**
 * The "Browse all courses" deep link on the bot's course list cards, through the real server: present
 * (in the reader's language) when TEAMS_APP_ID is set, absent otherwise; the card stays valid.
 */
import { loadActivity } from "../helpers/activities";
import { cardActions, cardProblems, cardsOf } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";

const APP_ID = "00000000-0000-4000-8000-000000000011";
const DEEP_LINK = `https://teams.microsoft.com/l/entity/${APP_ID}/courses`;

async function courseCards(app: TestApp, fixture: string) {
  await app.post(loadActivity(fixture, app.connector.serviceUrl));
  const sent = app.connector.sent();
  expect(sent).toHaveLength(1);
  return cardsOf(sent[0]);
}

describe("Browse all courses button", () => {
  let app: TestApp;
  afterEach(() => app.close());

  it("ends the course list card with a deep link to the personal Courses tab", async () => {
    app = await startTestApp({ TEAMS_APP_ID: APP_ID });
    const [card] = await courseCards(app, "message-personal-courses");
    const actions = cardActions(card);
    expect(actions.at(-1)).toEqual({ type: "Action.OpenUrl", title: "Browse all courses", url: DEEP_LINK });
    expect(cardProblems(card)).toEqual([]);
  });

  it("is titled in French for a French reader", async () => {
    app = await startTestApp({ TEAMS_APP_ID: APP_ID });
    const [card] = await courseCards(app, "message-personal-courses-fr");
    expect(cardActions(card).find((a) => a.url === DEEP_LINK)?.title).toBe("Parcourir toutes les formations");
  });

  it("is absent when no Teams app id is configured", async () => {
    app = await startTestApp();
    const [card] = await courseCards(app, "message-personal-courses");
    expect(cardActions(card).some((a) => String(a.url).startsWith("https://teams.microsoft.com/l/entity/"))).toBe(false);
  });
});
