import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Romanian. */
export default {
  'form.errors.summary': 'Corectează {count} de câmpuri.',
  'form.errors.summary.few': 'Corectează {count} câmpuri.',
  'form.errors.summary.one': 'Corectează {count} câmp.',
} satisfies Catalog<typeof formControlMessages>;
