import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader's messages in Italian. */
export default {
  'cdn.error.load': 'Impossibile caricare <{tag}> da {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> non è un elemento di pay-elements.',
  'cdn.reason.failed': 'il file non è stato caricato o non corrisponde al suo hash di integrità',
  'cdn.reason.csp': 'la Content-Security-Policy del sito lo ha bloccato (consenti {origin} in script-src)',
  'cdn.reason.refused': 'vengono caricati solo indirizzi https (o di loopback)',
  'cdn.reason.unregistered': 'il file è stato eseguito ma non ha definito nulla (proviene da un’altra versione di pay-elements?)',
  'cdn.reason.noBase': 'l’indirizzo di pay-elements.iife.js non è noto (caricalo con <script src>)',
} satisfies Catalog<typeof cdnMessages>;
