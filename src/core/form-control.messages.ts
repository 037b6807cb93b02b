import type { TranslationLoader } from './catalogs.js';

/** Strings every pay form shares (the submit summary). English defaults; other locales through `registerMessages()`. */
export const formControlMessages = {
  'form.errors.summary': 'Please correct {count} fields.',
  'form.errors.summary.one': 'Please correct {count} field.',
} as const;

/** Loads the translations of this catalog (src/locales/form-control.ts), once an element needs them. */
export const formControlTranslations: TranslationLoader = () => import('../locales/form-control.js');

declare module './messages.js' {
  interface PayMessages extends Record<keyof typeof formControlMessages, string> {}
}
