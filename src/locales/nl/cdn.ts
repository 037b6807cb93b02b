import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Dutch. */
export default {
  'cdn.error.load': '<{tag}> kon niet worden geladen van {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> is geen element van pay-elements.',
  'cdn.reason.failed': 'het bestand is niet geladen, of het komt niet overeen met de integriteitshash',
  'cdn.reason.csp': 'de Content-Security-Policy van de site heeft het geblokkeerd (sta {origin} toe in script-src)',
  'cdn.reason.refused': 'alleen https-adressen (of loopback) worden geladen',
  'cdn.reason.unregistered': 'het bestand is uitgevoerd maar heeft niets gedefinieerd (komt het uit een andere versie van pay-elements?)',
  'cdn.reason.noBase': 'het adres van pay-elements.iife.js is onbekend (laad het met <script src>)',
} satisfies Catalog<typeof cdnMessages>;
