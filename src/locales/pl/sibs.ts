import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in Polish. */
export default {
  'sibs.error.network': 'Nie można połączyć się z endpointem płatności sklepu {url}: {reason}.',
  'sibs.error.timeout': 'Endpoint płatności sklepu {url} nie odpowiedział w ciągu {seconds} s.',
  'sibs.error.http': 'Endpoint płatności sklepu {url} odpowiedział HTTP {status}{detail}.',
  'sibs.error.json': 'Endpoint płatności sklepu {url} nie odpowiedział w formacie JSON.',
  'sibs.error.response': 'Endpoint płatności sklepu {url} nie zwrócił prawidłowych danych SIBS (oczekiwano: {what}; {reason}).',
  'sibs.what.mbway': 'zakup MB WAY',
  'sibs.what.multibanco': 'numer referencyjny Multibanco',
  'sibs.what.card': 'zakup kartą',
  'sibs.declined': 'Płatność została odrzucona.',
  'sibs.refused': 'Płatność została odrzucona w aplikacji MB WAY.',
  'sibs.expired': 'Prośba o płatność wygasła.',
  'sibs.referenceExpired': 'Numer referencyjny Multibanco wygasł przed zapłatą.',
  'sibs.failed': 'Płatność nie powiodła się ({status}).',
  'sibs.config.paymentUrl': '{element} wymaga payment-url: endpointu sklepu, który rozpoczyna płatność (adresu URL http(s)).',
  'sibs.config.statusUrl': '{element} wymaga status-url: szablonu adresu URL http(s) na serwerze sklepu, zawierającego {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
