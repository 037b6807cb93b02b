import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in Spanish (Spain). */
export default {
  'glomo.callback.missing': 'Esta página se ha abierto sin un resultado de pago de Glomo.',
  'glomo.callback.invalid': 'El resultado de pago de Glomo de esta dirección está mal formado.',
  'glomo.callback.refused': 'La tienda no ha podido verificar el resultado del pago ({reason}).',
  'glomo.payment.failed': 'El pago ha fallado.',
  'glomo.response.invalid': 'El servidor de pagos ha enviado una respuesta que no es un pago de Glomo.',
  'glomo.event.invalid': 'Glomo Checkout ha enviado un payload {event} mal formado.',
} satisfies Catalog<typeof glomoMessages>;
