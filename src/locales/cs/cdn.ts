import type { Catalog } from '../../core/messages.js';
import type { cdnMessages } from '../../cdn/cdn.messages.js';

/** The script-tag loader, in Czech. */
export default {
  'cdn.error.load': '<{tag}> se nepodařilo načíst z {url}: {reason}.',
  'cdn.error.unknownTag': '<{tag}> není prvek pay-elements.',
  'cdn.reason.failed': 'soubor se nenačetl, nebo neodpovídá svému hashi integrity',
  'cdn.reason.csp': 'zablokovala ho Content-Security-Policy webu (povolte {origin} v script-src)',
  'cdn.reason.refused': 'načítají se jen adresy https (nebo loopback)',
  'cdn.reason.unregistered': 'soubor se spustil, ale nic nedefinoval (není z jiné verze pay-elements?)',
  'cdn.reason.noBase': 'adresa pay-elements.iife.js není známa (načtěte ho pomocí <script src>)',
} satisfies Catalog<typeof cdnMessages>;
