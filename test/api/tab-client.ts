/** GET helper for the tab API tests: status, headers and parsed JSON body. */
export interface TabResponse {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export async function tabGet(base: string, path: string, headers: Record<string, string> = {}): Promise<TabResponse> {
  const res = await fetch(`${base}${path}`, { headers });
  const text = await res.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, body, text };
}
