import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in Simplified Chinese (mainland China). */
export default {
  'form.errors.summary': '请更正 {count} 个字段。',
  'form.errors.summary.one': '请更正 {count} 个字段。',
} satisfies Catalog<typeof formControlMessages>;
