import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Japanese. */
export default {
  'form.errors.summary': '{count} 件の項目を修正してください。',
  'form.errors.summary.one': '{count} 件の項目を修正してください。',
} satisfies Catalog<typeof formControlMessages>;
