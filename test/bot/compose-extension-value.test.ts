import { parseSearchInvoke } from "../../src/bot/compose-extension-value";
import { hasUsableVerb } from "../../src/bot/card-action-guard";

describe("parseSearchInvoke", () => {
  it("reads a typed query with its paging", () => {
    expect(parseSearchInvoke({ commandId: "searchCourses", parameters: [{ name: "query", value: "gdpr" }], queryOptions: { skip: 25, count: 25 } })).toEqual({
      commandId: "searchCourses",
      query: "gdpr",
      initialRun: false,
      skip: 25,
      count: 25,
    });
  });

  it.each([["true"], ["TRUE"], [true]])("reads the initial run flag %p", (value) => {
    expect(parseSearchInvoke({ parameters: [{ name: "initialRun", value }] })).toMatchObject({ initialRun: true, query: "" });
  });

  it("is not an initial run for other values", () => {
    expect(parseSearchInvoke({ parameters: [{ name: "initialRun", value: "false" }] }).initialRun).toBe(false);
  });

  it.each([[undefined], [null], ["text"], [{ parameters: "gdpr" }], [{ parameters: [null, 7, { name: "query", value: 42 }] }], [{ queryOptions: null }]])(
    "gives an empty request for malformed value %p",
    (value) => {
      expect(parseSearchInvoke(value)).toMatchObject({ query: "", initialRun: false });
    },
  );

  it("ignores parameters with other names", () => {
    expect(parseSearchInvoke({ parameters: [{ name: "other", value: "gdpr" }] }).query).toBe("");
  });
});

describe("hasUsableVerb", () => {
  it("accepts an action with a non-empty string verb", () => {
    expect(hasUsableVerb({ action: { type: "Action.Execute", verb: "similarCourses", data: {} } })).toBe(true);
  });

  it.each([[undefined], [null], [{}], [{ action: null }], [{ action: [] }], [{ action: "x" }], [{ action: {} }], [{ action: { verb: "" } }], [{ action: { verb: 42 } }]])(
    "refuses %p",
    (value) => {
      expect(hasUsableVerb(value)).toBe(false);
    },
  );
});
