import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in German. */
export default {
  'flows.modal.title': 'Zahlung bestätigen',
  'flows.modal.close': 'Schließen',
  'flows.url.invalid': 'sie ist keine gültige Adresse',
  'flows.url.scheme': 'nur https-Adressen dürfen geöffnet werden',
  'flows.url.credentials': 'die Adresse enthält einen Benutzernamen oder ein Passwort',
  'flows.url.host': '{host} gehört nicht zu den Hosts des Zahlungsanbieters',
  'flows.error.url': 'Der Zahlungsanbieter hat eine Adresse zurückgegeben, die diese Seite nicht öffnet: {reason}.',
  'flows.error.message': 'Der Zahlungsanbieter hat eine Nachricht in einem unerwarteten Format gesendet.',
  'flows.error.popupBlocked': 'Der Browser hat das Zahlungsfenster blockiert. Erlauben Sie Pop-ups für diese Website oder versuchen Sie es erneut.',
  'flows.error.coopBlocked': 'Das Zahlungsfenster hat die Verbindung zu dieser Seite verloren (Cross-Origin-Opener-Policy), daher kann das Zahlungsergebnis sie nicht erreichen.',
  'flows.error.timeout': 'Die Zahlung wurde nicht rechtzeitig bestätigt.',
  'flows.error.status': 'Der Zahlungsstatus konnte nicht gelesen werden ({reason}).',
  'flows.error.statusFormat': 'Die Antwort mit dem Zahlungsstatus hat ein unerwartetes Format.',
  'flows.error.sdk': 'Das Skript {url} des Zahlungsanbieters konnte nicht geladen werden: {reason}.',
  'flows.sdk.timeout': 'keine Antwort innerhalb von {seconds} s',
  'flows.sdk.failed': 'es fehlt, hat den falschen Content-Type oder hat die Integritätsprüfung nicht bestanden',
  'flows.sdk.threw': 'es ist beim Starten fehlgeschlagen',
  'flows.sdk.missing': 'es stellt {name} nicht bereit',
  'flows.sdk.notAllowed': 'es ist keine konfigurierte SDK-Adresse',
  'flows.sdk.trustedTypes': 'Trusted Types hat die Skriptadresse abgelehnt (erlauben Sie die Richtlinie "pay-elements")',
  'flows.config.modal': 'Eine Weiterleitung in das iframe-Modal benötigt einen Container, in dem es dargestellt wird.',
  'flows.config.sdkUrl': 'Die SDK-Adresse {url} wird abgelehnt: {reason}.',
  'flows.error.csp': 'Die Content-Security-Policy der Website hat das Skript {url} des Zahlungsanbieters blockiert.',
} satisfies Catalog<typeof flowsMessages>;
