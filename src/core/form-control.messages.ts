/** Strings every pay form shares (the submit summary). English defaults; other locales through `registerMessages()`. */
export const formControlMessages = {
  'form.errors.summary': 'Please correct {count} fields.',
  'form.errors.summary.one': 'Please correct {count} field.',
} as const;

declare module './messages.js' {
  interface PayMessages extends Record<keyof typeof formControlMessages, string> {}
}
