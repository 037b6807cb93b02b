import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in Norwegian Bokmål. */
export default {
  'sibs.error.network': 'Kunne ikke nå butikkens betalingsendepunkt {url}: {reason}.',
  'sibs.error.timeout': 'Butikkens betalingsendepunkt {url} svarte ikke innen {seconds} s.',
  'sibs.error.http': 'Butikkens betalingsendepunkt {url} svarte HTTP {status}{detail}.',
  'sibs.error.json': 'Butikkens betalingsendepunkt {url} svarte ikke med JSON.',
  'sibs.error.response': 'Butikkens betalingsendepunkt {url} svarte ikke med {what} fra SIBS ({reason}).',
  'sibs.what.mbway': 'et MB WAY-kjøp',
  'sibs.what.multibanco': 'en Multibanco-referanse',
  'sibs.what.card': 'et kortkjøp',
  'sibs.declined': 'Betalingen ble avvist.',
  'sibs.refused': 'Betalingen ble avvist i MB WAY-appen.',
  'sibs.expired': 'Betalingsforespørselen er utløpt.',
  'sibs.referenceExpired': 'Multibanco-referansen utløp før den ble betalt.',
  'sibs.failed': 'Betalingen mislyktes ({status}).',
  'sibs.config.paymentUrl':
    '{element} trenger payment-url: butikkens endepunkt som starter betalingen (en http(s)-URL).',
  'sibs.config.statusUrl':
    '{element} trenger status-url: en http(s)-URL-mal på butikkens server som inneholder {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
