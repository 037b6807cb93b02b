import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in German. */
export default {
  'cdn.error.load': '<{tag}> konnte nicht von {url} geladen werden: {reason}.',
  'cdn.error.unknownTag': '<{tag}> ist kein Element von pay-elements.',
  'cdn.reason.failed': 'die Datei wurde nicht geladen oder entspricht nicht ihrem Integritäts-Hash',
  'cdn.reason.csp': 'die Content-Security-Policy der Website hat sie blockiert (erlauben Sie {origin} in script-src)',
  'cdn.reason.refused': 'es werden nur https-Adressen (oder Loopback) geladen',
  'cdn.reason.unregistered': 'die Datei wurde ausgeführt, hat aber nichts definiert (stammt sie aus einer anderen Version von pay-elements?)',
  'cdn.reason.noBase': 'die Adresse von pay-elements.iife.js ist unbekannt (laden Sie es mit <script src>)',
} satisfies Catalog<typeof cdnMessages>;
