import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in Turkish. */
export default {
  'form.errors.summary': 'Lütfen {count} alanı düzeltin.',
  'form.errors.summary.one': 'Lütfen {count} alanı düzeltin.',
} satisfies Catalog<typeof formControlMessages>;
