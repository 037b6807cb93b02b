import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Spanish (Spain). */
export default {
  'form.errors.summary': 'Corrige {count} campos.',
  'form.errors.summary.one': 'Corrige {count} campo.',
} satisfies Catalog<typeof formControlMessages>;
