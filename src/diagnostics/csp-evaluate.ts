/**
 * Would the page's policies allow a request? CSP Level 3 §6 pre-request checks, for the
 * request types a payment flow makes: an SDK script, a checkout frame, an API call, a form post.
 */
import { parseUrl } from '../core/url.js';
import type { CspPolicy } from './csp-parse.js';
import { hasKeyword, hashesOf, noncesOf, urlMatchesSourceList } from './csp-match.js';

export type RequestType = 'script' | 'frame' | 'connect' | 'form';

export interface CspRequest {
  type: RequestType;
  url: string;
  /** The `nonce` attribute of the script element, if any. */
  nonce?: string;
  /** SRI hashes of the script element's `integrity` attribute (`sha384-…`). */
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
    const hashes = hashesOf(sources);
    if (request.integrity?.length && hashes.length && request.integrity.every((h) => hashes.includes(h))) {
      return { allowed: true, directive: name, reason: 'hash' };
    }
    if (hasKeyword(sources, "'strict-dynamic'")) {
      return request.parserInserted
        ? { allowed: false, directive: name, reason: 'strict-dynamic-parser-inserted', ignoredBecauseStrictDynamic: true }
        : { allowed: true, directive: name, reason: 'strict-dynamic' };
    }
  }
  const allowed = urlMatchesSourceList(sources, url, self);
  return { allowed, directive: name, reason: allowed ? 'match' : 'no-match' };
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
}

/** Every enforced policy must allow; report-only policies only report. */
export function evaluateRequest(policies: readonly CspPolicy[], request: CspRequest, self: URL): RequestVerdict {
  const blockedBy: RequestVerdict['blockedBy'] = [];
  const reportedBy: RequestVerdict['reportedBy'] = [];
  for (const policy of policies) {
    const verdict = evaluatePolicy(policy, request, self);
    if (verdict.allowed) continue;
    const entry = { policy, directive: verdict.directive ?? '', reason: verdict.reason };
    (policy.disposition === 'enforce' ? blockedBy : reportedBy).push(entry);
  }
  return { allowed: blockedBy.length === 0, reportOnlyViolation: reportedBy.length > 0, blockedBy, reportedBy };
}
