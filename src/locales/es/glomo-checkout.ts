import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Spanish (Spain). */
export default {
  'glomoCheckout.pay': 'Pagar',
  'glomoCheckout.preparing': 'Preparando el pago…',
  'glomoCheckout.opened': 'La ventana de pago está abierta. Completa el pago en ella.',
  'glomoCheckout.retry': 'Abrir la ventana de pago',
  'glomoCheckout.redirect': 'Continuar con redirección',
  'glomoCheckout.succeeded': 'Pago aprobado.',
  'glomoCheckout.failed': 'El pago ha fallado: {message}',
  'glomoCheckout.pending': 'Datos de la transferencia recibidos. El pago aún no está confirmado.',
  'glomoCheckout.cancelled': 'El pago se ha cancelado.',
  'glomoCheckout.coop.offer': 'Puedes continuar con redirección: el resultado llegará a través de la página de retorno de la tienda.',
  'glomoCheckout.coop.callbackHint': 'O usa el modo de redirección (callback-url y mode="redirect") para que el resultado llegue a través de la página de retorno de la tienda.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key es obligatorio: la clave pública del panel de Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key contiene una clave secreta (sk_…). Las claves secretas nunca deben estar en un navegador: usa la clave pública y rota ya esta clave secreta.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> necesita order-id (el pedido que ha creado tu servidor) u order-url (tu endpoint que lo crea).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} no es una dirección http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} debe ser una dirección https (http solo en un host de loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" necesita callback-url: la ruta de la tienda que verifica el resultado.',
  'glomoCheckout.config.sdk': 'Glomo Checkout ha rechazado sus opciones: {reason}',
  'glomoCheckout.error.order': 'La tienda no ha podido crear el pedido ({reason}).',
  'glomoCheckout.error.orderFormat': 'El endpoint de pedidos de la tienda ha respondido sin order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout no ha podido abrir su ventana: {reason}',
  'glomoCheckout.error.sdkExport': 'El script de Glomo Checkout {url} no proporciona la clase GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
