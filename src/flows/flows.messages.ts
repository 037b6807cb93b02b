import type { TranslationLoader } from '../core/catalogs.js';

/** Every visible string of the flow primitives (modal, errors). English defaults; other locales through `registerMessages()`. */
export const flowsMessages = {
  'flows.modal.title': 'Confirm your payment',
  'flows.modal.close': 'Close',
  'flows.url.invalid': 'it is not a valid address',
  'flows.url.scheme': 'only https addresses may be opened',
  'flows.url.credentials': 'the address carries a user name or password',
  'flows.url.host': '{host} is not one of the payment provider’s hosts',
  'flows.error.url': 'The payment provider returned an address this page will not open: {reason}.',
  'flows.error.message': 'The payment provider sent a message in an unexpected format.',
  'flows.error.popupBlocked': 'The browser blocked the payment window. Allow pop-ups for this site, or try again.',
  'flows.error.coopBlocked': 'The payment window lost its link to this page (Cross-Origin-Opener-Policy), so the payment result cannot reach it.',
  'flows.error.timeout': 'The payment was not confirmed in time.',
  'flows.error.status': 'The payment status could not be read ({reason}).',
  'flows.error.statusFormat': 'The payment status response has an unexpected format.',
  'flows.error.sdk': 'The payment provider’s script {url} could not be loaded: {reason}.',
  'flows.sdk.timeout': 'no answer within {seconds} s',
  'flows.sdk.failed': 'it is missing, has the wrong content type, or failed its integrity check',
  'flows.sdk.threw': 'it failed while starting',
  'flows.sdk.missing': 'it does not provide {name}',
  'flows.sdk.notAllowed': 'it is not a configured SDK address',
  'flows.sdk.trustedTypes': 'Trusted Types refused the script address (allow the policy "pay-elements")',
  'flows.config.modal': 'A redirect into the iframe modal needs a container to render it in.',
  'flows.config.sdkUrl': 'The SDK address {url} is refused: {reason}.',
  'flows.error.csp': 'The site’s Content-Security-Policy blocked the payment provider’s script {url}.',
} as const;

/** Loads the translations of this catalog (src/locales/flows.ts), once an element needs them. */
export const flowsTranslations: TranslationLoader = () => import('../locales/flows.js');

declare module '../core/messages.js' {
  interface PayMessages extends Record<keyof typeof flowsMessages, string> {}
}
