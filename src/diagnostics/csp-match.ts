/**
 * Source-list matching per CSP Level 3 §6.7.2 ("Does url match expression in origin"),
 * with Chromium's port upgrade (`:80` also allows `https:` on 443). Pure; works in Node.
 */

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21' };

const SCHEME_SOURCE = /^([a-zA-Z][a-zA-Z0-9+.-]*):$/;
const HOST_SOURCE = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.?)(?::(\*|[0-9]+))?(\/[^?#]*)?$/;
const NONCE_SOURCE = /^'nonce-[A-Za-z0-9+/_=-]+'$/i;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/_=-]+'$/i;

export interface ParsedHostSource {
  kind: 'host';
  scheme: string | null;
  host: string;
  port: string | null;
  path: string | null;
}

export type ParsedSource =
  | { kind: 'keyword'; value: string }
  | { kind: 'nonce'; value: string }
  | { kind: 'hash'; value: string }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'star' }
  | ParsedHostSource
  | { kind: 'invalid' };

/** Classifies one source expression; invalid ones are ignored by browsers, and by us. */
export function parseSourceExpression(expression: string): ParsedSource {
  const lower = expression.toLowerCase();
  if (expression === '*') return { kind: 'star' };
  if (/^'[a-z-]+'$/.test(lower) && !NONCE_SOURCE.test(expression) && !HASH_SOURCE.test(expression)) {
    return { kind: 'keyword', value: lower };
  }
  if (NONCE_SOURCE.test(expression)) return { kind: 'nonce', value: expression.slice(7, -1) };
  if (HASH_SOURCE.test(expression)) return { kind: 'hash', value: expression.slice(1, -1) };
  const scheme = SCHEME_SOURCE.exec(expression);
  if (scheme) return { kind: 'scheme', scheme: scheme[1]!.toLowerCase() };
  const host = HOST_SOURCE.exec(expression);
  if (host) {
    return {
      kind: 'host',
      scheme: host[1]?.toLowerCase() ?? null,
      host: host[2]!.toLowerCase().replace(/\.$/, ''),
      port: host[3] ?? null,
      path: host[4] ?? null,
    };
  }
  return { kind: 'invalid' };
}

/**
 * Scheme matching as Chromium does it: the same scheme, or its secure upgrade (`http:` allows
 * `https:`, `ws:` allows `wss:`). CSP3's text also lets `ws:` allow `http(s):`; Chromium does
 * not (the differential table proved it), and we follow the browser.
 */
function schemePartMatches(expressionScheme: string, urlScheme: string): boolean {
  const a = expressionScheme.toLowerCase();
  const b = urlScheme.toLowerCase();
  return a === b || (a === 'http' && b === 'https') || (a === 'ws' && b === 'wss');
}

function hostPartMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return pattern === host;
}

function effectivePort(url: URL): string {
  return url.port || DEFAULT_PORTS[url.protocol] || '';
}

function portPartMatches(portPart: string | null, url: URL): boolean {
  if (portPart === '*') return true;
  const urlPort = effectivePort(url);
  // No port in the expression: only the URL scheme's default port (URL drops it, so port is '').
  if (portPart === null) return !url.port;
  if (portPart === urlPort) return true;
  // Chromium allows an upgrade from :80 to :443 along with http → https.
  return portPart === '80' && urlPort === '443' && (url.protocol === 'https:' || url.protocol === 'wss:');
}

function pathPartMatches(pathPart: string | null, url: URL): boolean {
  if (!pathPart || pathPart === '/') return true;
  let expected: string;
  let actual: string;
  try {
    expected = decodeURIComponent(pathPart);
    actual = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  if (expected.endsWith('/')) return actual.startsWith(expected);
  return actual === expected;
}

function isNetworkScheme(scheme: string): boolean {
  return ['http', 'https', 'ws', 'wss'].includes(scheme);
}

/** CSP3 §6.7.2.8 for one expression, `self` being the protected document's origin. */
export function urlMatchesExpression(expression: string, url: URL, self: URL): boolean {
  const parsed = parseSourceExpression(expression);
  const urlScheme = url.protocol.slice(0, -1);
  const selfScheme = self.protocol.slice(0, -1);
  switch (parsed.kind) {
    case 'star':
      return isNetworkScheme(urlScheme) || urlScheme === selfScheme;
    case 'scheme':
      return schemePartMatches(parsed.scheme, urlScheme);
    case 'host': {
      // No scheme in the expression: the protected document's scheme, or its upgrade.
      if (!schemePartMatches(parsed.scheme ?? selfScheme, urlScheme)) return false;
      if (!url.hostname || !hostPartMatches(parsed.host, url.hostname.toLowerCase())) return false;
      if (!portPartMatches(parsed.port, url)) return false;
      return pathPartMatches(parsed.path, url);
    }
    case 'keyword':
      return parsed.value === "'self'" && matchesSelf(url, self);
    default:
      return false;
  }
}

/** `'self'`: same origin, or the same host upgraded to a secure scheme on default ports. */
export function matchesSelf(url: URL, self: URL): boolean {
  if (url.origin === self.origin && url.origin !== 'null') return true;
  if (url.hostname !== self.hostname) return false;
  const samePort = effectivePort(url) === effectivePort(self);
  const bothDefault = (!url.port || url.port === DEFAULT_PORTS[url.protocol]) && (!self.port || self.port === DEFAULT_PORTS[self.protocol]);
  if (!samePort && !bothDefault) return false;
  return url.protocol === 'https:' || url.protocol === 'wss:' || (self.protocol === 'http:' && (url.protocol === 'http:' || url.protocol === 'ws:'));
}

/** Does `url` match any expression of the source list? (`'none'` and an empty list match nothing.) */
export function urlMatchesSourceList(list: readonly string[], url: URL, self: URL): boolean {
  return list.some((expression) => urlMatchesExpression(expression, url, self));
}

/** Is `expression` a keyword such as `'strict-dynamic'` present in `list` (case-insensitive)? */
export function hasKeyword(list: readonly string[], keyword: string): boolean {
  return list.some((expression) => expression.toLowerCase() === keyword);
}

/** The nonces listed in a source list. */
export function noncesOf(list: readonly string[]): string[] {
  return list.flatMap((expression) => {
    const parsed = parseSourceExpression(expression);
    return parsed.kind === 'nonce' ? [parsed.value] : [];
  });
}

/** The hashes (`sha256-…`) listed in a source list. */
export function hashesOf(list: readonly string[]): string[] {
  return list.flatMap((expression) => {
    const parsed = parseSourceExpression(expression);
    return parsed.kind === 'hash' ? [parsed.value] : [];
  });
}
