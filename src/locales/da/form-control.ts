import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Danish. */
export default {
  'form.errors.summary': 'Ret {count} felter.',
  'form.errors.summary.one': 'Ret {count} felt.',
} satisfies Catalog<typeof formControlMessages>;
