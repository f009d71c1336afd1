/** Activities whose optional fields have the wrong type still get their reply (botbuilder reads them unchecked). */
import { loadActivity } from "../helpers/activities";
import { cardsOf } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
beforeEach(() => app.connector.reset());

describe("malformed optional fields", () => {
  it.each([
    ["a numeric locale", { locale: 5 }],
    ["an object locale", { locale: { x: 1 } }],
    ["a null recipient", { recipient: null }],
    ["a string from", { from: "someone" }],
  ])("a message with %s is answered", async (_name, patch) => {
    const activity = { ...loadActivity("message-personal-help", app.connector.serviceUrl), ...patch };
    const res = await app.post(activity);
    expect(res.status).toBe(200);
    expect(app.connector.sent()).toHaveLength(1);
    expect(cardsOf(app.connector.sent()[0])).toHaveLength(1);
  });
});
