import type { TranslationLoader } from '../core/catalogs.js';

/** Every message of the script-tag loader. English defaults; other locales through `registerMessages()`. */
export const cdnMessages = {
  'cdn.error.load': '<{tag}> could not be loaded from {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> is not a pay-elements element.',
  'cdn.reason.failed': 'the file did not load, or it does not match its integrity hash',
  'cdn.reason.csp': 'the site’s Content-Security-Policy blocked it (allow {origin} in script-src)',
  'cdn.reason.refused': 'only https addresses (or loopback) are loaded',
  'cdn.reason.unregistered': 'the file ran but defined nothing (is it from another pay-elements version?)',
  'cdn.reason.noBase': 'the address of pay-elements.iife.js is unknown (load it with <script src>)',
} as const;

/** Loads the translations of this catalog (src/locales/cdn.ts), once an element needs them. */
export const cdnTranslations: TranslationLoader = () => import('../locales/cdn.js');

declare module '../core/messages.js' {
  interface PayMessages extends Record<keyof typeof cdnMessages, string> {}
}
