/**
 * Attributes the violations ./violation-log.ts records (from the moment the library loaded) to
 * a provider by their effective directive and blocked URL.
 */
import type { ProviderName } from '../core/types.js';
import { parseUrl } from '../core/url.js';
import type { RequestType } from './csp-evaluate.js';
import { urlMatchesSourceList } from './csp-match.js';
import { PROVIDER_NAMES, requirementFor, type HostOverrides } from './requirements.js';
import { loggedViolations, onLoggedViolation, type ObservedViolation } from './violation-log.js';

export type { ObservedViolation } from './violation-log.js';

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

let overrides: HostOverrides | undefined;

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
  const stop = listener ? onLoggedViolation((violation) => listener(attributeViolation(violation, hosts ?? overrides))) : () => {};
  return {
    violations: () => loggedViolations().map((v) => attributeViolation(v, hosts ?? overrides)),
    stop: () => void stop(),
  };
}
