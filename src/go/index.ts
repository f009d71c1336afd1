/** The counting redirect `/go/:tenantId/:courseId` for the Open buttons of course cards. */
export { goLinks, goUrl, GO_ROUTE } from "./go-link";
export { registerGoRoute, redirectTarget, type GoRouteDeps } from "./go-route";
