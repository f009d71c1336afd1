/** Reads a fetch response once: status, headers, raw text and the parsed JSON body (undefined when not JSON). */
export interface ReadResponse {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export async function readResponse(res: Response): Promise<ReadResponse> {
  const text = await res.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, body, text };
}
