import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in Dutch. */
export default {
  'form.errors.summary': 'Corrigeer {count} velden.',
  'form.errors.summary.one': 'Corrigeer {count} veld.',
} satisfies Catalog<typeof formControlMessages>;
