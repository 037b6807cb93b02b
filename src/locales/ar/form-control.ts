import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares, in Arabic. */
export default {
  'form.errors.summary': 'عدد الحقول التي تحتاج إلى تصحيح: {count}.',
  'form.errors.summary.one': 'يُرجى تصحيح {count} حقل.',
  'form.errors.summary.few': 'يُرجى تصحيح {count} حقول.',
  'form.errors.summary.many': 'يُرجى تصحيح {count} حقلًا.',
} satisfies Catalog<typeof formControlMessages>;
