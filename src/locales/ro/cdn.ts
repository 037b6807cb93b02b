import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader’s messages in Romanian. */
export default {
  'cdn.error.load': '<{tag}> nu a putut fi încărcat de la {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> nu este un element pay-elements.',
  'cdn.reason.failed': 'fișierul nu s-a încărcat sau nu corespunde hashului său de integritate',
  'cdn.reason.csp': 'Content-Security-Policy a site-ului l-a blocat (permite {origin} în script-src)',
  'cdn.reason.refused': 'se încarcă doar adrese https (sau loopback)',
  'cdn.reason.unregistered': 'fișierul a rulat, dar nu a definit nimic (provine din altă versiune pay-elements?)',
  'cdn.reason.noBase': 'adresa pay-elements.iife.js este necunoscută (încarcă-l cu <script src>)',
} satisfies Catalog<typeof cdnMessages>;
