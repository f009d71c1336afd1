import { placeholderNames, resolvePlaceholders } from "../../../scripts/app-package/placeholders";
import { where } from "./helpers";

const options = (env: Record<string, string | undefined>) => ({ env, file: "manifest.json", envSource: "env/.env.dev" });

describe("resolvePlaceholders", () => {
  it("fills placeholders anywhere in string values, with or without spaces inside the braces", () => {
    const doc = { a: "${{TAB_ENDPOINT}}/tab/courses", b: ["${{ BOT_ID }}"], n: 3, t: true };
    const { value, problems, used } = resolvePlaceholders(doc, options({ TAB_ENDPOINT: "https://x.example", BOT_ID: "id" }));
    expect(value).toEqual({ a: "https://x.example/tab/courses", b: ["id"], n: 3, t: true });
    expect(problems).toEqual([]);
    expect([...used].sort()).toEqual(["BOT_ID", "TAB_ENDPOINT"]);
  });

  it("leaves keys alone", () => {
    expect(resolvePlaceholders({ "${{K}}": "v" }, options({ K: "x" })).value).toEqual({ "${{K}}": "v" });
  });

  it("reports an undefined variable on its field and keeps the placeholder", () => {
    const { value, problems } = resolvePlaceholders({ bots: [{ botId: "${{BOT_ID}}" }] }, options({}));
    expect(value).toEqual({ bots: [{ botId: "${{BOT_ID}}" }] });
    expect(where(problems)).toEqual(["manifest.json bots[0].botId"]);
    expect(problems[0].message).toBe("placeholder ${{BOT_ID}} is left unresolved: BOT_ID is not defined in env/.env.dev.");
    expect(problems[0].fix).toMatch(/^set BOT_ID in env\/\.env\.dev/);
  });

  it("reports an empty variable, except APP_NAME_SUFFIX which may be empty", () => {
    const doc = { id: "${{TEAMS_APP_ID}}", name: { short: "Course Companion${{APP_NAME_SUFFIX}}" } };
    const { value, problems } = resolvePlaceholders(doc, options({ TEAMS_APP_ID: "", APP_NAME_SUFFIX: "" }));
    expect(where(problems)).toEqual(["manifest.json id"]);
    expect(problems[0].message).toMatch(/TEAMS_APP_ID is empty/);
    expect(value.name.short).toBe("Course Companion");
  });

  it("refuses SECRET_ variables even when they have a value", () => {
    const { value, problems } = resolvePlaceholders({ x: "${{SECRET_BOT_PASSWORD}}" }, options({ SECRET_BOT_PASSWORD: "s3cret" }));
    expect(JSON.stringify(value)).not.toContain("s3cret");
    expect(problems[0].message).toMatch(/would put a secret into the app package/);
  });

  it("reports two unresolved variables of one field separately", () => {
    const { problems } = resolvePlaceholders({ r: "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}" }, options({}));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining("TAB_DOMAIN"),
      expect.stringContaining("AAD_APP_CLIENT_ID"),
    ]);
  });
});

describe("placeholderNames", () => {
  it("lists the distinct variable names of a text", () => {
    expect([...placeholderNames("a ${{X}} b ${{ Y_1 }} ${{X}} ${Z} {{W}}")]).toEqual(["X", "Y_1"]);
  });
});
