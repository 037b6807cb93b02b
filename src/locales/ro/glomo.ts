import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in Romanian. */
export default {
  'glomo.callback.missing': 'Această pagină a fost deschisă fără un rezultat de plată Glomo.',
  'glomo.callback.invalid': 'Rezultatul plății Glomo din această adresă este malformat.',
  'glomo.callback.refused': 'Rezultatul plății nu a putut fi verificat de magazin ({reason}).',
  'glomo.payment.failed': 'Plata a eșuat.',
  'glomo.response.invalid': 'Serverul de plăți a trimis un răspuns care nu este o plată Glomo.',
  'glomo.event.invalid': 'Glomo Checkout a trimis un payload {event} malformat.',
} satisfies Catalog<typeof glomoMessages>;
