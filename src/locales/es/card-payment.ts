import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Spanish (Spain). */
export default {
  'cardPayment.modal.title': 'Confirma el pago con tu banco',
  'cardPayment.waiting.newTab': 'Completa el pago en la nueva pestaña. Esta página se actualizará sola.',
  'cardPayment.waiting.host': 'Esperando la confirmación de tu banco…',
  'cardPayment.succeeded': 'Pago completado. ¡Gracias!',
  'cardPayment.cancelled': 'Pago cancelado. Los datos de tu tarjeta siguen aquí si quieres volver a intentarlo.',
  'cardPayment.declined': 'El pago ha sido denegado: {reason}',
  'cardPayment.declined.generic': 'El pago ha sido denegado. Vuelve a intentarlo o usa otra tarjeta.',
  'cardPayment.retry': 'No se ha podido completar el pago. Vuelve a intentarlo.',
  'cardPayment.error.network': '<pay-card-payment> no ha podido conectar con payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} ha respondido HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} no ha respondido con JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} no ha respondido con un pago de Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS ha pedido un paso de 3-D Secure que esta página no puede ejecutar ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" no es compatible: usa "glomo" o "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> necesita payment-url: el endpoint de la tienda que inicia el pago (una URL http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> necesita status-url: una plantilla de URL http(s) en el servidor de la tienda que contenga {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" no es ninguno de iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
