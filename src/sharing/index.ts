/**
 * Sharing room: the pure logic behind the search message extension, link unfurling and the
 * Universal Actions of course and privacy cards. Plain data in and out; nothing here knows Teams.
 */
export { extensionSearch, pageOf, DEFAULT_RESULTS, MAX_QUERY_LENGTH, MAX_RESULTS, type ExtensionSearchPage, type ExtensionSearchRequest } from "./extension-search";
export { courseForLink, MAX_LINK_LENGTH } from "./link-course";
export { feedbackData, similarCoursesData, MAX_ID_LENGTH, type FeedbackData, type Parsed, type SimilarCoursesData } from "./action-data";
export { knownSection, type SectionSource } from "./known-section";
