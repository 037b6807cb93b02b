import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in German. */
export default {
  'form.errors.summary': 'Bitte korrigieren Sie {count} Felder.',
  'form.errors.summary.one': 'Bitte korrigieren Sie {count} Feld.',
} satisfies Catalog<typeof formControlMessages>;
