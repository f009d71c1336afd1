/**
 * Every shared activity fixture through the real server (restify + CloudAdapter + teamsfx) in
 * local mode, with replies recorded by a loopback connector.
 */
import { fixtureNames, loadActivity } from "../helpers/activities";
import { cardActions, cardProblems, cardsOf, cardText } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

async function send(name: string) {
  const activity = loadActivity(name, app.connector.serviceUrl);
  const response = await app.post(activity);
  return { activity, response, sent: app.connector.sent() };
}

describe("shared activity fixtures", () => {
  it.each(fixtureNames())("%s gets a valid HTTP answer and only valid cards", async (name) => {
    const { activity, response, sent } = await send(name);
    expect(response.status).toBeLessThan(300);
    if (activity.type === "invoke") expect(response.body).toBeDefined();
    for (const s of sent) for (const c of cardsOf(s)) expect(cardProblems(c)).toEqual([]);
  });

  it("answers help in a channel with the help card, mention removed", async () => {
    const { sent } = await send("message-channel-mention-help");
    expect(sent).toHaveLength(1);
    const [card] = cardsOf(sent[0]);
    expect(cardText(card)).toMatch(/courses/i);
    expect(cardText(card)).toMatch(/privacy/i);
    expect(app.connector.calls[0].conversationId).toBe("19:fixturechannel0001@thread.tacv2;messageid=1732871000000");
  });

  it("answers a group-chat privacy question from the policy's deletion section", async () => {
    const { sent } = await send("message-groupchat-mention-privacy");
    expect(sent).toHaveLength(1);
    expect(cardText(cardsOf(sent[0])[0])).toContain("Can I delete my data?");
  });

  it("reads through NBSPs and the text/html attachment in a channel and answers about cookies", async () => {
    const { sent } = await send("message-channel-nbsp-html-attachment");
    expect(sent).toHaveLength(1);
    expect(cardText(cardsOf(sent[0])[0])).toMatch(/Cookie/);
  });

  it("answers the retention question in English with the heading as written and the revision date", async () => {
    const { sent } = await send("message-personal-privacy-en");
    const text = cardText(cardsOf(sent[0])[0]);
    expect(text).toMatch(/How long will you keep my data\?|Limit Storage of Data/);
    expect(text).toContain("04/06/2021");
    expect(cardActions(cardsOf(sent[0])[0]).map((a) => a.url)).toContain("https://example.learning.test/privacy");
  });

  it("answers the same question in French with French interface text, quoting the English policy", async () => {
    const en = (await send("message-personal-privacy-en")).sent[0];
    app.connector.reset();
    const { sent } = await send("message-personal-privacy-fr");
    const card = cardsOf(sent[0])[0];
    expect(cardText(card)).toContain("Extrait de la politique de confidentialité");
    const heading = (c: any) => c.body[1].text;
    expect(heading(card)).toBe(heading(cardsOf(en)[0]));
  });

  it("returns the GDPR course with its link for 'courses gdpr'", async () => {
    const { sent } = await send("message-personal-courses");
    const card = cardsOf(sent[0])[0];
    expect(cardActions(card).map((a) => a.url)).toContain("https://example.learning.test/courses/impacts-of-gdpr");
  });

  it("finds the same GDPR course for the French request about RGPD", async () => {
    const { sent } = await send("message-personal-courses-fr");
    const card = cardsOf(sent[0])[0];
    expect(cardText(card)).toContain("Formations correspondant à votre recherche"); // the query is never echoed (docs/privacy.md)
    expect(cardActions(card).map((a) => a.url)).toContain("https://example.learning.test/courses/impacts-of-gdpr");
  });

  it("serves a tenant given only in channelData", async () => {
    const { sent } = await send("message-tenant-only-in-channeldata");
    expect(cardsOf(sent[0])).toHaveLength(1);
    expect(cardText(cardsOf(sent[0])[0])).toMatch(/leadership/i);
  });

  it("refuses a tenant conflict with one polite text and no data", async () => {
    const { sent } = await send("message-tenant-conflict");
    expect(sent).toHaveLength(1);
    expect(sent[0].attachments ?? []).toHaveLength(0);
    expect(sent[0].text).toMatch(/can't tell which organization/);
  });

  it("tells an unregistered organization to ask its Teams admin", async () => {
    const { sent } = await send("message-unregistered-tenant");
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toMatch(/not enabled for your organization.*Teams admin/);
    expect(sent[0].attachments ?? []).toHaveLength(0);
  });

  it("does not serve an activity without any tenant (emulator)", async () => {
    const { sent } = await send("message-emulator-no-channeldata");
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toMatch(/can't tell which organization/);
  });

  it("answers a card submit without text and a null value with a hint, not a crash", async () => {
    const { response, sent } = await send("message-card-submit-without-text");
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toMatch(/help/);
  });

  it("falls back to the tenant's default language when the message has no locale", async () => {
    const { sent } = await send("message-no-locale");
    expect(cardText(cardsOf(sent[0])[0])).toMatch(/Featured courses/);
  });

  it("welcomes once on a personal install, even when Teams delivers it twice", async () => {
    await send("installation-update-add-personal");
    await send("installation-update-add-personal");
    expect(app.connector.sent()).toHaveLength(1);
    expect(cardText(cardsOf(app.connector.sent()[0])[0])).toMatch(/Welcome/);
  });

  it("welcomes once when the bot is added to a team", async () => {
    await send("conversation-update-bot-added-to-team");
    await send("conversation-update-bot-added-to-team");
    expect(app.connector.sent()).toHaveLength(1);
  });

  it("does not welcome a person who joins a team", async () => {
    const { response, sent } = await send("conversation-update-person-joined-team");
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(0);
  });

  it("never writes a fixture's personal data to the logs", async () => {
    for (const name of fixtureNames()) await send(name);
    const logs = app.logs.join("\n");
    for (const secret of ["Jordan", "Sample", "29:1Fixture", "0f0f0f0f-1111", "a:1FixturePersonal", "77777777-1111", "delete my data", "gdpr"]) {
      expect(logs).not.toContain(secret);
    }
  });
});
