import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in European Portuguese. */
export default {
  'form.errors.summary': 'Corrija {count} campos.',
  'form.errors.summary.one': 'Corrija {count} campo.',
} satisfies Catalog<typeof formControlMessages>;
