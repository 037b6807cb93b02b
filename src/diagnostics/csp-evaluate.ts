/**
 * Would the page's policies allow a request? CSP Level 3 §6 pre-request checks, for the
 * request types a payment flow makes: an SDK script, a checkout frame, an API call, a form post.
 * Where Chromium departs from the spec the verdict is Chromium's, and names the departure.
 */
import { parseUrl } from '../core/url.js';
import type { CspPolicy } from './csp-parse.js';
import { hasKeyword, hashesOf, matchSourceList, noncesOf, type ChromiumDeparture } from './csp-match.js';

export type RequestType = 'script' | 'frame' | 'connect' | 'form';

export interface CspRequest {
  type: RequestType;
  url: string;
  /** The `nonce` attribute of the script element, if any. */
  nonce?: string;
  /** SRI hashes of the script element's `integrity` attribute (`sha384-…`, base64 or base64url). */
  integrity?: string[];
  /** A `<script>` written in the HTML (or by document.write) rather than created by script. */
  parserInserted?: boolean;
}

/** The directive a request is checked against, then its fallbacks, most specific first. */
export const DIRECTIVE_FALLBACKS: Record<RequestType, readonly string[]> = {
  script: ['script-src-elem', 'script-src', 'default-src'],
  frame: ['frame-src', 'child-src', 'default-src'],
  connect: ['connect-src', 'default-src'],
  form: ['form-action'],
};

/** The effective directive of a request type (what `securitypolicyviolation.effectiveDirective` names). */
export const EFFECTIVE_DIRECTIVE: Record<RequestType, string> = {
  script: 'script-src-elem',
  frame: 'frame-src',
  connect: 'connect-src',
  form: 'form-action',
};

export interface PolicyVerdict {
  allowed: boolean;
  /** The directive whose source list decided, or null when none applies (allowed). */
  directive: string | null;
  /** Why: 'no-directive' | 'nonce' | 'hash' | 'strict-dynamic' | 'strict-dynamic-parser-inserted' | 'match' | 'no-match'. */
  reason: string;
  /** Host sources in the list that strict-dynamic makes the browser ignore. */
  ignoredBecauseStrictDynamic?: boolean;
  /** Chromium rules, unlike the CSP3 text, that decided this verdict (other browsers may differ). */
  chromiumDepartures?: ChromiumDeparture[];
}

const SRI_ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);

/** `algorithm-value` with base64url spelled as base64 and padding dropped, for comparison. */
function normalizeHash(algorithm: string, value: string): string {
  return `${algorithm}-${value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')}`;
}

/**
 * The hashes of an `integrity` attribute that Chromium's SRI parser accepts: lower-case
 * algorithm names only (`SHA384-…` is ignored), options after `?` dropped.
 */
function integrityHashes(integrity: readonly string[]): string[] {
  return integrity.flatMap((token) => {
    const match = /^(sha256|sha384|sha512)-([A-Za-z0-9+/_-]+={0,2})(\?.*)?$/.exec(token);
    return match && SRI_ALGORITHMS.has(match[1]!) ? [normalizeHash(match[1]!, match[2]!)] : [];
  });
}

/**
 * CSP3 §6.7.1.2: a script whose integrity metadata lists only hashes that the source list also
 * lists bypasses the URL check. Algorithm names in the policy are case-insensitive, base64url
 * spellings count (Chromium accepts both).
 */
function integrityAllowed(sources: readonly string[], integrity: readonly string[] | undefined): boolean {
  const wanted = integrityHashes(integrity ?? []);
  if (!wanted.length) return false;
  const listed = new Set(hashesOf(sources).map((hash) => {
    const dash = hash.indexOf('-');
    return normalizeHash(hash.slice(0, dash), hash.slice(dash + 1));
  }));
  return wanted.every((hash) => listed.has(hash));
}

/** The directive that governs `type` in `policy`, walking the fallback list. */
export function governingDirective(policy: CspPolicy, type: RequestType): { name: string; sources: string[] } | null {
  for (const name of DIRECTIVE_FALLBACKS[type]) {
    const sources = policy.directives.get(name);
    if (sources) return { name, sources };
  }
  return null;
}

/** One policy's verdict on one request. */
export function evaluatePolicy(policy: CspPolicy, request: CspRequest, self: URL): PolicyVerdict {
  const governing = governingDirective(policy, request.type);
  if (!governing) return { allowed: true, directive: null, reason: 'no-directive' };
  const { name, sources } = governing;
  const url = parseUrl(request.url, self);
  if (!url) return { allowed: false, directive: name, reason: 'no-match' };
  if (request.type === 'script') {
    if (request.nonce && noncesOf(sources).includes(request.nonce)) return { allowed: true, directive: name, reason: 'nonce' };
    if (integrityAllowed(sources, request.integrity)) return { allowed: true, directive: name, reason: 'hash' };
    if (hasKeyword(sources, "'strict-dynamic'")) {
      return request.parserInserted
        ? { allowed: false, directive: name, reason: 'strict-dynamic-parser-inserted', ignoredBecauseStrictDynamic: true }
        : { allowed: true, directive: name, reason: 'strict-dynamic' };
    }
  }
  const navigation = request.type === 'frame' || request.type === 'form';
  const { matches: allowed, departures } = matchSourceList(sources, url, self, { navigation });
  const chromiumDepartures = policy.splitFromMetaComma ? [...departures, 'meta-comma-split' as const] : departures;
  return {
    allowed,
    directive: name,
    reason: allowed ? 'match' : 'no-match',
    ...(chromiumDepartures.length ? { chromiumDepartures } : {}),
  };
}

export interface RequestVerdict {
  /** False when any enforced policy blocks. */
  allowed: boolean;
  /** True when a report-only policy would block (a warning, the request still goes). */
  reportOnlyViolation: boolean;
  /** The enforced policies that block, with the directive that decided. */
  blockedBy: { policy: CspPolicy; directive: string; reason: string }[];
  /** The report-only policies that would block. */
  reportedBy: { policy: CspPolicy; directive: string; reason: string }[];
  /**
   * Chromium rules, unlike the CSP3 text, behind this verdict: the prediction is Chromium's
   * and other browsers may decide the other way (see csp-notes.messages.ts for the wording).
   */
  chromiumDepartures: ChromiumDeparture[];
}

/** Every enforced policy must allow; report-only policies only report. */
export function evaluateRequest(policies: readonly CspPolicy[], request: CspRequest, self: URL): RequestVerdict {
  const blockedBy: RequestVerdict['blockedBy'] = [];
  const reportedBy: RequestVerdict['reportedBy'] = [];
  const verdicts = policies.map((policy) => ({ policy, verdict: evaluatePolicy(policy, request, self) }));
  for (const { policy, verdict } of verdicts) {
    if (verdict.allowed) continue;
    const entry = { policy, directive: verdict.directive ?? '', reason: verdict.reason };
    (policy.disposition === 'enforce' ? blockedBy : reportedBy).push(entry);
  }
  const allowed = blockedBy.length === 0;
  // The departures that decided: of the blocking policies when blocked, of every policy when allowed.
  const deciding = verdicts.filter(({ policy, verdict }) => policy.disposition === 'enforce' && (allowed || !verdict.allowed));
  const chromiumDepartures = [...new Set(deciding.flatMap(({ verdict }) => verdict.chromiumDepartures ?? []))];
  return { allowed, reportOnlyViolation: reportedBy.length > 0, blockedBy, reportedBy, chromiumDepartures };
}
