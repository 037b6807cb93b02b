import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Norwegian Bokmål. */
export default {
  'flows.modal.title': 'Bekreft betalingen din',
  'flows.modal.close': 'Lukk',
  'flows.url.invalid': 'det er ikke en gyldig adresse',
  'flows.url.scheme': 'bare https-adresser kan åpnes',
  'flows.url.credentials': 'adressen inneholder et brukernavn eller passord',
  'flows.url.host': '{host} er ikke en av betalingsleverandørens verter',
  'flows.error.url': 'Betalingsleverandøren returnerte en adresse som denne siden ikke vil åpne: {reason}.',
  'flows.error.message': 'Betalingsleverandøren sendte en melding i et uventet format.',
  'flows.error.popupBlocked':
    'Nettleseren blokkerte betalingsvinduet. Tillat popup-vinduer for dette nettstedet, eller prøv igjen.',
  'flows.error.coopBlocked':
    'Betalingsvinduet mistet koblingen til denne siden (Cross-Origin-Opener-Policy), så betalingsresultatet kan ikke nå frem.',
  'flows.error.timeout': 'Betalingen ble ikke bekreftet i tide.',
  'flows.error.status': 'Betalingsstatusen kunne ikke leses ({reason}).',
  'flows.error.statusFormat': 'Svaret med betalingsstatus har et uventet format.',
  'flows.error.sdk': 'Betalingsleverandørens skript {url} kunne ikke lastes: {reason}.',
  'flows.sdk.timeout': 'ikke noe svar innen {seconds} s',
  'flows.sdk.failed': 'det mangler, har feil innholdstype eller besto ikke integritetssjekken',
  'flows.sdk.threw': 'det feilet under oppstart',
  'flows.sdk.missing': 'det tilbyr ikke {name}',
  'flows.sdk.notAllowed': 'det er ikke en konfigurert SDK-adresse',
  'flows.sdk.trustedTypes': 'Trusted Types avviste skriptadressen (tillat policyen «pay-elements»)',
  'flows.config.modal': 'En omdirigering til iframe-modalen trenger en beholder å vise den i.',
  'flows.config.sdkUrl': 'SDK-adressen {url} avvises: {reason}.',
  'flows.error.csp': 'Nettstedets Content-Security-Policy blokkerte betalingsleverandørens skript {url}.',
} satisfies Catalog<typeof flowsMessages>;
