import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in Hebrew. */
export default {
  'form.errors.summary': 'יש לתקן {count} שדות.',
  'form.errors.summary.one': 'יש לתקן {count} שדה.',
} satisfies Catalog<typeof formControlMessages>;
