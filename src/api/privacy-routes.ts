/**
 * `GET /api/privacy/answer?q=&lang=` and `GET /api/privacy/policy?lang=`: the caller's tenant's privacy
 * policy, through the same engine the bot uses (src/privacy). Contract: issue "Privacy answers people can
 * trust", section "HTTP API".
 *
 * - answer: `{answered, heading, passage, sectionId, revisionDate, policyUrl, suggestions: [{heading, sectionId}], documentLanguage}`
 * - policy: `{documentLanguage, revisionDate, policyUrl, sections: [{id, heading, level, passages}]}` (whole-policy view)
 *
 * `lang` is the reader's language; the document is the one in that language when the tenant has it,
 * else the tenant's default (`documentLanguage` says which).
 */
import type { Server } from "restify";
import type { PolicySet } from "../privacy";
import type { PolicyDocument, PrivacyAnswer } from "../privacy/types";
import type { Tenant } from "../tenants/registry";
import type { PolicyDto, PrivacyAnswerDto } from "./dto";
import { answerQuery, parseQuery, policyQuery } from "./query";
import type { TabHandler } from "./tab-handler";

/** What the routes use of a tenant's policies (tenants/registry `Tenant.policies`): the bot's engine. */
export type PolicyReader = Pick<PolicySet, "answer" | "document">;

/** The engine's answer → the API answer (the engine's score is internal and left out). */
export function toAnswerDto(answer: PrivacyAnswer, policyUrl: string | undefined): PrivacyAnswerDto {
  const { answered, heading, passage, sectionId, revisionDate, suggestions, documentLanguage } = answer;
  return { answered, heading, passage, sectionId, revisionDate, policyUrl, suggestions, documentLanguage };
}

/** A parsed document → the whole-policy view. */
export function toPolicyDto(doc: PolicyDocument, policyUrl: string | undefined): PolicyDto {
  return {
    documentLanguage: doc.language,
    revisionDate: doc.revisionDate,
    policyUrl,
    sections: doc.sections.map((s) => ({ id: s.id, heading: s.heading, level: s.level ?? 1, passages: s.passages })),
  };
}

/** @returns the tenant's policies (the same PolicySet the bot answers from). */
function reader(tenant: Tenant): PolicyReader {
  return tenant.policies;
}

export function registerPrivacyRoutes(server: Server, handle: TabHandler): void {
  server.get("/api/privacy/answer", handle("privacy-answer", async (req, tenant) => {
    const query = parseQuery(answerQuery, req.query);
    const answer = reader(tenant).answer(query.q, query.lang ?? tenant.entry.defaultLanguage);
    return toAnswerDto(answer, tenant.entry.policyUrl);
  }));
  server.get("/api/privacy/policy", handle("privacy-policy", async (req, tenant) => {
    const query = parseQuery(policyQuery, req.query);
    return toPolicyDto(reader(tenant).document(query.lang ?? tenant.entry.defaultLanguage), tenant.entry.policyUrl);
  }));
}
