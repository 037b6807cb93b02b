import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages, in Czech. */
export default {
  'sibs.error.network': 'Nelze se spojit s platebním endpointem obchodu {url}: {reason}.',
  'sibs.error.timeout': 'Platební endpoint obchodu {url} neodpověděl do {seconds} s.',
  'sibs.error.http': 'Platební endpoint obchodu {url} odpověděl HTTP {status}{detail}.',
  'sibs.error.json': 'Platební endpoint obchodu {url} neodpověděl ve formátu JSON.',
  'sibs.error.response': 'Platební endpoint obchodu {url} nevrátil platnou odpověď SIBS – {what} ({reason}).',
  'sibs.what.mbway': 'nákup MB WAY',
  'sibs.what.multibanco': 'reference Multibanco',
  'sibs.what.card': 'nákup kartou',
  'sibs.declined': 'Platba byla zamítnuta.',
  'sibs.refused': 'Platba byla odmítnuta v aplikaci MB WAY.',
  'sibs.expired': 'Platnost žádosti o platbu vypršela.',
  'sibs.referenceExpired': 'Platnost reference Multibanco vypršela dřív, než byla zaplacena.',
  'sibs.failed': 'Platba se nezdařila ({status}).',
  'sibs.config.paymentUrl': '{element} potřebuje payment-url: endpoint obchodu, který zahajuje platbu (URL http(s)).',
  'sibs.config.statusUrl': '{element} potřebuje status-url: šablonu URL http(s) na serveru obchodu obsahující {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
