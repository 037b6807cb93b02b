import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Polish. */
export default {
  'cardPayment.modal.title': 'Potwierdź płatność w swoim banku',
  'cardPayment.waiting.newTab': 'Dokończ płatność w nowej karcie przeglądarki. Ta strona odświeży się sama.',
  'cardPayment.waiting.host': 'Czekamy na potwierdzenie z Twojego banku…',
  'cardPayment.succeeded': 'Płatność zakończona. Dziękujemy!',
  'cardPayment.cancelled': 'Płatność anulowana. Dane karty pozostały w formularzu, jeśli chcesz spróbować ponownie.',
  'cardPayment.declined': 'Płatność została odrzucona: {reason}',
  'cardPayment.declined.generic': 'Płatność została odrzucona. Spróbuj ponownie lub użyj innej karty.',
  'cardPayment.retry': 'Nie udało się zrealizować płatności. Spróbuj ponownie.',
  'cardPayment.error.network': '<pay-card-payment> nie może połączyć się z payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} odpowiedział HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} nie odpowiedział w formacie JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} nie zwrócił płatności Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS zażądał kroku 3-D Secure, którego ta strona nie może wykonać ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" nie jest obsługiwany: użyj "glomo" lub "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> wymaga payment-url: endpointu sklepu, który rozpoczyna płatność (adresu URL http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> wymaga status-url: szablonu adresu URL http(s) na serwerze sklepu, zawierającego {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" nie jest żadną z wartości iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
