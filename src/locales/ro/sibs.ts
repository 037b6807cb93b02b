import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in Romanian. */
export default {
  'sibs.error.network': 'Endpointul de plată al magazinului {url} nu a putut fi contactat: {reason}.',
  'sibs.error.timeout': 'Endpointul de plată al magazinului {url} nu a răspuns în {seconds} s.',
  'sibs.error.http': 'Endpointul de plată al magazinului {url} a răspuns HTTP {status}{detail}.',
  'sibs.error.json': 'Endpointul de plată al magazinului {url} nu a răspuns cu JSON.',
  'sibs.error.response': 'Endpointul de plată al magazinului {url} nu a răspuns cu o {what} SIBS ({reason}).',
  'sibs.what.mbway': 'achiziție MB WAY',
  'sibs.what.multibanco': 'referință Multibanco',
  'sibs.what.card': 'achiziție cu cardul',
  'sibs.declined': 'Plata a fost refuzată.',
  'sibs.refused': 'Plata a fost refuzată în aplicația MB WAY.',
  'sibs.expired': 'Cererea de plată a expirat.',
  'sibs.referenceExpired': 'Referința Multibanco a expirat înainte de a fi plătită.',
  'sibs.failed': 'Plata a eșuat ({status}).',
  'sibs.config.paymentUrl': '{element} are nevoie de payment-url: endpointul magazinului care inițiază plata (un URL http(s)).',
  'sibs.config.statusUrl': '{element} are nevoie de status-url: un șablon de URL http(s) pe serverul magazinului care conține {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
