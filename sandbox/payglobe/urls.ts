/** URL rules of the PayGlobe sandbox. */

const isLoopbackHost = (hostname: string): boolean =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);

/** A merchant URL PayGlobe would call or send a shopper to: `https:`, or `http:` on a loopback host (the sandbox's concession). */
export function isMerchantUrl(value: string): boolean {
  if (value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

const PLACEHOLDERS = ['{transactionId}', '%7BtransactionId%7D', '%7btransactionId%7d'];

/**
 * The wrapper API's `callbackUrl` with `{transactionId}` replaced (also its percent-encoded form,
 * which a URL parser makes of braces in a path); without a placeholder, `?transactionId=` is added.
 */
export function callbackLocation(template: string, transactionId: string): string {
  const id = encodeURIComponent(transactionId);
  if (PLACEHOLDERS.some((placeholder) => template.includes(placeholder))) {
    return PLACEHOLDERS.reduce((url, placeholder) => url.split(placeholder).join(id), template);
  }
  return withQuery(template, { transactionId });
}

/** `base` with `params` added to its query (existing parameters kept). */
export function withQuery(base: string, params: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.href;
}
