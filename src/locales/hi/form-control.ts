import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Hindi. */
export default {
  'form.errors.summary': 'कृपया {count} फ़ील्ड ठीक करें।',
  'form.errors.summary.one': 'कृपया {count} फ़ील्ड ठीक करें।',
} satisfies Catalog<typeof formControlMessages>;
