import { Hono, type MiddlewareHandler } from 'hono';
import { apiError } from './errors.js';
import type { Lifecycle } from './lifecycle.js';

/**
 * Fault switches, so tests (and the demo) can reproduce a provider misbehaving:
 * - per request, by query: `__fault=404|500|stall|mime|malformed`, optionally only for the first
 *   `__fault_times=N` requests carrying `__fault_key=K`; `__coop=` / `__csp=` set those headers;
 * - per route, by `POST /__sandbox/routes { path, fault?, times?, headers? }` for URLs the library
 *   builds itself (cleared by `DELETE /__sandbox/routes`).
 * Query switches live in the request itself, so tests running in parallel never share state.
 */
export const FAULT_KINDS = ['404', '500', 'stall', 'mime', 'malformed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What a route sees: `malformed` is set when it should answer with a broken payload of its own kind. */
export type SandboxEnv = { Variables: { malformed: boolean; malformedHandled: boolean } };

export interface RouteConfig {
  path: string;
  fault?: FaultKind;
  /** Only the first `times` requests fail; then the route answers normally. */
  times?: number;
  headers?: Record<string, string>;
}

const isFaultKind = (value: unknown): value is FaultKind => FAULT_KINDS.includes(value as FaultKind);
/** A header value we can set: visible ASCII and spaces only (no CR/LF smuggling). */
const isHeaderValue = (value: unknown): value is string => typeof value === 'string' && /^[\x20-\x7e]*$/.test(value);

export function parseRouteConfig(body: unknown): RouteConfig | string {
  if (typeof body !== 'object' || body === null) return 'body must be a JSON object';
  const { path, fault, times, headers } = body as Record<string, unknown>;
  if (typeof path !== 'string' || !path.startsWith('/')) return 'path must be a pathname starting with "/"';
  if (fault !== undefined && !isFaultKind(fault)) return `fault must be one of ${FAULT_KINDS.join(', ')}`;
  if (times !== undefined && !(Number.isInteger(times) && (times as number) > 0)) return 'times must be a positive integer';
  if (headers !== undefined) {
    if (typeof headers !== 'object' || headers === null) return 'headers must be an object of strings';
    for (const [name, value] of Object.entries(headers)) {
      if (!/^[A-Za-z0-9-]+$/.test(name) || !isHeaderValue(value)) return `invalid header ${name}`;
    }
  }
  return { path, fault, times: times as number | undefined, headers: headers as Record<string, string> | undefined };
}

export function createFaults(lifecycle: Lifecycle) {
  const routes = new Map<string, RouteConfig & { failuresLeft: number }>();
  const requestsPerKey = new Map<string, number>();

  /** The fault this request should suffer, counting it against `__fault_times` / `times`. */
  function activeFault(pathname: string, query: Record<string, string>): FaultKind | null {
    if (query.__fault !== undefined) {
      if (!isFaultKind(query.__fault)) return null;
      const times = Number(query.__fault_times);
      if (!query.__fault_times || !Number.isInteger(times)) return query.__fault;
      const key = query.__fault_key ?? `${pathname}|${query.__fault}`;
      const seen = (requestsPerKey.get(key) ?? 0) + 1;
      requestsPerKey.set(key, seen);
      return seen <= times ? query.__fault : null;
    }
    const route = routes.get(pathname);
    if (!route?.fault) return null;
    if (route.times === undefined) return route.fault;
    if (route.failuresLeft <= 0) return null;
    route.failuresLeft -= 1;
    return route.fault;
  }

  const middleware: MiddlewareHandler<SandboxEnv> = async (c, next) => {
    const { pathname } = new URL(c.req.url);
    // Preflights stay healthy (a failing preflight would hide the real status from the page)
    // and don't count against `__fault_times`.
    if (c.req.method === 'OPTIONS' || pathname.startsWith('/__sandbox/')) return next();
    const query = c.req.query();
    const headers: Record<string, string> = { ...routes.get(pathname)?.headers };
    for (const [param, header] of [['__coop', 'Cross-Origin-Opener-Policy'], ['__csp', 'Content-Security-Policy']] as const) {
      if (query[param] === undefined) continue;
      if (!isHeaderValue(query[param])) return apiError(c, 400, 'INVALID_REQUEST', `${param} is not a valid header value`);
      headers[header] = query[param];
    }
    c.set('malformed', false);
    c.set('malformedHandled', false);

    const fault = activeFault(pathname, query);
    if (fault === '404') c.res = apiError(c, 404, 'NOT_FOUND', 'Sandbox fault: not found');
    else if (fault === '500') c.res = apiError(c, 500, 'INTERNAL_ERROR', 'Sandbox fault: internal error');
    else if (fault === 'stall') {
      await lifecycle.hold(c.req.raw.signal);
      c.res = c.body(null, 504);
    } else {
      if (fault === 'malformed') c.set('malformed', true);
      await next();
      if (fault === 'mime') c.res = withContentType(c.res, 'text/plain; charset=utf-8');
      if (fault === 'malformed' && !c.get('malformedHandled')) c.res = await truncated(c.res);
    }
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };

  const admin = new Hono<SandboxEnv>();
  admin.post('/__sandbox/routes', async (c) => {
    const config = parseRouteConfig(await c.req.json().catch(() => null));
    if (typeof config === 'string') return apiError(c, 400, 'INVALID_REQUEST', config);
    routes.set(config.path, { ...config, failuresLeft: config.times ?? 0 });
    return c.json({ routes: [...routes.values()].map(({ failuresLeft: _, ...route }) => route) }, 201);
  });
  admin.delete('/__sandbox/routes', (c) => {
    routes.clear();
    return c.body(null, 204);
  });

  return { middleware, admin };
}

function withContentType(response: Response, contentType: string): Response {
  const headers = new Headers(response.headers);
  headers.set('Content-Type', contentType);
  return new Response(response.body, { status: response.status, headers });
}

/** The generic broken payload: the first half of the real body (invalid JSON, a cut-off module…). */
async function truncated(response: Response): Promise<Response> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  return new Response(text.slice(0, Math.floor(text.length / 2)), { status: response.status, headers });
}

/**
 * Where a hosted page's form posts: `path` with identifying parameters (so every page of a flow
 * has a URL naming its order or payment) and the switches the page passes on, so the page the
 * shopper lands on next keeps the same COOP/CSP and a malformed page keeps answering malformed.
 */
export function formAction(path: string, identity: Record<string, string>, query: Record<string, string>, malformed: boolean): string {
  const params = new URLSearchParams(identity);
  if (query.__coop !== undefined) params.set('__coop', query.__coop);
  if (query.__csp !== undefined) params.set('__csp', query.__csp);
  if (malformed) params.set('__fault', 'malformed');
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
