/**
 * Reads the Toolkit project files (m365agents*.yml, env/.env.*, infra/azure.bicep and its parameters)
 * for the consistency tests. Bicep cannot be compiled on this machine (no Bicep CLI, no network), so
 * declarations are read with a line parser: only top-level `param <name> <type> [= default]` and
 * `output <name> <type> = …` lines, which is all the tests compare.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { placeholderNames } from "../../scripts/app-package/placeholders";

export const ROOT = path.resolve(__dirname, "..", "..");

/** Parameters (with whether they have a default) and outputs declared by a Bicep file. */
export interface BicepDeclarations {
  params: Map<string, { hasDefault: boolean }>;
  outputs: Set<string>;
}

/** Reads `param` and `output` declarations at the start of a line (decorators sit on their own lines). */
export function bicepDeclarations(text: string): BicepDeclarations {
  const params = new Map<string, { hasDefault: boolean }>();
  const outputs = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const param = /^param\s+([A-Za-z_]\w*)\s+\S+(\s*=)?/.exec(line);
    if (param) params.set(param[1], { hasDefault: param[2] !== undefined });
    const output = /^output\s+([A-Za-z_]\w*)\s+\S+\s*=/.exec(line);
    if (output) outputs.add(output[1]);
  }
  return { params, outputs };
}

/** One action of a lifecycle. */
export interface Step {
  uses: string;
  name?: string;
  with?: Record<string, any>;
  writeToEnvironmentFile?: Record<string, string>;
}

/** A parsed Toolkit yml file. */
export interface ToolkitYml {
  version: string;
  environmentFolderPath?: string;
  provision?: Step[];
  deploy?: Step[];
  publish?: Step[];
}

export function readYml(file: string): ToolkitYml {
  return parseYaml(fs.readFileSync(path.join(ROOT, file), "utf8")) as ToolkitYml;
}

export function readText(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), "utf8");
}

/** Variables an env file defines, split at the "---- Written by" marker line. */
export function envSections(file: string): { setByYou: Set<string>; written: Set<string> } {
  const setByYou = new Set<string>();
  const written = new Set<string>();
  let target = setByYou;
  for (const line of readText(file).split(/\r?\n/)) {
    if (/^#\s*-+\s*(Written by|Package only)/i.test(line)) target = written;
    const name = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1];
    if (name) target.add(name);
  }
  return { setByYou, written };
}

/** Variables an action writes without a `writeToEnvironmentFile` entry (Toolkit docs, "Output"). */
const IMPLICIT_OUTPUTS: Record<string, string[]> = {
  "teamsApp/create": ["TEAMS_APP_TENANT_ID"],
  "teamsApp/update": ["TEAMS_APP_TENANT_ID", "TEAMS_APP_UPDATE_TIME"],
};

/** Names a step writes to the env file: `writeToEnvironmentFile` values, implicit ones, arm/deploy outputs. */
export function stepOutputs(step: Step): Set<string> {
  const names = new Set<string>([...Object.values(step.writeToEnvironmentFile ?? {}), ...(IMPLICIT_OUTPUTS[step.uses] ?? [])]);
  if (step.uses === "arm/deploy") {
    for (const template of armTemplates(step)) {
      bicepDeclarations(readText(template.path)).outputs.forEach((o) => names.add(o));
    }
  }
  return names;
}

/** Templates of an arm/deploy step, paths relative to the project root. */
export function armTemplates(step: Step): Array<{ path: string; parameters?: string }> {
  const templates: Array<{ path: string; parameters?: string }> = step.with?.templates ?? [];
  return templates.map((t) => ({ path: path.normalize(t.path), parameters: t.parameters && path.normalize(t.parameters) }));
}

/**
 * Walks the steps in order and lists each `${{VAR}}` a step (or an arm/deploy parameters file) reads
 * before anything defines it. `known` holds the env file's variables and the Toolkit built-ins.
 */
export function undefinedReferences(steps: Step[], known: Iterable<string>): string[] {
  const defined = new Set(known);
  const missing: string[] = [];
  for (const step of steps) {
    const texts = [JSON.stringify(step.with ?? {}), ...armTemplates(step).flatMap((t) => (t.parameters ? [readText(t.parameters)] : []))];
    for (const name of texts.flatMap((t) => [...placeholderNames(t)])) {
      if (!defined.has(name)) missing.push(`${step.uses}: ${name}`);
    }
    stepOutputs(step).forEach((n) => defined.add(n));
  }
  return [...new Set(missing)];
}

/** Every variable the steps produce. */
export function allOutputs(steps: Step[]): Set<string> {
  return new Set(steps.flatMap((s) => [...stepOutputs(s)]));
}
