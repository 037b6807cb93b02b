import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Spanish (Spain). */
export default {
  'payglobeCheckout.pay': 'Pagar {amount}',
  'payglobeCheckout.payPlain': 'Pagar',
  'payglobeCheckout.payAgain': 'Volver a intentarlo',
  'payglobeCheckout.checkoutLabel': 'Pago con PayGlobe',
  'payglobeCheckout.preparing': 'Preparando el pago…',
  'payglobeCheckout.opened': 'El pago de PayGlobe está abierto aquí abajo. Complétalo ahí.',
  'payglobeCheckout.redirecting': 'Te estamos llevando al pago de PayGlobe…',
  'payglobeCheckout.confirming': 'Confirmando el pago…',
  'payglobeCheckout.succeeded': 'Pago aprobado: {amount}.',
  'payglobeCheckout.succeededPlain': 'Pago aprobado.',
  'payglobeCheckout.succeededSplit': 'Pago aprobado: {card} con tarjeta y {voucher} con vales de comida.',
  'payglobeCheckout.failed': 'El pago ha fallado: {message}',
  'payglobeCheckout.cancelled': 'El pago se ha cancelado.',
  'payglobeCheckout.error': 'No se ha podido completar el pago: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key debe ser tu clave publicable de PayGlobe (pk_test_… o pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key contiene una clave secreta (sk_…). Las claves secretas nunca deben estar en un navegador: usa la clave publicable (pk_…) y rota ya esta clave secreta.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" no es un número entero positivo de unidades menores de {currency} (15000 EUR son 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email debe ser la dirección de correo electrónico del comprador (PayGlobe le envía allí el justificante).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" no es "iframe" ni "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> se rechaza script-url {url}: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js no proporciona un cliente de PayGlobe utilizable ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe no ha podido crear el pago: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe no ha podido abrir su página de pago: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe no ha respondido con el estado del pago: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
