import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in Czech. */
export default {
  'form.errors.summary': 'Opravte prosím {count} polí.',
  'form.errors.summary.one': 'Opravte prosím {count} pole.',
  'form.errors.summary.few': 'Opravte prosím {count} pole.',
} satisfies Catalog<typeof formControlMessages>;
