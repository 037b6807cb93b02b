import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Polish. */
export default {
  'payglobeCheckout.pay': 'Zapłać {amount}',
  'payglobeCheckout.payPlain': 'Zapłać',
  'payglobeCheckout.payAgain': 'Spróbuj ponownie',
  'payglobeCheckout.checkoutLabel': 'Strona płatności PayGlobe',
  'payglobeCheckout.preparing': 'Przygotowujemy płatność…',
  'payglobeCheckout.opened': 'Strona płatności PayGlobe jest otwarta poniżej. Dokończ na niej płatność.',
  'payglobeCheckout.redirecting': 'Przekierowujemy na stronę płatności PayGlobe…',
  'payglobeCheckout.confirming': 'Potwierdzamy płatność…',
  'payglobeCheckout.succeeded': 'Płatność zaakceptowana: {amount}.',
  'payglobeCheckout.succeededPlain': 'Płatność zaakceptowana.',
  'payglobeCheckout.succeededSplit': 'Płatność zaakceptowana: {card} kartą i {voucher} bonami żywieniowymi.',
  'payglobeCheckout.failed': 'Płatność nie powiodła się: {message}',
  'payglobeCheckout.cancelled': 'Płatność została anulowana.',
  'payglobeCheckout.error': 'Nie udało się zrealizować płatności: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key musi być Twoim kluczem publicznym PayGlobe (pk_test_… lub pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key zawiera klucz tajny (sk_…). Klucz tajny nigdy nie może trafić do przeglądarki: użyj klucza publicznego (pk_…) i natychmiast wymień ten klucz tajny.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" nie jest dodatnią liczbą całkowitą najmniejszych jednostek {currency} (15000 EUR to 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email musi być adresem e-mail kupującego (PayGlobe wyśle na niego potwierdzenie).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" nie jest ani "iframe", ani "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} został odrzucony: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js nie udostępnia działającego klienta PayGlobe ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe nie mógł utworzyć płatności: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe nie mógł otworzyć strony płatności: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe nie zwrócił statusu płatności: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
