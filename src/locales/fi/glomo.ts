import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in Finnish. */
export default {
  'glomo.callback.missing': 'Tämä sivu avattiin ilman Glomon maksun tulosta.',
  'glomo.callback.invalid': 'Tämän osoitteen Glomo-maksun tulos on virheellisessä muodossa.',
  'glomo.callback.refused': 'Kauppa ei voinut varmentaa maksun tulosta ({reason}).',
  'glomo.payment.failed': 'Maksu epäonnistui.',
  'glomo.response.invalid': 'Maksupalvelin lähetti vastauksen, joka ei ole Glomo-maksu.',
  'glomo.event.invalid': 'Glomo Checkout lähetti virheellisen {event}-tietosisällön.',
} satisfies Catalog<typeof glomoMessages>;
