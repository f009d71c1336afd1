/** Teams theme name → Fluent UI v9 Teams theme. */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeName } from "./host/teams-host";

export function fluentTheme(name: ThemeName | undefined): Theme {
  if (name === "dark") return teamsDarkTheme;
  if (name === "contrast") return teamsHighContrastTheme;
  return teamsLightTheme;
}
