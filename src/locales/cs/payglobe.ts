import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages, in Czech. */
export default {
  'payglobe.response.invalid': 'PayGlobe poslal platbu v neočekávaném formátu.',
  'payglobe.response.amounts': 'PayGlobe poslal částky, které nejsou přesnými částkami v {currency}, nebo nedávají dohromady celkovou částku.',
  'payglobe.response.mismatch': 'PayGlobe odpověděl jinou platbou ({reason}), než jakou zahájila tato stránka.',
  'payglobe.return.invalid': 'Tato stránka byla otevřena s poškozenou referencí platby PayGlobe.',
  'payglobe.message.invalid': 'Platební brána PayGlobe poslala poškozenou zprávu.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Karta byla zamítnuta.',
  'payglobe.failed.VOUCHER_FAILED': 'Stravenky se nepodařilo použít.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Platbu se nepodařilo strhnout z karty. Případná blokace prostředků na kartě bude uvolněna.',
  'payglobe.failed.FAILED': 'Platba se nezdařila.',
  'payglobe.failed.EXPIRED': 'Platnost platebního odkazu vypršela.',
} satisfies Catalog<typeof payglobeMessages>;
