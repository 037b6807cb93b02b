import type { Catalog } from '../../core/messages.js';
import type { formControlMessages } from '../../core/form-control.messages.js';

/** Strings every pay form shares in French (France). */
export default {
  'form.errors.summary': 'Veuillez corriger {count} champs.',
  'form.errors.summary.one': 'Veuillez corriger {count} champ.',
} satisfies Catalog<typeof formControlMessages>;
