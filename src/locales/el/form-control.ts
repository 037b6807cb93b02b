import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in Greek. */
export default {
  'form.errors.summary': 'Διορθώστε {count} πεδία.',
  'form.errors.summary.one': 'Διορθώστε {count} πεδίο.',
} satisfies Catalog<typeof formControlMessages>;
