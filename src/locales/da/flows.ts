import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Danish. */
export default {
  'flows.modal.title': 'Bekræft din betaling',
  'flows.modal.close': 'Luk',
  'flows.url.invalid': 'det er ikke en gyldig adresse',
  'flows.url.scheme': 'kun https-adresser må åbnes',
  'flows.url.credentials': 'adressen indeholder et brugernavn eller en adgangskode',
  'flows.url.host': '{host} er ikke en af betalingsudbyderens værter',
  'flows.error.url': 'Betalingsudbyderen returnerede en adresse, som denne side ikke vil åbne: {reason}.',
  'flows.error.message': 'Betalingsudbyderen sendte en besked i et uventet format.',
  'flows.error.popupBlocked':
    'Browseren blokerede betalingsvinduet. Tillad pop op-vinduer for dette websted, eller prøv igen.',
  'flows.error.coopBlocked':
    'Betalingsvinduet mistede forbindelsen til denne side (Cross-Origin-Opener-Policy), så betalingsresultatet kan ikke nå frem.',
  'flows.error.timeout': 'Betalingen blev ikke bekræftet i tide.',
  'flows.error.status': 'Betalingsstatus kunne ikke læses ({reason}).',
  'flows.error.statusFormat': 'Svaret med betalingsstatus har et uventet format.',
  'flows.error.sdk': 'Betalingsudbyderens script {url} kunne ikke indlæses: {reason}.',
  'flows.sdk.timeout': 'intet svar inden for {seconds} s',
  'flows.sdk.failed': 'det mangler, har forkert indholdstype eller bestod ikke integritetstjekket',
  'flows.sdk.threw': 'det fejlede under opstart',
  'flows.sdk.missing': 'det stiller ikke {name} til rådighed',
  'flows.sdk.notAllowed': 'det er ikke en konfigureret SDK-adresse',
  'flows.sdk.trustedTypes': 'Trusted Types afviste scriptadressen (tillad politikken »pay-elements«)',
  'flows.config.modal': 'En omdirigering til iframe-modalen kræver en container at vise den i.',
  'flows.config.sdkUrl': 'SDK-adressen {url} afvises: {reason}.',
  'flows.error.csp': 'Webstedets Content-Security-Policy blokerede betalingsudbyderens script {url}.',
} satisfies Catalog<typeof flowsMessages>;
