import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in Finnish. */
export default {
  'sibs.error.network': 'Kaupan maksupäätepisteeseen {url} ei saatu yhteyttä: {reason}.',
  'sibs.error.timeout': 'Kaupan maksupäätepiste {url} ei vastannut {seconds} s:n kuluessa.',
  'sibs.error.http': 'Kaupan maksupäätepiste {url} vastasi HTTP {status}{detail}.',
  'sibs.error.json': 'Kaupan maksupäätepiste {url} ei vastannut JSON-muodossa.',
  'sibs.error.response': 'Kaupan maksupäätepisteen {url} vastaus ei ollut odotettu SIBS-tieto ({what}; {reason}).',
  'sibs.what.mbway': 'MB WAY -osto',
  'sibs.what.multibanco': 'Multibanco-viite',
  'sibs.what.card': 'korttiosto',
  'sibs.declined': 'Maksu hylättiin.',
  'sibs.refused': 'Maksu hylättiin MB WAY -sovelluksessa.',
  'sibs.expired': 'Maksupyyntö vanheni.',
  'sibs.referenceExpired': 'Multibanco-viite vanheni ennen kuin se maksettiin.',
  'sibs.failed': 'Maksu epäonnistui ({status}).',
  'sibs.config.paymentUrl':
    '{element} tarvitsee payment-url-osoitteen: kaupan päätepisteen, joka aloittaa maksun (http(s)-URL).',
  'sibs.config.statusUrl':
    '{element} tarvitsee status-url-osoitteen: kaupan palvelimella olevan http(s)-URL-mallin, joka sisältää kohdan {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
