/**
 * Reading a page's policies: its response headers (a same-origin fetch of the document in the
 * browser, a plain fetch in Node) and its `<meta http-equiv>` policies. No DOM globals here.
 */
import { parseUrl } from '../core/url.js';
import { metaPoliciesFromHtml, parseCspHeader, parseMetaPolicies, type CspPolicy } from './csp-parse.js';

export interface PagePolicies {
  url: string;
  /** False when the response headers could not be read: every header-based verdict is then unknown. */
  headersReadable: boolean;
  /** Header and meta policies, enforced and report-only. */
  csp: CspPolicy[];
  coop: string | null;
  coopReportOnly: string | null;
  coep: string | null;
  /**
   * The headers were unreadable but the enforced CSP header policies were recovered (from
   * `securitypolicyviolation` reports): CSP verdicts stand, COOP stays unknown.
   */
  cspRecovered?: boolean;
  /** The browser's own `crossOriginIsolated`, when known. */
  crossOriginIsolated?: boolean;
  error?: string;
}

interface HeaderSource {
  get(name: string): string | null;
}

/** Policies from response headers (`Headers.get` joins repeated headers with ", ") and meta contents. */
export function policiesFromHeaders(url: string, headers: HeaderSource | null, metaContents: readonly string[]): PagePolicies {
  const csp: CspPolicy[] = [];
  if (headers) {
    csp.push(...parseCspHeader(headers.get('content-security-policy') ?? '', 'enforce'));
    csp.push(...parseCspHeader(headers.get('content-security-policy-report-only') ?? '', 'report'));
  }
  // Chromium splits a <meta> policy on commas into several policies (the evaluator predicts Chromium).
  for (const content of metaContents) csp.push(...parseMetaPolicies(content));
  return {
    url,
    headersReadable: headers !== null,
    csp,
    coop: headers?.get('cross-origin-opener-policy') ?? null,
    coopReportOnly: headers?.get('cross-origin-opener-policy-report-only') ?? null,
    coep: headers?.get('cross-origin-embedder-policy') ?? null,
  };
}

export interface ReadPoliciesOptions {
  url: string;
  fetchImpl?: typeof fetch;
  /** Meta policy contents already known (the browser reads them from the DOM). */
  metaContents?: readonly string[];
  /** Parse meta policies from the fetched HTML (the command-line doctor); GET only. */
  metaFromBody?: boolean;
  /** `HEAD` reads the headers without the body and without repeating a GET's effects (default GET). */
  method?: 'GET' | 'HEAD';
  /** Give up after this long (default 10 s): an answer that never comes is "unreadable", not a hang. */
  timeoutMs?: number;
}

/** Only a page's head holds its meta policies: at most this much of a body is read (a huge or endless body is cut). */
export const MAX_BODY_BYTES = 1_048_576;

interface Deadline {
  signal: AbortSignal | undefined;
  /** Rejects once the time is up (after aborting the request, so an endless body stops too). */
  expired: Promise<never>;
  clear(): void;
}

/** One deadline for a whole read, headers and body: the request is aborted when it passes. */
function deadline(timeoutMs: number): Deadline {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`no answer within ${timeoutMs} ms`);
      reject(error); // first, so a race settles with this reason, not the abort's
      controller?.abort(error);
    }, timeoutMs);
  });
  expired.catch(() => undefined); // raced, never left unhandled
  return { signal: controller?.signal, expired, clear: () => clearTimeout(timer) };
}

/** The first `limit` bytes of a body as text; the rest is cancelled, never downloaded. */
async function readHead(response: Response, limit: number): Promise<string> {
  if (!response.body) return (await response.text()).slice(0, limit);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(Math.min(total, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
    if (offset >= bytes.length) break;
  }
  return new TextDecoder().decode(bytes);
}

/** An error's message with its cause (Node's fetch says only "fetch failed"; the cause says why). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error && cause.message && !error.message.includes(cause.message) ? `${error.message}: ${cause.message}` : error.message;
}

/**
 * A CORS response in a browser (a document on another origin): only CORS-exposed headers are
 * visible. Node's fetch (the command-line doctor) has no origin and sees every header.
 */
function isCrossOriginBrowserResponse(response: Response, url: string): boolean {
  const here = typeof location !== 'undefined' ? location.origin : undefined;
  if (!here) return false;
  if (response.type === 'cors') return true;
  if (response.type === 'basic') return false;
  const responseUrl = parseUrl(response.url || url, location.href);
  return responseUrl !== null && responseUrl.origin !== here;
}

/** Fetches `url` and reads its policies; a failed or opaque fetch gives `headersReadable: false`. */
export async function readPolicies(options: ReadPoliciesOptions): Promise<PagePolicies> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch?.bind(globalThis);
  const meta = [...(options.metaContents ?? [])];
  if (!fetchImpl) return { ...policiesFromHeaders(options.url, null, meta), error: 'fetch is not available' };
  const method = options.method ?? 'GET';
  const limit = deadline(options.timeoutMs ?? 10_000);
  try {
    const init: RequestInit = { method, credentials: 'same-origin', cache: 'no-store', redirect: 'follow', signal: limit.signal };
    const response = await Promise.race([fetchImpl(options.url, init), limit.expired]);
    const readMeta = options.metaFromBody === true && method === 'GET';
    // An unread body is cancelled: nothing keeps downloading (or keeps the doctor's process alive).
    if (!readMeta) response.body?.cancel().catch(() => undefined);
    if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.type === 'error') {
      return { ...policiesFromHeaders(options.url, null, meta), error: `response type ${response.type}` };
    }
    if (method === 'HEAD' && !response.ok) {
      // A HEAD the server refuses (405, 501) may come from another handler than the page's.
      return { ...policiesFromHeaders(options.url, null, meta), error: `HEAD answered ${response.status}` };
    }
    if (readMeta) meta.push(...metaPoliciesFromHtml(await Promise.race([readHead(response, MAX_BODY_BYTES), limit.expired])));
    if (isCrossOriginBrowserResponse(response, options.url)) {
      // CORS hides every response header not listed in Access-Control-Expose-Headers, and that
      // list is itself hidden: an absent policy and an unexposed one look the same. Policies
      // that were exposed still count (they block), but nothing can be said to pass.
      return { ...policiesFromHeaders(options.url, response.headers, meta), headersReadable: false, error: 'cross-origin response: its policy headers may not be exposed' };
    }
    return policiesFromHeaders(options.url, response.headers, meta);
  } catch (error) {
    return { ...policiesFromHeaders(options.url, null, meta), error: describeError(error) };
  } finally {
    limit.clear();
  }
}
