import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Danish. */
export default {
  'cardPayment.modal.title': 'Godkend din betaling hos din bank',
  'cardPayment.waiting.newTab': 'Gennemfør betalingen i den nye fane. Denne side opdateres af sig selv.',
  'cardPayment.waiting.host': 'Venter på bekræftelse fra din bank…',
  'cardPayment.succeeded': 'Betalingen er gennemført. Tak!',
  'cardPayment.cancelled': 'Betalingen blev annulleret. Dine kortoplysninger er her stadig, hvis du vil prøve igen.',
  'cardPayment.declined': 'Betalingen blev afvist: {reason}',
  'cardPayment.declined.generic': 'Betalingen blev afvist. Prøv igen, eller brug et andet kort.',
  'cardPayment.retry': 'Betalingen kunne ikke gennemføres. Prøv igen.',
  'cardPayment.error.network': '<pay-card-payment> kunne ikke nå payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} svarede HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} svarede ikke med JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} svarede ikke med en Glomo-betaling ({reason}).',
  'cardPayment.error.action':
    '<pay-card-payment> SIBS bad om et 3-D Secure-trin, som denne side ikke kan udføre ({type}).',
  'cardPayment.config.provider':
    '<pay-card-payment> provider="{provider}" understøttes ikke: brug "glomo" eller "sibs".',
  'cardPayment.config.paymentUrl':
    '<pay-card-payment> kræver payment-url: butikkens endpoint, der starter betalingen (en http(s)-URL).',
  'cardPayment.config.statusUrl':
    '<pay-card-payment> kræver status-url: en http(s)-URL-skabelon på butikkens server, der indeholder {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" er ikke en af iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
