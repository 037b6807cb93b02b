/**
 * Which provider URLs the library may open, frame or load: `https:` on the provider's hosts,
 * or loopback (`http:` too) for the local sandbox. Everything else — `javascript:`, `data:`,
 * `blob:`, credentials in the URL, foreign hosts — is refused before any navigation.
 */
import { parseUrl } from '../core/url.js';
import { translator, type Translator } from '../core/messages.js';
import { flowsMessages } from './flows.messages.js';

export interface SafeUrlOptions {
  /** Hosts the provider uses: exact (`pay.example.com`) or one-level-and-deeper wildcards (`*.example.com`). */
  allowedHosts: readonly string[];
  /** Accept loopback hosts (127.0.0.0/8, localhost, [::1]) over `http:` or `https:`; default true (the sandbox). */
  allowLoopback?: boolean;
  locale?: string;
}

export type SafeUrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Is `hostname` (as `URL` gives it) a loopback host? */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  // `URL` has already normalised IPv4 (`0x7f.1` → `127.0.0.1`), so a dotted quad check suffices.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Does `hostname` match one allowed host pattern? `*.example.com` matches subdomains, not `example.com` itself. */
export function hostMatches(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase();
  const wanted = pattern.trim().toLowerCase();
  if (wanted.startsWith('*.')) return host.endsWith(wanted.slice(1)) && host.length > wanted.length - 1;
  return host === wanted;
}

/** Checks a provider URL; the reason is a sentence fragment from the catalog. */
export function checkProviderUrl(url: string | URL, options: SafeUrlOptions): SafeUrlCheck {
  const t: Translator = translator(flowsMessages, options.locale);
  const parsed = parseUrl(String(url));
  if (!parsed) return { ok: false, reason: t('flows.url.invalid') };
  if (parsed.username || parsed.password) return { ok: false, reason: t('flows.url.credentials') };
  const loopback = (options.allowLoopback ?? true) && isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(loopback && parsed.protocol === 'http:')) return { ok: false, reason: t('flows.url.scheme') };
  if (!loopback && !options.allowedHosts.some((pattern) => hostMatches(parsed.hostname, pattern))) {
    return { ok: false, reason: t('flows.url.host', { host: parsed.hostname }) };
  }
  return { ok: true, url: parsed };
}

/** The `pay-error` message for a refused URL. */
export function refusedUrlMessage(reason: string, locale?: string): string {
  return translator(flowsMessages, locale)('flows.error.url', { reason });
}
