import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Polish. */
export default {
  'glomoCheckout.pay': 'Zapłać',
  'glomoCheckout.preparing': 'Przygotowujemy płatność…',
  'glomoCheckout.opened': 'Okno płatności jest otwarte. Dokończ w nim płatność.',
  'glomoCheckout.retry': 'Otwórz okno płatności',
  'glomoCheckout.redirect': 'Kontynuuj z przekierowaniem',
  'glomoCheckout.succeeded': 'Płatność zaakceptowana.',
  'glomoCheckout.failed': 'Płatność nie powiodła się: {message}',
  'glomoCheckout.pending': 'Otrzymaliśmy dane przelewu. Płatność nie jest jeszcze potwierdzona.',
  'glomoCheckout.cancelled': 'Płatność została anulowana.',
  'glomoCheckout.coop.offer': 'Możesz kontynuować z przekierowaniem: wynik wróci wtedy przez stronę powrotu sklepu.',
  'glomoCheckout.coop.callbackHint': 'Możesz też użyć przekierowania (callback-url i mode="redirect"), aby wynik wrócił przez stronę powrotu sklepu.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> wymaga public-key: klucza publicznego z panelu Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key zawiera klucz tajny (sk_…). Klucz tajny nigdy nie może trafić do przeglądarki: użyj klucza publicznego i natychmiast wymień ten klucz tajny.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> wymaga order-id (zamówienia utworzonego przez Twój serwer) lub order-url (Twojego endpointu, który je tworzy).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} nie jest adresem http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} musi być adresem https (http tylko na hoście loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" wymaga callback-url: ścieżki sklepu, która weryfikuje wynik.',
  'glomoCheckout.config.sdk': 'Glomo Checkout odrzucił swoje opcje: {reason}',
  'glomoCheckout.error.order': 'Sklep nie mógł utworzyć zamówienia ({reason}).',
  'glomoCheckout.error.orderFormat': 'Endpoint zamówień sklepu odpowiedział bez order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout nie mógł otworzyć swojego okna: {reason}',
  'glomoCheckout.error.sdkExport': 'Skrypt {url} Glomo Checkout nie udostępnia klasy GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
