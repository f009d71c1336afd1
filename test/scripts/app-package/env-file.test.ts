import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EnvironmentError, listEnvironments, loadEnvironment } from "../../../scripts/app-package/env-file";

describe("loadEnvironment", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "env-file-"));
    fs.mkdirSync(path.join(root, "env"));
    fs.writeFileSync(path.join(root, "env", ".env.dev"), "# comment\nBOT_ID=from-file\nAPP_NAME_SUFFIX=\" (dev)\"\nEMPTY=\n");
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("reads the env file and sets TEAMSFX_ENV", () => {
    const env = loadEnvironment(root, "dev");
    expect(env.values).toEqual({ TEAMSFX_ENV: "dev", BOT_ID: "from-file", APP_NAME_SUFFIX: " (dev)", EMPTY: "" });
    expect(env.files).toEqual(["env/.env.dev"]);
  });

  it("lets the git-ignored .user file add and override values", () => {
    fs.writeFileSync(path.join(root, "env", ".env.dev.user"), "SECRET_BOT_PASSWORD=pw\nBOT_ID=from-user\n");
    const env = loadEnvironment(root, "dev");
    expect(env.values).toMatchObject({ BOT_ID: "from-user", SECRET_BOT_PASSWORD: "pw" });
    expect(env.files).toEqual(["env/.env.dev", "env/.env.dev.user"]);
  });

  it("lets the process environment override known or referenced variables only", () => {
    const env = loadEnvironment(root, "dev", { BOT_ID: "from-process", TAB_DOMAIN: "t.example", PATH: "/bin" }, ["TAB_DOMAIN"]);
    expect(env.values).toMatchObject({ BOT_ID: "from-process", TAB_DOMAIN: "t.example" });
    expect(env.values).not.toHaveProperty("PATH");
    expect(env.fromProcess).toEqual(["BOT_ID", "TAB_DOMAIN"]);
  });

  it("names the missing file and the environments that exist", () => {
    fs.writeFileSync(path.join(root, "env", ".env.local"), "");
    expect(() => loadEnvironment(root, "prod")).toThrow(new EnvironmentError("env/.env.prod not found. Fix: use one of dev, local or create env/.env.prod."));
  });

  it("refuses names that would leave env/", () => {
    expect(() => loadEnvironment(root, "../dev")).toThrow(EnvironmentError);
    expect(() => loadEnvironment(root, "dev/../../x")).toThrow(/plain environment name/);
  });

  it("lists environments by their .env.<name> files, ignoring .user files", () => {
    fs.writeFileSync(path.join(root, "env", ".env.dev.user"), "");
    fs.writeFileSync(path.join(root, "env", ".env.playground"), "");
    expect(listEnvironments(root)).toEqual(["dev", "playground"]);
  });
});
