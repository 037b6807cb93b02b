/**
 * Records every `securitypolicyviolation` from the moment this module loads (a violation that
 * happens before anyone asks is lost otherwise). Tiny on purpose: it runs on every page that
 * loads pay-elements; attributing violations to providers (./violations.ts) loads with the
 * diagnostics.
 */
export interface ObservedViolation {
  effectiveDirective: string;
  blockedURI: string;
  disposition: 'enforce' | 'report';
  originalPolicy: string;
}

/** Kept violations are capped: a page that violates in a loop must not grow memory forever. */
const MAX_KEPT = 200;
const seen: ObservedViolation[] = [];
const listeners = new Set<(violation: ObservedViolation) => void>();

function onViolation(event: SecurityPolicyViolationEvent): void {
  const violation: ObservedViolation = {
    effectiveDirective: event.effectiveDirective,
    blockedURI: event.blockedURI,
    disposition: event.disposition === 'report' ? 'report' : 'enforce',
    originalPolicy: event.originalPolicy,
  };
  seen.push(violation);
  if (seen.length > MAX_KEPT) seen.shift();
  for (const listener of listeners) listener(violation);
}

if (typeof document !== 'undefined' && typeof document.addEventListener === 'function') {
  document.addEventListener('securitypolicyviolation', onViolation, true);
}

/** The violations seen so far (oldest first, at most 200). */
export function loggedViolations(): readonly ObservedViolation[] {
  return seen;
}

/** Calls `listener` for each next violation; returns the function that stops it. */
export function onLoggedViolation(listener: (violation: ObservedViolation) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
