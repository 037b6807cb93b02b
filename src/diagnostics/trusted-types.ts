/**
 * Trusted Types: a `trusted-types` directive limits which policy names `trustedTypes.createPolicy`
 * may create (with or without `require-trusted-types-for`). pay-elements creates two: Lit's
 * `lit-html` (at module load: refused, every element fails to load) and its own SDK-loader policy
 * `pay-elements` (src/flows/sdk-loader.ts). A name created a second time (two copies of Lit or of
 * pay-elements on one page) also needs `'allow-duplicates'`.
 */
import type { CspPolicy } from './csp-parse.js';

/** The policy names pay-elements creates: Lit's, and the SDK loader's (`TRUSTED_TYPES_POLICY`). */
export const PAY_ELEMENTS_POLICY_NAMES: readonly string[] = ['lit-html', 'pay-elements'];

const ALLOW_DUPLICATES = "'allow-duplicates'";

export interface TrustedTypesVerdict {
  /** Enforced policies whose `trusted-types` refuses some of the names, with those names. */
  blockedBy: { policy: CspPolicy; names: string[] }[];
  /** The same for report-only policies. */
  reportedBy: { policy: CspPolicy; names: string[] }[];
  /** Every enforced `trusted-types` directive allows a name to be created twice (or none restricts). */
  duplicatesAllowed: boolean;
  /** Some policy has a `trusted-types` directive. */
  restricted: boolean;
  /** Some enforced policy has `require-trusted-types-for 'script'`. */
  required: boolean;
}

/** The names of `names` that this directive value does not allow (CSP3 TT §4.1: `*`, names, `'none'`, keywords). */
export function refusedNames(value: readonly string[], names: readonly string[]): string[] {
  // Names compare case-sensitively; keywords are quoted and compared case-insensitively.
  if (value.includes('*')) return [];
  const listed = new Set(value.filter((token) => !token.startsWith("'")));
  return names.filter((name) => !listed.has(name));
}

/** How the page's policies treat the policy names pay-elements creates. */
export function evaluateTrustedTypes(policies: readonly CspPolicy[], names: readonly string[] = PAY_ELEMENTS_POLICY_NAMES): TrustedTypesVerdict {
  const verdict: TrustedTypesVerdict = { blockedBy: [], reportedBy: [], duplicatesAllowed: true, restricted: false, required: false };
  for (const policy of policies) {
    const requireFor = policy.directives.get('require-trusted-types-for');
    if (policy.disposition === 'enforce' && requireFor?.some((t) => t.toLowerCase() === "'script'")) verdict.required = true;
    const value = policy.directives.get('trusted-types');
    if (!value) continue;
    verdict.restricted = true;
    const refused = refusedNames(value, names);
    if (refused.length) (policy.disposition === 'enforce' ? verdict.blockedBy : verdict.reportedBy).push({ policy, names: refused });
    if (policy.disposition === 'enforce' && !value.some((t) => t.toLowerCase() === ALLOW_DUPLICATES)) verdict.duplicatesAllowed = false;
  }
  return verdict;
}

/**
 * The `trusted-types` value with `names` and `'allow-duplicates'` merged in: `'none'` goes (it
 * stands alone), everything else of the site's value stays.
 */
export function mergedTrustedTypesValue(value: readonly string[], names: readonly string[]): string[] {
  const next = value.filter((token) => token.toLowerCase() !== "'none'");
  if (!next.includes('*')) for (const name of names) if (!next.includes(name)) next.push(name);
  if (!next.some((t) => t.toLowerCase() === ALLOW_DUPLICATES)) next.push(ALLOW_DUPLICATES);
  return next;
}
