/**
 * The sandbox's fake PayGlobe keys: any `pk_test_…` / `pk_live_…` is a publishable key (for
 * payglobe.js), any `sk_test_…` a secret key (the wrapper API, merchant servers only).
 */
export const isPublishableKey = (key: string): boolean => /^pk_(test|live)_[A-Za-z0-9_]+$/.test(key);
export const isSecretKey = (key: string): boolean => /^sk_test_[A-Za-z0-9_]+$/.test(key);

function bearer(authorization: string | undefined): string | null {
  return /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? null;
}

/** The publishable key of `Authorization`, or why it isn't acceptable. */
export function publishableKeyOf(authorization: string | undefined): { key: string } | { problem: string } {
  const key = bearer(authorization);
  if (!key) return { problem: 'Authorization: Bearer <publishable key> is required' };
  if (key.startsWith('sk_')) return { problem: 'a secret key must never be used in the browser: use the publishable key (pk_test_…)' };
  if (!isPublishableKey(key)) return { problem: 'the key is not a PayGlobe publishable key (pk_test_… or pk_live_…)' };
  return { key };
}

/** The secret key of `Authorization`, or why it isn't acceptable. */
export function secretKeyOf(authorization: string | undefined): { key: string } | { problem: string } {
  const key = bearer(authorization);
  if (!key) return { problem: 'Authorization: Bearer <secret key> is required' };
  if (key.startsWith('sk_live_')) return { problem: 'the sandbox accepts test keys only (sk_test_…)' };
  if (key.startsWith('pk_')) return { problem: 'a publishable key cannot call the wrapper API: use the secret key (sk_test_…)' };
  if (!isSecretKey(key)) return { problem: 'the key is not a PayGlobe secret key (sk_test_…)' };
  return { key };
}

/**
 * The webhook secret the sandbox signs with when none was registered for a key: `whsec_test_`
 * followed by the key without its `sk_test_` / `pk_test_` / `pk_live_` prefix
 * (`sk_test_shop` → `whsec_test_shop`). Documented in sandbox/README.md.
 */
export function defaultWebhookSecret(key: string): string {
  return `whsec_test_${key.replace(/^(sk_test_|pk_test_|pk_live_)/, '')}`;
}
