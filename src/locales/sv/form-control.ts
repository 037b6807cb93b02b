import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Swedish. */
export default {
  'form.errors.summary': 'Rätta {count} fält.',
  'form.errors.summary.one': 'Rätta {count} fält.',
} satisfies Catalog<typeof formControlMessages>;
