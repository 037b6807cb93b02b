import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages, in Czech. */
export default {
  'glomo.callback.missing': 'Tato stránka byla otevřena bez výsledku platby Glomo.',
  'glomo.callback.invalid': 'Výsledek platby Glomo v této adrese je poškozený.',
  'glomo.callback.refused': 'Obchod nemohl ověřit výsledek platby ({reason}).',
  'glomo.payment.failed': 'Platba se nezdařila.',
  'glomo.response.invalid': 'Platební server poslal odpověď, která není platbou Glomo.',
  'glomo.event.invalid': 'Glomo Checkout poslal poškozená data události {event}.',
} satisfies Catalog<typeof glomoMessages>;
