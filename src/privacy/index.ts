/**
 * The privacy room's public surface: policy documents (.txt, .md, .html) → sections → index →
 * answers. Plain data in, plain data out; nothing here knows about Teams.
 *
 * @example
 * import { loadPolicySet } from "../privacy";
 * const policies = loadPolicySet(tenant.policyFiles, tenant.defaultLanguage, registryDir);
 * const answer = policies.answer("how long do you keep my data?", "en");
 * // { answered: true, heading: "…", passage: "…", sectionId: "…", revisionDate: "…", documentLanguage: "en", suggestions: [], score: 0.9 }
 */
export { createPolicyEngine, DEFAULT_ENGINE_OPTIONS, type EngineOptions, type PolicyEngine } from "./engine";
export { formatFromPath, loadPolicyFile, parsePolicy, type ParseOptions } from "./parse-policy";
export { PolicyError } from "./policy-error";
export { createPolicySet, loadPolicySet, type PolicyOutline, type PolicySet } from "./policy-set";
export { findRevisionDate } from "./revision-date";
export type { PolicyDocument, PolicyFormat, PolicySection, PrivacyAnswer, SectionSuggestion } from "./types";
