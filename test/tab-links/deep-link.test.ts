import { tabDeepLink, TAB_ENTITY } from "../../src/tab-links/deep-link";
import { browseAllCoursesActions, BROWSE_ALL_LABEL } from "../../src/tab-links/browse-all";

const APP_ID = "00000000-0000-4000-8000-000000000011";

describe("tabDeepLink", () => {
  it("links to the personal Courses tab by app id and entity id", () => {
    expect(tabDeepLink(APP_ID, TAB_ENTITY.courses)).toBe(`https://teams.microsoft.com/l/entity/${APP_ID}/courses`);
  });

  it("lower-cases the app id", () => {
    expect(tabDeepLink(APP_ID.toUpperCase().replace("X", "x"), "privacy")).toBe(`https://teams.microsoft.com/l/entity/${APP_ID}/privacy`);
  });

  it("encodes webUrl and label in the query string", () => {
    const link = new URL(tabDeepLink(APP_ID, "courses", { webUrl: "https://tabs.example.test/tab/courses?x=1&y=2", label: "Courses & more" }));
    expect(link.searchParams.get("webUrl")).toBe("https://tabs.example.test/tab/courses?x=1&y=2");
    expect(link.searchParams.get("label")).toBe("Courses & more");
  });

  it("refuses an app id that is not a GUID and a webUrl that is not https", () => {
    expect(() => tabDeepLink("my-app", "courses")).toThrow(/TEAMS_APP_ID/);
    expect(() => tabDeepLink(APP_ID, "courses", { webUrl: "http://tabs.example.test" })).toThrow(/https/);
  });
});

describe("browseAllCoursesActions", () => {
  it("is absent without a Teams app id", () => {
    expect(browseAllCoursesActions(undefined)).toBeUndefined();
  });

  it("gives one Action.OpenUrl to the Courses tab, titled in the reader's language", () => {
    const actions = browseAllCoursesActions(APP_ID)!;
    expect(actions("en")).toEqual([{ type: "Action.OpenUrl", title: BROWSE_ALL_LABEL.en, url: `https://teams.microsoft.com/l/entity/${APP_ID}/courses` }]);
    expect(actions("fr")[0].title).toBe("Parcourir toutes les formations");
  });
});
