import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in Swedish. */
export default {
  'sibs.error.network': 'Kunde inte nå butikens betalningsslutpunkt {url}: {reason}.',
  'sibs.error.timeout': 'Butikens betalningsslutpunkt {url} svarade inte inom {seconds} s.',
  'sibs.error.http': 'Butikens betalningsslutpunkt {url} svarade HTTP {status}{detail}.',
  'sibs.error.json': 'Butikens betalningsslutpunkt {url} svarade inte med JSON.',
  'sibs.error.response': 'Butikens betalningsslutpunkt {url} svarade inte med {what} från SIBS ({reason}).',
  'sibs.what.mbway': 'ett MB WAY-köp',
  'sibs.what.multibanco': 'en Multibanco-referens',
  'sibs.what.card': 'ett kortköp',
  'sibs.declined': 'Betalningen nekades.',
  'sibs.refused': 'Betalningen nekades i MB WAY-appen.',
  'sibs.expired': 'Betalningsbegäran har gått ut.',
  'sibs.referenceExpired': 'Multibanco-referensen gick ut innan den betalades.',
  'sibs.failed': 'Betalningen misslyckades ({status}).',
  'sibs.config.paymentUrl':
    '{element} behöver payment-url: butikens slutpunkt som startar betalningen (en http(s)-URL).',
  'sibs.config.statusUrl':
    '{element} behöver status-url: en http(s)-URL-mall på butikens server som innehåller {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
