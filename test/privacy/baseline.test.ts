import { createBaseline } from "../../src/privacy/baseline";
import { parsePolicy } from "../../src/privacy/parse-policy";

const doc = parsePolicy("Cookies\n\nWe use a session cookie.\n\nEmpty\n\nRetention\n\nWe keep data for a month.", { format: "txt", language: "en", source: "t" });

describe("createBaseline", () => {
  const baseline = createBaseline(doc);

  it("answers with the best section as soon as a word matches, without stemming", () => {
    expect(baseline.answer("session cookie", "en")).toMatchObject({ answered: true, heading: "Cookies" });
    expect(baseline.answer("keep", "en")).toMatchObject({ answered: true, heading: "Retention" });
    expect(baseline.answer("keeping", "en").answered).toBe(false);
  });

  it("declines only when no word matches", () => {
    expect(baseline.answer("weather tomorrow", "en").answered).toBe(false);
    expect(baseline.answer("a month of weather", "en").answered).toBe(true);
  });
});
