/**
 * The sandbox's fake keys: any `sk_test_…` is a valid secret key; a public key is any
 * `pk_test_…` / `test_…` string (never an `sk_…` one).
 */
export const isGlomoSecretKey = (key: string): boolean => /^sk_test_\S+$/.test(key);
export const isGlomoPublicKey = (key: string): boolean => /^(pk_test_|test_)\S+$/.test(key) && !key.startsWith('sk_');

/** Why `Authorization` isn't acceptable, or null when it carries a valid secret key. */
export function secretKeyProblem(authorization: string | undefined): string | null {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  if (!match) return 'Authorization: Bearer <secret key> is required';
  const key = match[1]!;
  if (isGlomoSecretKey(key)) return null;
  if (key.startsWith('sk_live_')) return 'the sandbox accepts test keys only (sk_test_…)';
  if (isGlomoPublicKey(key) || key.startsWith('pk_')) return 'a public key cannot call the API: use a secret key (sk_test_…)';
  return 'the key is not a Glomo secret key (sk_test_…)';
}
