import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in Dutch. */
export default {
  'payglobe.response.invalid': 'PayGlobe stuurde een betaling in een onverwacht formaat.',
  'payglobe.response.amounts': 'PayGlobe stuurde bedragen die geen exacte bedragen in {currency} zijn of niet optellen tot het totaal.',
  'payglobe.response.mismatch': 'PayGlobe antwoordde met een andere betaling ({reason}) dan die deze pagina heeft gestart.',
  'payglobe.return.invalid': 'Deze pagina is geopend met een ongeldige betaalreferentie van PayGlobe.',
  'payglobe.message.invalid': 'De betaalpagina van PayGlobe stuurde een ongeldig bericht.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'De kaart is geweigerd.',
  'payglobe.failed.VOUCHER_FAILED': 'De maaltijdbonnen konden niet worden gebruikt.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'De kaart kon niet worden belast. Een eventuele reservering op de kaart wordt vrijgegeven.',
  'payglobe.failed.FAILED': 'De betaling is mislukt.',
  'payglobe.failed.EXPIRED': 'De betaallink is verlopen.',
} satisfies Catalog<typeof payglobeMessages>;
