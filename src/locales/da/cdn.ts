import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Danish. */
export default {
  'cdn.error.load': '<{tag}> kunne ikke indlæses fra {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> er ikke et pay-elements-element.',
  'cdn.reason.failed': 'filen blev ikke indlæst, eller den svarer ikke til sin integritets-hash',
  'cdn.reason.csp': 'webstedets Content-Security-Policy blokerede den (tillad {origin} i script-src)',
  'cdn.reason.refused': 'kun https-adresser (eller loopback) indlæses',
  'cdn.reason.unregistered': 'filen kørte, men definerede ingenting (er den fra en anden version af pay-elements?)',
  'cdn.reason.noBase': 'adressen på pay-elements.iife.js er ukendt (indlæs den med <script src>)',
} satisfies Catalog<typeof cdnMessages>;
