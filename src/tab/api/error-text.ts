/** API error → the string key telling the person what to do (status 0: the server was not reached). */
import type { ApiRequestError } from "./api-client";

export function errorKey(error: ApiRequestError): string {
  if (error.status === 403) return "errors.notEnabled";
  if (error.status === 401) return "errors.signIn";
  if (error.status === 404) return "errors.notFound";
  if (error.status === 0 || error.status === 503) return "errors.unavailable";
  return "errors.generic";
}
