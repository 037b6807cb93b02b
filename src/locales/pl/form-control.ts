import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in Polish. */
export default {
  'form.errors.summary': 'Popraw {count} pola.',
  'form.errors.summary.one': 'Popraw {count} pole.',
  'form.errors.summary.few': 'Popraw {count} pola.',
  'form.errors.summary.many': 'Popraw {count} pól.',
} satisfies Catalog<typeof formControlMessages>;
