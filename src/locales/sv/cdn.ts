import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Swedish. */
export default {
  'cdn.error.load': '<{tag}> kunde inte laddas från {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> är inte ett pay-elements-element.',
  'cdn.reason.failed': 'filen laddades inte, eller så stämmer den inte med sin integritetshash',
  'cdn.reason.csp': 'webbplatsens Content-Security-Policy blockerade den (tillåt {origin} i script-src)',
  'cdn.reason.refused': 'endast https-adresser (eller loopback) laddas',
  'cdn.reason.unregistered':
    'filen kördes men definierade ingenting (kommer den från en annan version av pay-elements?)',
  'cdn.reason.noBase': 'adressen till pay-elements.iife.js är okänd (ladda den med <script src>)',
} satisfies Catalog<typeof cdnMessages>;
