import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in Spanish (Spain). */
export default {
  'payglobe.response.invalid': 'PayGlobe ha enviado un pago con un formato inesperado.',
  'payglobe.response.amounts': 'PayGlobe ha enviado importes que no son importes exactos en {currency} o que no suman el total.',
  'payglobe.response.mismatch': 'PayGlobe ha respondido con un pago distinto ({reason}) del que inició esta página.',
  'payglobe.return.invalid': 'Esta página se ha abierto con una referencia de pago de PayGlobe mal formada.',
  'payglobe.message.invalid': 'El pago de PayGlobe ha enviado un mensaje mal formado.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'La tarjeta ha sido denegada.',
  'payglobe.failed.VOUCHER_FAILED': 'No se han podido usar los vales de comida.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'No se ha podido realizar el cargo en la tarjeta. Se liberará cualquier retención en la tarjeta.',
  'payglobe.failed.FAILED': 'El pago ha fallado.',
  'payglobe.failed.EXPIRED': 'El enlace de pago ha caducado.',
} satisfies Catalog<typeof payglobeMessages>;
