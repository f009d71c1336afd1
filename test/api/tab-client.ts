/** GET helper for the tab API tests: status, headers and parsed JSON body. */
import { readResponse, type ReadResponse } from "../helpers/http";

export type TabResponse = ReadResponse;

export async function tabGet(base: string, path: string, headers: Record<string, string> = {}): Promise<TabResponse> {
  return readResponse(await fetch(`${base}${path}`, { headers }));
}
