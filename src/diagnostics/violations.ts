/**
 * Watches `securitypolicyviolation` from the moment this module loads and attributes each
 * violation to a provider by its effective directive and blocked URL.
 */
import type { ProviderName } from '../core/types.js';
import { parseUrl } from '../core/url.js';
import type { RequestType } from './csp-evaluate.js';
import { urlMatchesSourceList } from './csp-match.js';
import { PROVIDER_NAMES, requirementFor, type HostOverrides } from './requirements.js';

export interface ObservedViolation {
  effectiveDirective: string;
  blockedURI: string;
  disposition: 'enforce' | 'report';
  originalPolicy: string;
}

export interface AttributedViolation extends ObservedViolation {
  /** The provider whose required host the blocked URL is, or null when none. */
  provider: ProviderName | null;
  type: RequestType | null;
}

/** The request type behind an effective directive name. */
export function requestTypeOf(effectiveDirective: string): RequestType | null {
  const name = effectiveDirective.toLowerCase();
  if (name === 'script-src-elem' || name === 'script-src') return 'script';
  if (name === 'frame-src' || name === 'child-src') return 'frame';
  if (name === 'connect-src') return 'connect';
  if (name === 'form-action') return 'form';
  return null;
}

/** A malformed host override must not throw inside an event listener: that provider is skipped. */
function requirementOrNull(name: ProviderName, hosts?: HostOverrides) {
  try {
    return requirementFor(name, hosts);
  } catch {
    return null;
  }
}

/** Which provider a violation belongs to: the blocked URL matches one of its required sources. */
export function attributeViolation(violation: ObservedViolation, hosts?: HostOverrides): AttributedViolation {
  const type = requestTypeOf(violation.effectiveDirective);
  let provider: ProviderName | null = null;
  const url = parseUrl(violation.blockedURI);
  if (type && url) {
    for (const name of PROVIDER_NAMES) {
      const required = requirementOrNull(name, hosts)?.sources;
      if (!required) continue;
      const candidates = [...(required[type] ?? []), ...Object.values(required).flat()];
      if (urlMatchesSourceList(candidates.map((r) => r.source), url, url)) {
        provider = name;
        break;
      }
    }
  }
  return { ...violation, provider, type };
}

/** Kept violations are capped: a page that violates in a loop must not grow memory forever. */
const MAX_KEPT = 200;
const seen: ObservedViolation[] = [];
const listeners = new Set<(violation: AttributedViolation) => void>();
let overrides: HostOverrides | undefined;

function onViolation(event: SecurityPolicyViolationEvent): void {
  const violation: ObservedViolation = {
    effectiveDirective: event.effectiveDirective,
    blockedURI: event.blockedURI,
    disposition: event.disposition === 'report' ? 'report' : 'enforce',
    originalPolicy: event.originalPolicy,
  };
  seen.push(violation);
  if (seen.length > MAX_KEPT) seen.shift();
  const attributed = attributeViolation(violation, overrides);
  for (const listener of listeners) listener(attributed);
}

// Start at module load: violations from an SDK that fails before any element asks are kept.
if (typeof document !== 'undefined' && typeof document.addEventListener === 'function') {
  document.addEventListener('securitypolicyviolation', onViolation, true);
}

export interface ViolationWatch {
  /** Every violation since the module loaded, attributed. */
  violations(): AttributedViolation[];
  stop(): void;
}

/**
 * Violations seen since the library loaded, attributed to providers, plus a listener for the
 * next ones. `hosts` overrides the providers' hosts for attribution.
 */
export function watchViolations(listener?: (violation: AttributedViolation) => void, hosts?: HostOverrides): ViolationWatch {
  if (hosts) overrides = hosts;
  if (listener) listeners.add(listener);
  return {
    violations: () => seen.map((v) => attributeViolation(v, hosts ?? overrides)),
    stop: () => {
      if (listener) listeners.delete(listener);
    },
  };
}
