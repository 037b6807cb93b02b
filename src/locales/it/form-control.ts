import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in Italian. */
export default {
  'form.errors.summary': 'Correggi {count} campi.',
  'form.errors.summary.one': 'Correggi {count} campo.',
} satisfies Catalog<typeof formControlMessages>;
