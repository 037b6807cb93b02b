import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Norwegian Bokmål. */
export default {
  'cardPayment.modal.title': 'Bekreft betalingen hos banken din',
  'cardPayment.waiting.newTab': 'Fullfør betalingen i den nye fanen. Denne siden oppdateres av seg selv.',
  'cardPayment.waiting.host': 'Venter på bekreftelse fra banken din…',
  'cardPayment.succeeded': 'Betalingen er fullført. Takk!',
  'cardPayment.cancelled': 'Betalingen ble avbrutt. Kortopplysningene dine er fortsatt her hvis du vil prøve igjen.',
  'cardPayment.declined': 'Betalingen ble avvist: {reason}',
  'cardPayment.declined.generic': 'Betalingen ble avvist. Prøv igjen eller bruk et annet kort.',
  'cardPayment.retry': 'Betalingen kunne ikke fullføres. Prøv igjen.',
  'cardPayment.error.network': '<pay-card-payment> kunne ikke nå payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} svarte HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} svarte ikke med JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} svarte ikke med en Glomo-betaling ({reason}).',
  'cardPayment.error.action':
    '<pay-card-payment> SIBS ba om et 3-D Secure-trinn som denne siden ikke kan utføre ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" støttes ikke: bruk "glomo" eller "sibs".',
  'cardPayment.config.paymentUrl':
    '<pay-card-payment> trenger payment-url: butikkens endepunkt som starter betalingen (en http(s)-URL).',
  'cardPayment.config.statusUrl':
    '<pay-card-payment> trenger status-url: en http(s)-URL-mal på butikkens server som inneholder {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" er ikke en av iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
