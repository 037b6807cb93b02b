import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Romanian. */
export default {
  'cardPayment.modal.title': 'Confirmă plata la banca ta',
  'cardPayment.waiting.newTab': 'Finalizează plata în fila nouă. Această pagină se actualizează singură.',
  'cardPayment.waiting.host': 'Se așteaptă confirmarea băncii tale…',
  'cardPayment.succeeded': 'Plata a fost efectuată. Mulțumim!',
  'cardPayment.cancelled': 'Plata a fost anulată. Datele cardului sunt încă aici dacă vrei să încerci din nou.',
  'cardPayment.declined': 'Plata a fost refuzată: {reason}',
  'cardPayment.declined.generic': 'Plata a fost refuzată. Încearcă din nou sau folosește alt card.',
  'cardPayment.retry': 'Plata nu a putut fi finalizată. Încearcă din nou.',
  'cardPayment.error.network': '<pay-card-payment> nu a putut accesa payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} a răspuns HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} nu a răspuns cu JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} nu a răspuns cu o plată Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS a cerut un pas 3-D Secure pe care această pagină nu îl poate executa ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" nu este acceptat: folosește "glomo" sau "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> are nevoie de payment-url: endpointul magazinului care inițiază plata (un URL http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> are nevoie de status-url: un șablon de URL http(s) pe serverul magazinului care conține {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" nu este unul dintre iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
