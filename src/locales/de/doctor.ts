import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in German. */
export default {
  'doctor.title': 'pay-elements doctor: Prüfung von {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'FEHL',
  'doctor.label.warn': 'WARN',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(die Antwort-Header konnten nicht gelesen werden: Ergebnis der Header-Prüfungen unbekannt)',
  'doctor.note': 'Hinweis: {note}',
  'doctor.missing': 'fehlt in {directive}: {sources}',
  'doctor.fix.title': 'Korrektur (in Ihre aktuelle Richtlinie eingearbeitet):',
  'doctor.coopFix.title': 'COOP-Korrektur:',
  'doctor.how': 'Vorgehen: {summary}',
  'doctor.fetchFailed': '{url} konnte nicht abgerufen werden: {reason}',
  'doctor.arg.unknown': 'Unbekannte Option {option}',
  'doctor.arg.unexpected': 'Unerwartetes Argument {argument}',
  'doctor.arg.missingUrl': '<url> fehlt',
  'doctor.arg.timeout': 'Ungültiges --timeout {value}: eine ganze Zahl von Millisekunden von 1 bis 120000',
  'doctor.arg.lang': 'Ungültiges --lang {value}: ein Sprach-Tag wie it, pt-PT oder zh-CN',
  'doctor.usage.summary':
    'Prüft die Cross-Origin-Opener-Policy und Content-Security-Policy einer Seite (Header und <meta http-equiv>) gegen die Anforderungen der einzelnen Zahlungsanbieter.',
  'doctor.usage.provider': '{names} (wiederholbar oder kommagetrennt; Standard: alle)',
  'doctor.usage.returnUrl': 'die Seite, zu der ein Popup-Checkout zurückkehrt (callbackUrl von Glomo): Auch ihre COOP wird geprüft',
  'doctor.usage.timeout': 'eine Seite aufgeben, die nicht innerhalb dieser Zeit antwortet (Standard {ms})',
  'doctor.usage.json': 'den Bericht als JSON ausgeben (für CI)',
  'doctor.usage.lang': 'die Sprache des Berichts (Standard: LC_ALL, LC_MESSAGES oder LANG, sonst Englisch)',
  'doctor.usage.exit': 'Exit-Codes: 0 kein Fehler, 1 eine Prüfung ist fehlgeschlagen, 2 ungültige Argumente, 3 die Seite konnte nicht gelesen werden.',
} satisfies Catalog<typeof doctorMessages>;
