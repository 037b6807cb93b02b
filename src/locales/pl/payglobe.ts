import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in Polish. */
export default {
  'payglobe.response.invalid': 'PayGlobe przesłał płatność w nieoczekiwanym formacie.',
  'payglobe.response.amounts': 'PayGlobe przesłał kwoty, które nie są dokładnymi kwotami w {currency} lub nie sumują się do całości.',
  'payglobe.response.mismatch': 'PayGlobe odpowiedział inną płatnością ({reason}) niż ta, którą rozpoczęła ta strona.',
  'payglobe.return.invalid': 'Ta strona została otwarta z nieprawidłowym identyfikatorem płatności PayGlobe.',
  'payglobe.message.invalid': 'Strona płatności PayGlobe wysłała nieprawidłową wiadomość.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Karta została odrzucona.',
  'payglobe.failed.VOUCHER_FAILED': 'Nie udało się użyć bonów żywieniowych.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Nie udało się obciążyć karty. Ewentualna blokada środków na karcie zostanie zwolniona.',
  'payglobe.failed.FAILED': 'Płatność nie powiodła się.',
  'payglobe.failed.EXPIRED': 'Link do płatności wygasł.',
} satisfies Catalog<typeof payglobeMessages>;
