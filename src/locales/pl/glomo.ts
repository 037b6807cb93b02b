import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in Polish. */
export default {
  'glomo.callback.missing': 'Ta strona została otwarta bez wyniku płatności Glomo.',
  'glomo.callback.invalid': 'Wynik płatności Glomo w tym adresie jest uszkodzony.',
  'glomo.callback.refused': 'Sklep nie mógł zweryfikować wyniku płatności ({reason}).',
  'glomo.payment.failed': 'Płatność nie powiodła się.',
  'glomo.response.invalid': 'Serwer płatności wysłał odpowiedź, która nie jest płatnością Glomo.',
  'glomo.event.invalid': 'Glomo Checkout wysłał nieprawidłowe dane zdarzenia {event}.',
} satisfies Catalog<typeof glomoMessages>;
