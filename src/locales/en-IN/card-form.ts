import type { Catalog } from '../../core/messages.js';
import type { cardFormMessages } from '../../components/card-form/card-form.messages.js';

/** `<pay-card-form>` in Indian English (only where it differs from the English default). */
export default {
  'card.cvv.label': 'CVV',
  'card.brand.unknown': 'Card network not recognised yet',
  'card.brand.detected': 'Card network: {brand}',
  'card.error.number.unknown_brand': 'This card network is not recognised.',
  'card.error.number.brand_not_accepted.unknown': 'Cards on this network are not accepted here.',
  'card.error.cvv.required': 'Enter the CVV.',
  'card.error.cvv.incomplete': 'The CVV must be {length} digits.',
  'card.error.cvv.invalid': 'The CVV must be {length} digits.',
} satisfies Partial<Catalog<typeof cardFormMessages>>;
