import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in Danish. */
export default {
  'sibs.error.network': 'Kunne ikke nå butikkens betalings-endpoint {url}: {reason}.',
  'sibs.error.timeout': 'Butikkens betalings-endpoint {url} svarede ikke inden for {seconds} s.',
  'sibs.error.http': 'Butikkens betalings-endpoint {url} svarede HTTP {status}{detail}.',
  'sibs.error.json': 'Butikkens betalings-endpoint {url} svarede ikke med JSON.',
  'sibs.error.response': 'Butikkens betalings-endpoint {url} svarede ikke med {what} fra SIBS ({reason}).',
  'sibs.what.mbway': 'et MB WAY-køb',
  'sibs.what.multibanco': 'en Multibanco-reference',
  'sibs.what.card': 'et kortkøb',
  'sibs.declined': 'Betalingen blev afvist.',
  'sibs.refused': 'Betalingen blev afvist i MB WAY-appen.',
  'sibs.expired': 'Betalingsanmodningen er udløbet.',
  'sibs.referenceExpired': 'Multibanco-referencen udløb, før den blev betalt.',
  'sibs.failed': 'Betalingen mislykkedes ({status}).',
  'sibs.config.paymentUrl':
    '{element} kræver payment-url: butikkens endpoint, der starter betalingen (en http(s)-URL).',
  'sibs.config.statusUrl':
    '{element} kræver status-url: en http(s)-URL-skabelon på butikkens server, der indeholder {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
