import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in Spanish (Spain). */
export default {
  'sibs.error.network': 'No se ha podido conectar con el endpoint de pago de la tienda {url}: {reason}.',
  'sibs.error.timeout': 'El endpoint de pago de la tienda {url} no ha respondido en {seconds} s.',
  'sibs.error.http': 'El endpoint de pago de la tienda {url} ha respondido HTTP {status}{detail}.',
  'sibs.error.json': 'El endpoint de pago de la tienda {url} no ha respondido con JSON.',
  'sibs.error.response': 'El endpoint de pago de la tienda {url} no ha respondido con una {what} de SIBS ({reason}).',
  'sibs.what.mbway': 'compra MB WAY',
  'sibs.what.multibanco': 'referencia Multibanco',
  'sibs.what.card': 'compra con tarjeta',
  'sibs.declined': 'El pago ha sido denegado.',
  'sibs.refused': 'El pago se ha rechazado en la app MB WAY.',
  'sibs.expired': 'La solicitud de pago ha caducado.',
  'sibs.referenceExpired': 'La referencia Multibanco ha caducado sin pagarse.',
  'sibs.failed': 'El pago ha fallado ({status}).',
  'sibs.config.paymentUrl': '{element} necesita payment-url: el endpoint de la tienda que inicia el pago (una URL http(s)).',
  'sibs.config.statusUrl': '{element} necesita status-url: una plantilla de URL http(s) en el servidor de la tienda que contenga {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
