/**
 * A tenant's policies: one document per language, one engine each, built at start-up.
 * The answer comes from the document in the user's language when the tenant has one, else from
 * the tenant's default language, else from the first document configured; `documentLanguage` in
 * the answer says which (issue 3, "Formats and operators").
 *
 * @example
 * const set = loadPolicySet({ en: "policy.en.md", fr: "policy.fr.html" }, "en", "/etc/tenants");
 * set.answer("Combien de temps gardez-vous mes données ?", "fr").documentLanguage // "fr"
 */
import { resolve } from "node:path";
import { LANGUAGES, type Lang } from "../i18n/language";
import { createPolicyEngine, type PolicyEngine } from "./engine";
import { loadPolicyFile } from "./parse-policy";
import { PolicyError } from "./policy-error";
import type { PolicyDocument, PrivacyAnswer, SectionSuggestion } from "./types";

/** The outline of the document a reader gets: every heading in order, and the revision date. */
export interface PolicyOutline {
  sections: SectionSuggestion[];
  documentLanguage: Lang;
  revisionDate?: string;
}

/** Answers one tenant's privacy questions. */
export interface PolicySet {
  readonly defaultLanguage: Lang;
  /** Languages the tenant has a document in, in {@link LANGUAGES} order. */
  readonly languages: readonly Lang[];
  /** The engine that serves a user of `userLanguage` (its document is `engineFor(lang).document`). */
  engineFor(userLanguage: Lang): PolicyEngine;
  /** The document served to a reader of `userLanguage` (the tabs' whole-policy view). */
  document(userLanguage: Lang): PolicyDocument;
  /** Headings (with section ids) of the document served to `userLanguage`, in document order. */
  outline(userLanguage: Lang): PolicyOutline;
  /** Answers from the document in the user's language, else the default one. */
  answer(question: string, userLanguage: Lang): PrivacyAnswer;
}

function outlineOf(doc: PolicyDocument): PolicyOutline {
  return {
    sections: doc.sections.map((s) => ({ heading: s.heading, sectionId: s.id })),
    documentLanguage: doc.language,
    ...(doc.revisionDate ? { revisionDate: doc.revisionDate } : {}),
  };
}

/**
 * Builds a set from parsed documents (one per language).
 * @throws PolicyError when `documents` is empty.
 */
export function createPolicySet(documents: Partial<Record<Lang, PolicyDocument>>, defaultLanguage: Lang, source = "policy set"): PolicySet {
  const engines = new Map<Lang, PolicyEngine>();
  for (const lang of LANGUAGES) {
    const doc = documents[lang];
    if (doc) engines.set(lang, createPolicyEngine(doc));
  }
  const first = engines.values().next().value;
  if (!first) throw new PolicyError(source, "no policy document configured (give at least one language)");
  const engineFor = (lang: Lang) => engines.get(lang) ?? engines.get(defaultLanguage) ?? first;
  return {
    defaultLanguage,
    languages: [...engines.keys()],
    engineFor,
    document: (userLanguage) => engineFor(userLanguage).document,
    outline: (userLanguage) => outlineOf(engineFor(userLanguage).document),
    answer: (question, userLanguage) => engineFor(userLanguage).answer(question, userLanguage),
  };
}

/**
 * Loads and indexes a tenant's policy files.
 * @param files policy file per language, relative to `baseDir` (as in the tenant registry's `policyFiles`).
 * @param defaultLanguage the tenant's default language.
 * @param baseDir directory the paths are relative to (the registry file's directory).
 * @throws PolicyError naming the file that is missing, of an unsupported format or without structure,
 *   or naming `baseDir` when no file is given.
 */
export function loadPolicySet(files: Partial<Record<Lang, string>>, defaultLanguage: Lang, baseDir: string): PolicySet {
  const documents: Partial<Record<Lang, PolicyDocument>> = {};
  for (const lang of LANGUAGES) {
    const file = files[lang];
    if (file !== undefined) documents[lang] = loadPolicyFile(resolve(baseDir, file), lang);
  }
  return createPolicySet(documents, defaultLanguage, baseDir);
}
