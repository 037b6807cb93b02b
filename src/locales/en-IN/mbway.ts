import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Indian English (only where it differs from the English default). */
export default {
  'mbway.phone.label': 'MB WAY mobile number',
  'mbway.error.phone.required': 'Enter your MB WAY mobile number.',
} satisfies Partial<Catalog<typeof mbwayMessages>>;
