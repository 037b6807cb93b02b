import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Norwegian Bokmål. */
export default {
  'cdn.error.load': '<{tag}> kunne ikke lastes fra {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> er ikke et pay-elements-element.',
  'cdn.reason.failed': 'filen ble ikke lastet, eller den samsvarer ikke med integritets-hashen sin',
  'cdn.reason.csp': 'nettstedets Content-Security-Policy blokkerte den (tillat {origin} i script-src)',
  'cdn.reason.refused': 'bare https-adresser (eller loopback) lastes',
  'cdn.reason.unregistered': 'filen kjørte, men definerte ingenting (er den fra en annen versjon av pay-elements?)',
  'cdn.reason.noBase': 'adressen til pay-elements.iife.js er ukjent (last den med <script src>)',
} satisfies Catalog<typeof cdnMessages>;
