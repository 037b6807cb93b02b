/**
 * Source-list matching per CSP Level 3 §6.7.2, predicting Chromium where it departs from the
 * text (each departure verified in Chromium 156 by test/diagnostics/differential.test.ts):
 * - scheme upgrade (`http:` → `https:`) only with default ports: `http://h:80` allows
 *   `https://h` (443), `http://h:8000` does not allow `https://h:8000` (nor does `'self'` of
 *   `http://h:8000` for frames and form posts; it does for scripts and fetches, as the spec says);
 * - a query or fragment in a host source's path is ignored (the spec makes the source invalid).
 * Pure; works in Node.
 */
import { decodeUrlPath } from './csp-path.js';

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ws: 80, wss: 443, ftp: 21 };

const SCHEME_SOURCE = /^([a-zA-Z][a-zA-Z0-9+.-]*):$/;
const HOST_SOURCE = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.?)(?::(\*|[0-9]+))?(\/[^?#]*)?([?#].*)?$/;
/** base64-value (CSP3 §2.3.1): base64 or base64url characters, `=` only as up to two trailing pads. */
const BASE64_VALUE = '[A-Za-z0-9+/_-]+={0,2}';
const NONCE_SOURCE = new RegExp(`^'nonce-(${BASE64_VALUE})'$`, 'i');
const HASH_SOURCE = new RegExp(`^'(sha256|sha384|sha512)-(${BASE64_VALUE})'$`, 'i');

export interface ParsedHostSource {
  kind: 'host';
  scheme: string | null;
  /** Lower-cased and literal: a trailing dot is kept (`b.test.` is not `b.test`). */
  host: string;
  /** `'*'`, a decimal port number, or null when absent. */
  port: number | '*' | null;
  path: string | null;
  /** The source carried a query or fragment after its path; Chromium ignores it. */
  ignoredSuffix: boolean;
}

export type ParsedSource =
  | { kind: 'keyword'; value: string }
  | { kind: 'nonce'; value: string }
  | { kind: 'hash'; value: string }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'star' }
  | ParsedHostSource
  | { kind: 'invalid' };

/**
 * A place where Chromium and the CSP3 text give different verdicts; the evaluator predicts
 * Chromium and names the departure so a message can say other browsers may differ.
 */
export type ChromiumDeparture = 'upgrade-keeps-port' | 'upgrade-80-to-443' | 'source-query-ignored' | 'meta-comma-split';

/** Classifies one source expression; invalid ones are ignored by browsers, and by us. */
export function parseSourceExpression(expression: string): ParsedSource {
  if (expression === '*') return { kind: 'star' };
  const nonce = NONCE_SOURCE.exec(expression);
  if (nonce) return { kind: 'nonce', value: nonce[1]! };
  const hash = HASH_SOURCE.exec(expression);
  if (hash) return { kind: 'hash', value: `${hash[1]!.toLowerCase()}-${hash[2]!}` };
  if (/^'[a-zA-Z-]+'$/.test(expression)) {
    const lower = expression.toLowerCase();
    // A malformed nonce or hash is no keyword either.
    return lower.startsWith("'nonce-") || /^'sha(256|384|512)-/.test(lower) ? { kind: 'invalid' } : { kind: 'keyword', value: lower };
  }
  const scheme = SCHEME_SOURCE.exec(expression);
  if (scheme) return { kind: 'scheme', scheme: scheme[1]!.toLowerCase() };
  const host = HOST_SOURCE.exec(expression);
  if (host) {
    const port = host[3] === undefined ? null : host[3] === '*' ? '*' : Number.parseInt(host[3], 10);
    return {
      kind: 'host',
      scheme: host[1]?.toLowerCase() ?? null,
      host: host[2]!.toLowerCase(),
      port,
      path: host[4] ?? null,
      ignoredSuffix: host[5] !== undefined,
    };
  }
  return { kind: 'invalid' };
}

type PartMatch = 'exact' | 'upgrade' | 'none';

/** Same scheme, or its secure upgrade (`http:` → `https:`, `ws:` → `wss:`). Chromium has no `ws:` → `http(s):`. */
function schemePart(expressionScheme: string, urlScheme: string): PartMatch {
  if (expressionScheme === urlScheme) return 'exact';
  return (expressionScheme === 'http' && urlScheme === 'https') || (expressionScheme === 'ws' && urlScheme === 'wss') ? 'upgrade' : 'none';
}

function hostPartMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return pattern === host;
}

function urlPort(url: URL): number | null {
  return url.port ? Number(url.port) : DEFAULT_PORTS[url.protocol.slice(0, -1)] ?? null;
}

/** Port part: `'*'` and an absent port (for the URL's default port) are wildcards; 80 → 443 is an upgrade. */
function portPart(port: ParsedHostSource['port'], url: URL): PartMatch | 'wildcard' {
  if (port === '*') return 'wildcard';
  const actual = urlPort(url);
  if (port === null) return url.port === '' ? 'wildcard' : 'none';
  if (port === actual) return 'exact';
  return port === 80 && actual === 443 ? 'upgrade' : 'none';
}

function pathPartMatches(pathPart: string | null, url: URL): boolean {
  if (!pathPart || pathPart === '/') return true;
  // Both sides decoded as Chromium decodes them: never throws on a stray `%`.
  const expected = decodeUrlPath(pathPart);
  const actual = decodeUrlPath(url.pathname);
  return expected.endsWith('/') ? actual.startsWith(expected) : actual === expected;
}

function isNetworkScheme(scheme: string): boolean {
  return ['http', 'https', 'ws', 'wss'].includes(scheme);
}

export interface ExpressionMatch {
  matches: boolean;
  /** Set when the CSP3 text gives the opposite answer for this expression. */
  departure?: ChromiumDeparture;
}

/** How the request is checked: navigations (frames, form posts) are checked by Chromium's browser process. */
export interface MatchContext {
  navigation?: boolean;
}

/** Chromium's combination of scheme and port results (see the module comment). */
function upgradeAllowed(scheme: PartMatch, port: PartMatch | 'wildcard', url: URL, context: MatchContext): ExpressionMatch {
  // An upgraded scheme keeps only the URL scheme's default port: `http://h:8000` is not
  // `https://h:8000`; for navigations not even an explicit `http://h:443` is `https://h`.
  if (scheme === 'upgrade' && port === 'exact' && (url.port !== '' || context.navigation)) return { matches: false, departure: 'upgrade-keeps-port' };
  // A port upgrade (80 → 443) only comes with a scheme upgrade: `https://h:80` is not `https://h`.
  if (scheme === 'exact' && port === 'upgrade') return { matches: false };
  return port === 'upgrade' ? { matches: true, departure: 'upgrade-80-to-443' } : { matches: true };
}

function matchHostSource(parsed: ParsedHostSource, url: URL, self: URL, context: MatchContext): ExpressionMatch {
  const scheme = schemePart(parsed.scheme ?? self.protocol.slice(0, -1), url.protocol.slice(0, -1));
  if (scheme === 'none') return { matches: false };
  if (!url.hostname || !hostPartMatches(parsed.host, url.hostname.toLowerCase())) return { matches: false };
  const port = portPart(parsed.port, url);
  if (port === 'none' || !pathPartMatches(parsed.path, url)) return { matches: false };
  const result = upgradeAllowed(scheme, port, url, context);
  return result.matches && parsed.ignoredSuffix && !result.departure ? { matches: true, departure: 'source-query-ignored' } : result;
}

/** CSP3 §6.7.2.8 for one expression, as Chromium applies it, `self` being the protected document's URL. */
export function matchExpression(expression: string, url: URL, self: URL, context: MatchContext = {}): ExpressionMatch {
  const parsed = parseSourceExpression(expression);
  const urlScheme = url.protocol.slice(0, -1);
  switch (parsed.kind) {
    case 'star':
      return { matches: isNetworkScheme(urlScheme) || urlScheme === self.protocol.slice(0, -1) };
    case 'scheme':
      return { matches: schemePart(parsed.scheme, urlScheme) !== 'none' };
    case 'host':
      return matchHostSource(parsed, url, self, context);
    case 'keyword':
      return parsed.value === "'self'" ? matchSelfKeyword(url, self, context) : { matches: false };
    default:
      return { matches: false };
  }
}

/** Does `url` match `expression`? (See `matchExpression` for the departures from the spec.) */
export function urlMatchesExpression(expression: string, url: URL, self: URL, context: MatchContext = {}): boolean {
  return matchExpression(expression, url, self, context).matches;
}

/**
 * `'self'` (CSP3 §6.7.2.8): the page's host, on the same or default ports, with the same scheme
 * or a secure upgrade (`ws:`/`wss:` count as `http:`/`https:`). Never a `blob:`, `data:` or
 * `filesystem:` URL, even one minted by the page (WPT blob-urls-do-not-match-self).
 */
export function matchesSelf(url: URL, self: URL): boolean {
  return matchSelfKeyword(url, self, {}).matches;
}

function matchSelfKeyword(url: URL, self: URL, context: MatchContext): ExpressionMatch {
  const scheme = url.protocol.slice(0, -1);
  const selfScheme = self.protocol.slice(0, -1);
  if (!isNetworkScheme(scheme) || !isNetworkScheme(selfScheme) || url.hostname !== self.hostname) return { matches: false };
  const asHttp = scheme === 'ws' ? 'http' : scheme === 'wss' ? 'https' : scheme;
  const schemeMatch = schemePart(selfScheme, asHttp);
  const bothDefault = url.port === '' && self.port === '';
  if (schemeMatch === 'none' || (url.port !== self.port && !bothDefault)) return { matches: false };
  // Chromium's browser process (frames, form posts) keeps its rule for host sources: an upgraded
  // scheme only on default ports. Scripts and fetches follow the spec (verified in Chromium 156).
  if (context.navigation && schemeMatch === 'upgrade' && url.port !== '') return { matches: false, departure: 'upgrade-keeps-port' };
  return { matches: true };
}

/** Matching of a whole source list, with the departures that decided it. */
export function matchSourceList(list: readonly string[], url: URL, self: URL, context: MatchContext = {}): { matches: boolean; departures: ChromiumDeparture[] } {
  const results = list.map((expression) => matchExpression(expression, url, self, context));
  const matches = results.some((r) => r.matches);
  // Only departures on the deciding side count: a match decided by a departure, or a miss
  // where the spec's answer would have been a match.
  const departures = results.filter((r) => r.departure && r.matches === matches).map((r) => r.departure!);
  if (matches && results.some((r) => r.matches && !r.departure)) return { matches, departures: [] };
  return { matches, departures: [...new Set(departures)] };
}

/** Does `url` match any expression of the source list? (`'none'` and an empty list match nothing.) */
export function urlMatchesSourceList(list: readonly string[], url: URL, self: URL, context: MatchContext = {}): boolean {
  return matchSourceList(list, url, self, context).matches;
}

/** Is `expression` a keyword such as `'strict-dynamic'` present in `list` (case-insensitive)? */
export function hasKeyword(list: readonly string[], keyword: string): boolean {
  return list.some((expression) => expression.toLowerCase() === keyword);
}

/** The nonces listed in a source list (valid base64-value grammar only). */
export function noncesOf(list: readonly string[]): string[] {
  return list.flatMap((expression) => {
    const parsed = parseSourceExpression(expression);
    return parsed.kind === 'nonce' ? [parsed.value] : [];
  });
}

/** The hashes listed in a source list, as `algorithm-value` with the algorithm lower-cased. */
export function hashesOf(list: readonly string[]): string[] {
  return list.flatMap((expression) => {
    const parsed = parseSourceExpression(expression);
    return parsed.kind === 'hash' ? [parsed.value] : [];
  });
}
