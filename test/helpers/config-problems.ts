/** The problems a configuration is refused with (fails the test when it is accepted). */
import { ConfigError, loadConfig } from "../../src/config";

export function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}
