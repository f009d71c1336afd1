import { TurnContext, type Activity } from "botbuilder";
import { minimalEnvelope } from "../../src/bot/reply-envelope";

const incoming = {
  type: "message",
  id: "1",
  channelId: "msteams",
  serviceUrl: "https://smba.example/",
  from: { id: "29:1abc", name: "Jordan Sample", aadObjectId: "0f0f0f0f-1111-4222-8333-444455556666" },
  recipient: { id: "28:bot", name: "Course Companion" },
  conversation: { id: "19:chat@thread.v2", conversationType: "groupChat", tenantId: "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f", isGroup: true, name: "Jordan's farewell" },
} as unknown as Activity;

describe("minimalEnvelope", () => {
  it("keeps the addressing and drops the person's name and object id and the chat name", () => {
    const reply = TurnContext.applyConversationReference({ type: "message", text: "hi" }, TurnContext.getConversationReference(incoming));
    expect(reply.recipient).toMatchObject({ name: "Jordan Sample" }); // what botbuilder does on its own
    const out = minimalEnvelope(reply);
    expect(out.recipient).toEqual({ id: "29:1abc" });
    expect(out.conversation).toEqual({ id: "19:chat@thread.v2", conversationType: "groupChat", tenantId: "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f", isGroup: true });
    expect(JSON.stringify(out)).not.toMatch(/Jordan|0f0f0f0f/);
    expect(out.replyToId).toBe("1");
    expect(out.from).toEqual({ id: "28:bot", name: "Course Companion" });
  });

  it("leaves an activity without recipient or conversation as it is", () => {
    expect(minimalEnvelope({ type: "typing" })).toEqual({ type: "typing" });
  });
});
