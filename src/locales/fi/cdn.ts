import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Finnish. */
export default {
  'cdn.error.load': 'Elementtiä <{tag}> ei voitu ladata osoitteesta {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> ei ole pay-elements-elementti.',
  'cdn.reason.failed': 'tiedosto ei latautunut, tai sen eheystarkiste (integrity hash) ei täsmää',
  'cdn.reason.csp': 'sivuston Content-Security-Policy esti sen (salli {origin} direktiivissä script-src)',
  'cdn.reason.refused': 'vain https-osoitteet (tai loopback) ladataan',
  'cdn.reason.unregistered':
    'tiedosto suoritettiin, mutta se ei määrittänyt mitään (onko se eri pay-elements-versiosta?)',
  'cdn.reason.noBase': 'tiedoston pay-elements.iife.js osoite ei ole tiedossa (lataa se tagilla <script src>)',
} satisfies Catalog<typeof cdnMessages>;
