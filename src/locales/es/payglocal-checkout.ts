import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Spanish (Spain). */
export default {
  'payglocalCheckout.pay': 'Pagar',
  'payglocalCheckout.preparing': 'Preparando tu pago…',
  'payglocalCheckout.leaving': 'Te estamos llevando a la página de pago segura de PayGlocal…',
  'payglocalCheckout.error.http': 'La tienda no ha podido iniciar el pago ({reason}).',
  'payglocalCheckout.error.httpStatus': 'error HTTP {status}',
  'payglocalCheckout.error.network': 'No se ha podido conectar con la tienda. Comprueba tu conexión y vuelve a intentarlo.',
  'payglocalCheckout.error.timeout': 'La tienda no ha respondido a tiempo. Vuelve a intentarlo.',
  'payglocalCheckout.error.format': 'La respuesta de la tienda no indica dónde pagar.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url es obligatorio: tu endpoint que inicia el pago y responde { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} no es una dirección http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} no es una dirección http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount debe ser un número entero de unidades menores (15000 para 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency debe ser un código ISO 4217 de tres letras, como INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
