import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Norwegian Bokmål. */
export default {
  'form.errors.summary': 'Rett opp {count} felt.',
  'form.errors.summary.one': 'Rett opp {count} felt.',
} satisfies Catalog<typeof formControlMessages>;
