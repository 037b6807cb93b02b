import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader in Polish. */
export default {
  'cdn.error.load': 'Nie udało się załadować <{tag}> z {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> nie jest elementem pay-elements.',
  'cdn.reason.failed': 'plik się nie załadował albo nie zgadza się z jego skrótem integralności',
  'cdn.reason.csp': 'zablokowała go polityka Content-Security-Policy witryny (zezwól na {origin} w script-src)',
  'cdn.reason.refused': 'ładowane są tylko adresy https (lub loopback)',
  'cdn.reason.unregistered': 'plik został wykonany, ale niczego nie zdefiniował (czy pochodzi z innej wersji pay-elements?)',
  'cdn.reason.noBase': 'adres pay-elements.iife.js jest nieznany (załaduj go przez <script src>)',
} satisfies Catalog<typeof cdnMessages>;
