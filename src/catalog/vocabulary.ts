/**
 * The catalog's own small vocabulary, in English and French:
 * - {@link CONCEPTS}: synonym groups. A course that mentions any term of a group is indexed
 *   under the group's concept token, and a query naming any term of the group searches that token,
 *   so "GDPR" finds a course that only says "RGPD", and "sécurité" finds "security".
 * - {@link NEUTRAL_WORDS} and {@link NEUTRAL_PHRASES}: words of a request ("find a course on",
 *   "je cherche une formation sur") that say the person wants courses but are not a topic.
 * - {@link KEEP_WORDS}: topic words that stopwords-iso lists as stopwords ("first aid", "AI",
 *   "problem solving"), kept by the catalog's analysis (see catalog/terms).
 *
 * Written by hand rather than taken from a thesaurus library: it is product vocabulary (the topics
 * of corporate learning catalogs, in the two languages the app speaks), small enough to review.
 * Terms are written as people type them; they are matched after lower-casing, accent folding and
 * tokenization (catalog/terms), so "sécurité" also matches "securite" and "e-mail" matches "e mail".
 */
import type { Lang } from "../i18n/language";

/** A synonym group. Terms in `any` apply to both languages; `en`/`fr` only to text in that language. */
export interface Concept {
  /** Stable identifier, used in the index as the token `~<id>`. Lower case, no spaces. */
  id: string;
  any?: string[];
  en?: string[];
  fr?: string[];
}

/** Synonym groups of common corporate-learning topics. */
export const CONCEPTS: readonly Concept[] = [
  { id: "gdpr", any: ["gdpr", "rgpd"], en: ["general data protection regulation"], fr: ["règlement général sur la protection des données"] },
  { id: "privacy", en: ["privacy", "data protection", "personal data", "data privacy"], fr: ["vie privée", "protection des données", "données personnelles", "confidentialité"] },
  { id: "leadership", en: ["leadership", "leader", "leaders", "leading", "management", "manager", "managers", "managing people", "people management"], fr: ["leadership", "leader", "leaders", "management", "manager", "managers", "encadrement", "managérial", "manageriale", "diriger", "management d'équipe"] },
  { id: "security", en: ["security", "cybersecurity", "cyber security", "information security", "infosec", "secure"], fr: ["sécurité", "cybersécurité", "sécurité informatique", "sécurité de l'information"] },
  { id: "phishing", en: ["phishing", "scam", "scams"], fr: ["phishing", "hameçonnage", "arnaque", "arnaques"] },
  { id: "password", en: ["password", "passwords", "passphrase"], fr: ["mot de passe", "mots de passe"] },
  { id: "agile", en: ["agile", "agility", "scrum", "kanban", "sprint", "sprints"], fr: ["agile", "agilité", "scrum", "kanban", "sprint", "sprints"] },
  { id: "project-management", en: ["project management", "project manager", "managing projects"], fr: ["gestion de projet", "gestion de projets", "chef de projet", "conduite de projet"] },
  { id: "communication", en: ["communication", "communicating", "communicate"], fr: ["communication", "communiquer"] },
  { id: "public-speaking", en: ["public speaking", "presentation skills", "presenting", "speaking in public"], fr: ["prise de parole", "prise de parole en public", "parler en public", "présentation orale"] },
  { id: "writing", en: ["business writing", "writing", "write"], fr: ["rédaction", "rédiger", "écrit professionnel", "écrits professionnels", "écrire"] },
  { id: "email", en: ["email", "e-mail", "emails", "e-mails", "inbox"], fr: ["e-mail", "email", "courriel", "courriels", "messagerie"] },
  { id: "excel", any: ["excel"], en: ["spreadsheet", "spreadsheets", "pivot table", "pivot tables"], fr: ["tableur", "feuille de calcul", "tableau croisé dynamique", "tableaux croisés dynamiques"] },
  { id: "onboarding", en: ["onboarding", "new hire", "new hires", "new employee", "new employees", "newcomer", "newcomers", "induction"], fr: ["onboarding", "intégration", "nouveaux arrivants", "nouvel arrivant", "nouveaux collaborateurs", "nouveau collaborateur", "accueil des nouveaux"] },
  { id: "diversity", en: ["diversity", "inclusion", "inclusive", "equity", "bias", "biases", "unconscious bias"], fr: ["diversité", "inclusion", "inclusif", "inclusive", "équité", "biais", "biais inconscients", "discrimination", "discriminations"] },
  { id: "sales", en: ["sales", "selling", "sell", "prospecting", "prospects", "salespeople"], fr: ["vente", "ventes", "vendre", "commercial", "commerciale", "commerciaux", "prospection"] },
  { id: "customer-service", en: ["customer service", "customer experience", "customer care", "customer support", "customer satisfaction"], fr: ["service client", "relation client", "expérience client", "satisfaction client", "clientèle"] },
  { id: "negotiation", en: ["negotiation", "negotiations", "negotiate", "negotiating"], fr: ["négociation", "négociations", "négocier"] },
  { id: "time-management", en: ["time management", "productivity", "prioritization", "prioritizing", "procrastination"], fr: ["gestion du temps", "productivité", "priorités", "prioriser", "procrastination"] },
  { id: "wellbeing", en: ["well-being", "wellbeing", "wellness", "mental health"], fr: ["bien-être", "qualité de vie au travail", "qvt", "santé mentale"] },
  { id: "stress", en: ["stress", "stress management", "burnout", "resilience"], fr: ["stress", "gestion du stress", "burn-out", "épuisement professionnel", "résilience"] },
  { id: "feedback", en: ["feedback", "feedbacks", "appraisal", "appraisals", "performance review", "performance reviews"], fr: ["feedback", "feedbacks", "retour constructif", "retours constructifs", "entretien annuel", "entretiens annuels", "évaluation annuelle"] },
  { id: "remote-work", en: ["remote work", "remote working", "working remotely", "work from home", "working from home", "hybrid work", "remote teams", "remote team"], fr: ["télétravail", "travail à distance", "travail hybride", "équipes à distance", "équipe à distance"] },
  { id: "meetings", en: ["meeting", "meetings"], fr: ["réunion", "réunions"] },
  { id: "conflict", en: ["conflict", "conflicts", "conflict resolution", "difficult conversations"], fr: ["conflit", "conflits", "gestion des conflits", "conversations difficiles"] },
  { id: "coaching", en: ["coaching", "coach", "mentoring", "mentor", "mentorship"], fr: ["coaching", "coach", "mentorat", "mentor", "tutorat"] },
  { id: "change-management", en: ["change management", "leading change", "managing change"], fr: ["conduite du changement", "gestion du changement", "accompagner le changement"] },
  { id: "emotional-intelligence", en: ["emotional intelligence", "emotions"], fr: ["intelligence émotionnelle", "émotions"] },
  { id: "ai", en: ["ai", "artificial intelligence", "generative ai", "genai", "machine learning", "chatgpt", "copilot"], fr: ["ia", "intelligence artificielle", "ia générative", "apprentissage automatique", "chatgpt", "copilot"] },
  { id: "data-analysis", en: ["data analysis", "data analytics", "analytics", "data visualization", "dashboards", "dashboard", "power bi"], fr: ["analyse de données", "analyse des données", "visualisation de données", "tableaux de bord", "tableau de bord", "power bi"] },
  { id: "health-safety", en: ["health and safety", "workplace safety", "occupational safety", "first aid"], fr: ["santé et sécurité au travail", "sst", "prévention des risques", "premiers secours", "gestes qui sauvent"] },
  { id: "ethics", en: ["ethics", "compliance", "anti-corruption", "bribery", "code of conduct"], fr: ["éthique", "conformité", "anticorruption", "anti-corruption", "corruption", "code de conduite"] },
  { id: "harassment", en: ["harassment", "sexual harassment", "bullying"], fr: ["harcèlement", "harcèlement sexuel", "harcèlement moral"] },
  { id: "sustainability", en: ["sustainability", "climate change", "carbon footprint", "csr"], fr: ["développement durable", "changement climatique", "empreinte carbone", "rse", "transition écologique"] },
  { id: "recruiting", en: ["recruiting", "recruitment", "hiring", "interviewing", "job interview", "job interviews"], fr: ["recrutement", "recruter", "entretien d'embauche", "entretiens d'embauche"] },
  { id: "creativity", en: ["creativity", "innovation", "design thinking", "brainstorming"], fr: ["créativité", "innovation", "design thinking", "brainstorming"] },
  { id: "problem-solving", en: ["problem solving", "critical thinking", "decision making"], fr: ["résolution de problèmes", "esprit critique", "prise de décision"] },
  { id: "accessibility", en: ["accessibility", "disability", "disabilities"], fr: ["accessibilité", "handicap", "handicaps"] },
];

/**
 * Words that say the message asks for courses but are not a topic ("courses", "formation", "find",
 * "je cherche"); they are dropped from queries (never from course text).
 */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set([
  "course", "courses", "training", "trainings", "class", "classes", "lesson", "lessons", "module", "modules",
  "tutorial", "tutorials", "mooc", "moocs", "elearning", "catalog", "catalogue",
  "find", "search", "searching", "look", "looking", "show", "list", "want", "need", "like", "recommend",
  "suggest", "learn", "please", "available", "anything", "something", "topic", "topics",
  "formation", "formations", "cours", "tutoriel", "tutoriels", "catalogue",
  "cherche", "cherches", "chercher", "recherche", "rechercher", "trouver", "trouve", "montre", "montrez",
  "voudrais", "veux", "besoin", "aimerais", "propose", "proposez", "recommande", "conseille", "apprendre",
  "disponible", "disponibles", "svp", "stp", "sujet", "sujets", "thème", "thèmes",
]);

/** Multi-word request phrases dropped from queries ("j'ai" would otherwise read as "AI"). */
export const NEUTRAL_PHRASES: readonly string[] = [
  "j'ai", "j'aimerais", "je cherche", "je voudrais", "looking for", "i'd like", "i would like", "e-learning",
  "is there", "are there", "y a-t-il", "est-ce qu'il y a", "il y a", "me former", "se former",
];

/**
 * Topic words that stopwords-iso lists as stopwords, kept by the catalog's analysis of a text in
 * that language ("AI" is kept in English; "ai" stays a stopword in French, as in "j'ai").
 */
export const KEEP_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set([
    "ai", "hr", "first", "help", "problem", "problems", "open", "general", "system", "systems", "results",
    "group", "groups", "present", "value", "values", "research", "interest", "order", "orders", "member",
    "members", "best", "high", "case", "cases", "well", "being", "large", "small", "point", "area", "areas",
  ]),
  fr: new Set(["parole", "nouveau", "nouveaux", "personne", "personnes", "premiers", "bien", "être", "rh"]),
};
