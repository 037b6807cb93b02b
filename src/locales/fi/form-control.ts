import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Finnish. */
export default {
  'form.errors.summary': 'Korjaa {count} kenttää.',
  'form.errors.summary.one': 'Korjaa {count} kenttä.',
} satisfies Catalog<typeof formControlMessages>;
