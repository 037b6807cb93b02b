import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Swedish. */
export default {
  'cardPayment.modal.title': 'Bekräfta betalningen hos din bank',
  'cardPayment.waiting.newTab': 'Slutför betalningen i den nya fliken. Den här sidan uppdateras automatiskt.',
  'cardPayment.waiting.host': 'Väntar på bekräftelse från din bank…',
  'cardPayment.succeeded': 'Betalningen är klar. Tack!',
  'cardPayment.cancelled': 'Betalningen avbröts. Dina kortuppgifter finns kvar om du vill försöka igen.',
  'cardPayment.declined': 'Betalningen nekades: {reason}',
  'cardPayment.declined.generic': 'Betalningen nekades. Försök igen eller använd ett annat kort.',
  'cardPayment.retry': 'Betalningen kunde inte genomföras. Försök igen.',
  'cardPayment.error.network': '<pay-card-payment> kunde inte nå payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} svarade HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} svarade inte med JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} svarade inte med en Glomo-betalning ({reason}).',
  'cardPayment.error.action':
    '<pay-card-payment> SIBS begärde ett 3-D Secure-steg som den här sidan inte kan köra ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" stöds inte: använd "glomo" eller "sibs".',
  'cardPayment.config.paymentUrl':
    '<pay-card-payment> behöver payment-url: butikens slutpunkt som startar betalningen (en http(s)-URL).',
  'cardPayment.config.statusUrl':
    '<pay-card-payment> behöver status-url: en http(s)-URL-mall på butikens server som innehåller {paymentId}.',
  'cardPayment.config.redirect':
    '<pay-card-payment> redirect="{value}" är inte något av iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
