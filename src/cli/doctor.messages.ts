import type { TranslationLoader } from '../core/catalogs.js';

/**
 * The doctor's own terminal words (the checks' messages come from the diagnostics catalog).
 * English defaults; `--lang` or the environment's LC_ALL / LC_MESSAGES / LANG picks a locale.
 */
export const doctorMessages = {
  'doctor.title': 'pay-elements doctor: {url}',
  'doctor.label.pass': 'PASS',
  'doctor.label.fail': 'FAIL',
  'doctor.label.warn': 'WARN',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(could not read the response headers: header checks are unknown)',
  'doctor.note': 'note: {note}',
  'doctor.missing': 'missing in {directive}: {sources}',
  'doctor.fix.title': 'Fix (merged into your current policy):',
  'doctor.coopFix.title': 'COOP fix:',
  'doctor.how': 'How: {summary}',
  'doctor.fetchFailed': 'Could not fetch {url}: {reason}',
  'doctor.arg.unknown': 'Unknown option {option}',
  'doctor.arg.unexpected': 'Unexpected argument {argument}',
  'doctor.arg.missingUrl': 'Missing <url>',
  'doctor.arg.timeout': 'Invalid --timeout {value}: a whole number of milliseconds from 1 to 120000',
  'doctor.arg.lang': 'Invalid --lang {value}: a language tag such as it, pt-PT or zh-CN',
  'doctor.usage.summary':
    'Checks a page’s Cross-Origin-Opener-Policy and Content-Security-Policy (headers and <meta http-equiv>) against what each payment provider needs.',
  'doctor.usage.provider': '{names} (repeatable, or comma-separated; default: all)',
  'doctor.usage.returnUrl': 'the page a popup checkout returns to (Glomo’s callbackUrl): its COOP is checked too',
  'doctor.usage.timeout': 'give up on a page that does not answer within this long (default {ms})',
  'doctor.usage.json': 'print the report as JSON (for CI)',
  'doctor.usage.lang': 'the report’s language (default: LC_ALL, LC_MESSAGES or LANG, else English)',
  'doctor.usage.exit': 'Exit codes: 0 no failure, 1 a check failed, 2 bad arguments, 3 the page could not be read.',
} as const;

/** Loads the translations of this catalog (src/locales/doctor.ts), once an element needs them. */
export const doctorTranslations: TranslationLoader = () => import('../locales/doctor.js');

declare module '../core/messages.js' {
  interface PayMessages extends Record<keyof typeof doctorMessages, string> {}
}
