/** French interface strings (i18next resources), same keys as en.ts. */
import type { Strings } from "./en";

export const fr: Strings = {
  help: {
    title: "Course Companion",
    intro: "Je réponds aux questions sur la politique de confidentialité de la plateforme de formation de {{org}} et je trouve des formations dans son catalogue.",
    examplesTitle: "Essayez par exemple",
    examples: "- Combien de temps conservez-vous mes données ?\n- Puis-je supprimer mon compte ?\n- formations RGPD\n- je cherche une formation sur le leadership",
    commandsTitle: "Commandes",
    commands: "- **aide** : ce que je sais faire\n- **formations** *sujet* : chercher dans le catalogue\n- **confidentialité** *question* : poser une question sur la politique de confidentialité",
    storesTitle: "Ce que cette application conserve",
    stores: "Uniquement l'identifiant de locataire (tenant ID) de votre organisation. Rien sur vous : ni nom, ni messages.",
    tryCourses: "Formations RGPD",
    tryPrivacy: "Combien de temps mes données sont-elles conservées ?",
  },
  welcome: {
    title: "Bienvenue dans Course Companion",
  },
  privacy: {
    answerTitle: "Extrait de la politique de confidentialité",
    revised: "Politique révisée le : {{date}}",
    fullPolicy: "Lire la politique complète",
    otherLanguage: "La politique n'existe pas en français ; ce passage est cité dans sa version en {{language}}.",
    declinedTitle: "Je n'ai pas trouvé de réponse dans la politique de confidentialité",
    declinedBody: "La politique ne semble pas répondre à cette question. Voici les sections les plus proches :",
    declinedNoSuggestions: "La politique ne semble pas répondre à cette question.",
    assistance: "Contacter l'assistance",
    overviewTitle: "Politique de confidentialité",
    overviewBody: "Posez-moi une question sur la politique, par exemple « combien de temps conservez-vous mes données ? ». Ses sections :",
  },
  courses: {
    resultsTitle: "Formations pour « {{query}} »",
    featuredTitle: "Formations à la une",
    open: "Ouvrir",
    duration: "{{minutes}} min",
    noMatchTitle: "Aucune formation ne correspond à « {{query}} »",
    noMatchBody: "Essayez un sujet plus large ou un autre mot, par exemple « leadership », « sécurité » ou « RGPD », ou tapez **formations** pour voir les formations à la une.",
    emptyCatalog: "Le catalogue de votre organisation ne contient pas encore de formation. Demandez au responsable de votre plateforme.",
    more: "{{count}} autres sur la plateforme de formation.",
  },
  language: { en: "anglais", fr: "français" },
  notices: {
    notEnabled: "Cette application n'est pas activée pour votre organisation. Veuillez contacter votre administrateur Teams.",
    unknownTenant: "Désolé, je ne peux pas déterminer à quelle organisation appartient cette conversation ; je ne peux donc pas répondre ici.",
    fallback: "Désolé, je peux seulement vous aider sur les formations et la politique de confidentialité. Tapez **aide** pour voir ce que je sais faire.",
    unknownAction: "Ce bouton ne fonctionne plus. Tapez **aide** pour recommencer.",
    error: "Désolé, un problème est survenu de mon côté. Veuillez réessayer dans un instant.",
    emptyMessage: "Je n'ai pas reçu de question. Tapez **aide** pour voir ce que je sais faire.",
  },
};
