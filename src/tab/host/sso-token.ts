/**
 * The Teams SSO token for the tab APIs (`authentication.getAuthToken()`, which caches and renews it).
 * Sent as `Authorization: Bearer`; the server validates it and reads only the tenant (`tid`).
 * Call only after teams-js has initialized.
 */
import { authentication } from "@microsoft/teams-js";

export async function bearerHeader(): Promise<Record<string, string>> {
  const token = await authentication.getAuthToken();
  return { Authorization: `Bearer ${token}` };
}
