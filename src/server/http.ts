/** Small fetch-standard response helpers shared by the server routes. */

const NO_STORE = { 'cache-control': 'no-store' };

/** A JSON response that no cache keeps (payment states change). */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers } });
}

/** The one error shape every route answers: `{ error: { code, message } }`. */
export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error: { code, message } }, status, headers);
}

/** 303 See Other: the browser follows with a GET, whatever the method that led here. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, ...NO_STORE } });
}

/** 405 with the `Allow` header the method needs. */
export function methodNotAllowed(allowed: string): Response {
  return errorResponse(405, 'method_not_allowed', `Use ${allowed}.`, { allow: allowed });
}

/** The request body as JSON, at most `limit` bytes; a reason string when it is not that. */
export async function readJsonBody(request: Request, limit: number): Promise<{ ok: true; value: unknown } | { ok: false; status: number; code: string; message: string }> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return { ok: false, status: 415, code: 'unsupported_media_type', message: 'Send the body as application/json.' };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return { ok: false, status: 413, code: 'payload_too_large', message: `The body exceeds ${limit} bytes.` };
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, status: 400, code: 'invalid_request', message: 'The body could not be read.' };
  }
  if (new TextEncoder().encode(text).length > limit) return { ok: false, status: 413, code: 'payload_too_large', message: `The body exceeds ${limit} bytes.` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, code: 'invalid_json', message: 'The body is not valid JSON.' };
  }
}
